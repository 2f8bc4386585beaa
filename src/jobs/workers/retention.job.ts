import { toSearchText } from '../../shared/search-text';
import { defineJob } from '../job-deps';

const BATCH = 500;
/** Platform retries arrive within minutes; a month of event ids is plenty to drop them. */
const EVENT_MEMORY_DAYS = 30;

/**
 * Retention (CRM_RETENTION_DAYS): contacts not touched for that long are anonymised, and call
 * transcripts (activity bodies) older than that are dropped, keeping the summary; the search text
 * and embeddings built from them go too. Every step is an idempotent UPDATE/DELETE of what is still
 * over age, so a retried or repeated run finishes the work without doing it twice.
 */
export const retentionJob = defineJob({
  name: 'maintenance.retention',
  async handle(payload, deps) {
    const days = payload.days ?? deps.retentionDays;
    if (!days) return { skipped: 'CRM_RETENTION_DAYS is not set' };
    const now = deps.clock.now();
    const cutoff = new Date(now.getTime() - days * 86_400_000);

    const contacts = await deps.db.query(
      `update contacts c set name = 'Anonymised contact', email = null, phone = null, title = null,
         anonymised_at = $2, updated_at = $2
       where c.anonymised_at is null and c.created_at < $1 and c.updated_at < $1
         and not exists (select 1 from activities x where x.contact_id = c.id and x.occurred_at >= $1)
         and not exists (select 1 from tickets t where t.contact_id = c.id and t.status in ('open', 'pending'))`,
      [cutoff, now],
    );

    let transcripts = 0;
    for (;;) {
      const batch = await deps.db.query<{ id: string; subject: string | null; summary: string | null }>(
        `select id, subject, summary from activities where occurred_at < $1 and body is not null order by id limit $2`,
        [cutoff, BATCH],
      );
      if (!batch.rows.length) break;
      await deps.db.tx(async (q) => {
        for (const a of batch.rows) {
          await q.query('update activities set body = null, search_text = $2, updated_at = $3 where id = $1', [
            a.id, toSearchText(a.subject, a.summary), now,
          ]);
        }
        if (deps.db.info.vector) {
          await q.query(`delete from embeddings where record_type = 'activity' and record_id = any($1::uuid[])`, [
            batch.rows.map((a) => a.id),
          ]);
        }
      });
      transcripts += batch.rows.length;
    }

    const events = await deps.db.query(`delete from processed_events where received_at < $1`, [
      new Date(now.getTime() - EVENT_MEMORY_DAYS * 86_400_000),
    ]);
    const result = { days, contacts: contacts.rowCount, transcripts, events: events.rowCount };
    if (result.contacts || result.transcripts) {
      await deps.db.query(
        `insert into audit_log (at, action, record_type, after, source) values ($1, 'retention', 'system', $2, $3)`,
        [now, JSON.stringify(result), JSON.stringify({ job: 'maintenance.retention' })],
      );
    }
    deps.log.info(result, 'retention applied');
    return result;
  },
});
