import type { Queryable } from '../../shared/db';
import { createRecord, type Row, type WriteContext } from '../records/record-writer';

export interface NewTask {
  subject: string;
  dueDate?: string | null;
  accountId?: string | null;
  dealId?: string | null;
  activityId?: string | null;
  ownerId?: string | null; // defaults to the actor
}

export async function createTask(ctx: WriteContext, q: Queryable, t: NewTask): Promise<Row> {
  const now = ctx.now ?? new Date();
  return createRecord(
    ctx,
    q,
    'task',
    {
      subject: t.subject,
      due_date: t.dueDate ?? null,
      account_id: t.accountId ?? null,
      deal_id: t.dealId ?? null,
      activity_id: t.activityId ?? null,
      owner_id: t.ownerId ?? ctx.actor.id,
    },
    { created_at: now, updated_at: now, created_by: ctx.actor.id },
  );
}
