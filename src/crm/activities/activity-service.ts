import type { Queryable } from '../../shared/db';
import type { ActivityKind } from '../../shared/contract/contract';
import { toSearchText } from '../../shared/search-text';
import { createRecord, type Row, type WriteContext } from '../records/record-writer';
import { createTask } from '../tasks/task-service';

export interface NewActivity {
  kind: ActivityKind;
  accountId?: string | null;
  contactId?: string | null;
  dealId?: string | null;
  ticketId?: string | null;
  occurredAt?: Date;
  subject?: string | null;
  body?: string | null;
  summary?: string | null;
  sentiment?: string | null;
  durationMinutes?: number | null;
  details?: Record<string, unknown> | null;
}

export async function createActivity(ctx: WriteContext, q: Queryable, a: NewActivity): Promise<Row> {
  const now = ctx.now ?? new Date();
  return createRecord(
    ctx,
    q,
    'activity',
    {
      kind: a.kind,
      account_id: a.accountId ?? null,
      contact_id: a.contactId ?? null,
      deal_id: a.dealId ?? null,
      ticket_id: a.ticketId ?? null,
      occurred_at: a.occurredAt ?? now,
      owner_id: ctx.actor.id,
      subject: a.subject ?? null,
      body: a.body ?? null,
      summary: a.summary ?? null,
      sentiment: a.sentiment ?? null,
      duration_minutes: a.durationMinutes ?? null,
      details: a.details ?? null,
      search_text: toSearchText(a.subject, a.body, a.summary),
    },
    { created_at: now, updated_at: now },
  );
}

export interface CallLog {
  accountId: string;
  contactId?: string | null;
  note?: string | null;
  subject?: string | null;
  occurredAt?: Date;
  durationMinutes?: number | null;
  followUpDue?: string | null; // YYYY-MM-DD
  followUpSubject?: string | null;
}

/** A call and, when a follow-up date was said, the follow-up task: one write the user can undo at once. */
export async function logCall(ctx: WriteContext, q: Queryable, c: CallLog): Promise<{ activity: Row; task: Row | null }> {
  const activity = await createActivity(ctx, q, {
    kind: 'call',
    accountId: c.accountId,
    contactId: c.contactId,
    occurredAt: c.occurredAt,
    subject: c.subject ?? (c.note ? c.note.slice(0, 80) : 'Call'),
    body: c.note,
    durationMinutes: c.durationMinutes,
  });
  const task = c.followUpDue
    ? await createTask(ctx, q, { subject: c.followUpSubject ?? `Follow up: ${activity.subject as string}`, dueDate: c.followUpDue, accountId: c.accountId, activityId: activity.id })
    : null;
  return { activity, task };
}
