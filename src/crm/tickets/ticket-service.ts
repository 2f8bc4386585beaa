import { AppError } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import type { Priority, TicketStatus } from '../../shared/contract/contract';
import { toSearchText } from '../../shared/search-text';
import { readScope } from '../access/policy';
import { SqlParams } from '../access/sql-params';
import type { Actor } from '../access/actor';
import { createRecord, updateRecord, type Row, type WriteContext } from '../records/record-writer';

export interface TicketRow extends Row {
  number: number;
  account_id: string;
  subject: string;
  priority: Priority;
  status: TicketStatus;
  assignee_id: string | null;
  created_at: Date;
  first_response_at: Date | null;
  resolved_at: Date | null;
}

export interface NewTicket {
  accountId: string;
  subject: string;
  description?: string | null;
  priority?: Priority;
  contactId?: string | null;
  assigneeId?: string | null;
}

export async function createTicket(ctx: WriteContext, q: Queryable, t: NewTicket): Promise<TicketRow> {
  const now = ctx.now ?? new Date();
  return (await createRecord(
    ctx,
    q,
    'ticket',
    {
      account_id: t.accountId,
      subject: t.subject,
      description: t.description ?? null,
      priority: t.priority ?? 'normal',
      contact_id: t.contactId ?? null,
      assignee_id: t.assigneeId ?? null,
      search_text: toSearchText(t.subject, t.description),
    },
    { created_at: now, updated_at: now, created_by: ctx.actor.id },
  )) as TicketRow;
}

export async function findTicketByNumber(q: Queryable, actor: Actor, num: number): Promise<TicketRow | null> {
  const p = new SqlParams([num]);
  const r = await q.query<TicketRow>(`select * from tickets t where t.number = $1 and ${readScope(actor, 'ticket', 't', p)}`, p.values);
  return r.rows[0] ?? null;
}

export interface TicketChange {
  status?: TicketStatus;
  priority?: Priority;
  assigneeId?: string | null;
  note?: string | null;
}

/** Status changes stamp resolved_at; the first reply by support stamps first_response_at (the SLA clock). */
export async function updateTicket(ctx: WriteContext, q: Queryable, num: number, change: TicketChange): Promise<{ before: TicketRow; after: TicketRow }> {
  const current = await findTicketByNumber(q, ctx.actor, num);
  if (!current) throw new AppError('not_found', `Ticket #${num} does not exist or you cannot see it.`, { ticket: num });
  const now = ctx.now ?? new Date();
  const fields: Record<string, unknown> = {};
  if (change.priority) fields.priority = change.priority;
  if (change.assigneeId !== undefined) fields.assignee_id = change.assigneeId;
  if (change.status) {
    fields.status = change.status;
    const done = change.status === 'resolved' || change.status === 'closed';
    if (done && !current.resolved_at) fields.resolved_at = now;
    if (!done) fields.resolved_at = null;
  }
  if (!current.first_response_at && ctx.actor.role !== 'rep' && (change.note || change.status)) fields.first_response_at = now;
  if (change.note) {
    fields.description = [current.description, change.note].filter(Boolean).join('\n\n');
    fields.search_text = toSearchText(current.subject, fields.description as string);
  }
  const r = await updateRecord(ctx, q, 'ticket', current.id, fields);
  return r as { before: TicketRow; after: TicketRow };
}
