import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';

/** Where a write came from: the chat message that caused it, so every change can be traced back. */
export interface WriteSource {
  surface?: string;
  eventId?: string;
  text?: string;
  conversationId?: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor_id: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  source: WriteSource | null;
  undone_at: string | null;
}

export async function recordAudit(
  q: Queryable,
  e: { actor: Actor; action: string; type: string; id: string | null; before?: unknown; after?: unknown; source?: WriteSource; at?: Date },
): Promise<number> {
  const r = await q.query<{ id: number }>(
    `insert into audit_log (at, actor_id, action, record_type, record_id, before, after, source)
     values (coalesce($1::timestamptz, now()), $2, $3, $4, $5, $6, $7, $8) returning id`,
    [e.at ?? null, e.actor.id, e.action, e.type, e.id, json(e.before), json(e.after), json(e.source)],
  );
  return r.rows[0]!.id;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export async function auditFor(q: Queryable, type: string, id: string): Promise<AuditEntry[]> {
  const r = await q.query<AuditEntry>('select * from audit_log where record_type = $1 and record_id = $2 order by id', [type, id]);
  return r.rows;
}
