import { AppError, describeZodIssues } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import { toSearchText } from '../../shared/search-text';
import { callSummarySchema } from '../call-summary';
import { defineJob } from '../job-deps';

interface ActivityRow {
  id: string;
  subject: string | null;
  body: string | null;
  summary: string | null;
  owner_id: string | null;
  account_id: string | null;
  deal_id: string | null;
  occurred_at: Date;
}

/**
 * Transcript → summary → saved on the activity, action items as tasks. Idempotent: the summary
 * is written only where there is none yet, in the same transaction as the tasks, so a job picked
 * up again after a crash (or run twice) saves one summary and one set of tasks.
 */
export const summariseCallJob = defineJob({
  name: 'call.summarise',
  async handle(payload, deps) {
    const found = await deps.db.query<ActivityRow>(
      `select id, subject, body, summary, owner_id, account_id, deal_id, occurred_at from activities where id = $1`,
      [payload.activityId],
    );
    const activity = found.rows[0];
    if (!activity) throw new AppError('not_found', `Activity ${payload.activityId} does not exist.`);
    if (activity.summary) return { skipped: 'already summarised' };
    const transcript = payload.transcript ?? activity.body;
    if (!transcript?.trim()) throw new AppError('bad_input', `Activity ${activity.id} has no transcript to summarise.`);

    const raw = await deps.llm.summariseCall(transcript, { now: new Date(activity.occurred_at) });
    const parsed = callSummarySchema.safeParse(raw);
    if (!parsed.success) throw new Error(`The call summary was not valid: ${describeZodIssues(parsed.error.issues)}`);
    const summary = parsed.data;
    const now = deps.clock.now();

    const saved = await deps.db.tx(async (q) => {
      const r = await q.query<{ id: string }>(
        `update activities
         set summary = $2, sentiment = $3, body = coalesce(body, $4),
             details = coalesce(details, '{}'::jsonb) || jsonb_build_object('call_summary', $5::jsonb),
             search_text = $6, updated_at = $7
         where id = $1 and summary is null
         returning id`,
        [activity.id, summary.summary, summary.sentiment ?? null, transcript, JSON.stringify(summary),
          toSearchText(activity.subject, activity.body ?? transcript, summary.summary), now],
      );
      if (!r.rowCount) return null; // another worker saved it first
      let tasks = 0;
      for (const item of summary.action_items) {
        const owner = (item.owner && (await userByName(q, item.owner))) || activity.owner_id;
        await q.query(
          `insert into tasks (subject, due_date, account_id, deal_id, activity_id, owner_id, created_by, created_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [item.text.slice(0, 500), item.due ?? null, activity.account_id, activity.deal_id, activity.id, owner,
            activity.owner_id, now],
        );
        tasks++;
      }
      return { tasks };
    });
    if (!saved) return { skipped: 'summarised by another worker' };

    await deps.queue.enqueue('record.embed', { recordType: 'activity', recordId: activity.id, version: String(now.getTime()) });
    deps.log.info({ activityId: activity.id, tasks: saved.tasks }, 'call summarised');
    return { summarised: true, tasks: saved.tasks };
  },
});

/** An action item's owner is a first name or a full name; it becomes a task owner only if it is a user. */
async function userByName(q: Queryable, name: string): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `select id from users
     where active and (lower(name) = lower($1) or lower(split_part(name, ' ', 1)) = lower($1))
     order by (lower(name) = lower($1)) desc, created_at
     limit 1`,
    [name.trim()],
  );
  return r.rows[0]?.id ?? null;
}
