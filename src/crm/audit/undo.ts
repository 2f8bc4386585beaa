import { AppError } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { RECORD_TABLES, pickColumns, type WritableType } from '../records/record-tables';
import { recordAudit, type AuditEntry } from './audit-log';

export const UNDO_WINDOW_MS = 10 * 60 * 1000;

export interface UndoResult {
  reverted: Array<{ type: string; id: string; action: 'deleted' | 'restored' }>;
}

/**
 * Reverts the actor's last write (all entries of its batch: a call log and its follow-up task
 * go together) if it is younger than the undo window. Creations are deleted, updates restored.
 */
export async function undoLastWrite(q: Queryable, actor: Actor, now: Date): Promise<UndoResult> {
  if (!actor.id) throw new AppError('bad_input', 'The system cannot undo.');
  const since = new Date(now.getTime() - UNDO_WINDOW_MS);
  const last = await q.query<AuditEntry>(
    `select * from audit_log where actor_id = $1 and undone_at is null and action in ('create', 'update')
       and at >= $2 and at <= $3 order by id desc limit 1`,
    [actor.id, since, new Date(now.getTime() + 1000)],
  );
  const head = last.rows[0];
  if (!head) throw new AppError('not_found', 'There is nothing of yours to undo from the last 10 minutes.');
  const batch = (head.source as { batch?: string } | null)?.batch;
  const entries = batch
    ? (await q.query<AuditEntry>(
        `select * from audit_log where actor_id = $1 and undone_at is null and source->>'batch' = $2 order by id desc`,
        [actor.id, batch],
      )).rows
    : [head];
  const result: UndoResult = { reverted: [] };
  for (const e of entries) {
    const type = e.record_type as WritableType;
    if (!(type in RECORD_TABLES) || !e.record_id) continue;
    const { table } = RECORD_TABLES[type];
    if (e.action === 'create') {
      await q.query(`delete from ${table} where id = $1`, [e.record_id]);
      result.reverted.push({ type, id: e.record_id, action: 'deleted' });
    } else {
      const cols = pickColumns(type, e.before ?? {});
      const names = Object.keys(cols);
      if (names.length) {
        const sets = names.map((n, i) => `${n} = $${i + 2}`);
        await q.query(`update ${table} set ${sets.join(', ')}, updated_at = now() where id = $1`, [e.record_id, ...names.map((n) => json(cols[n]))]);
      }
      result.reverted.push({ type, id: e.record_id, action: 'restored' });
    }
    await q.query('update audit_log set undone_at = $2 where id = $1', [e.id, now]);
    await recordAudit(q, { actor, action: 'undo', type, id: e.record_id, before: e.after, after: e.before, at: now });
  }
  return result;
}

const json = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : v);
