import { AppError } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { assertCanWrite, readScope } from '../access/policy';
import { SqlParams } from '../access/sql-params';
import { recordAudit, type WriteSource } from '../audit/audit-log';
import { RECORD_TABLES, pickColumns, type WritableType } from './record-tables';

/** Who writes, why, and when: passed to every write so the audit log can tell the story. */
export interface WriteContext {
  actor: Actor;
  source?: WriteSource & { batch?: string };
  now?: Date;
}

export type Row = Record<string, unknown> & { id: string };

/** Reads one record the actor may see, or null (a denied read returns nothing). */
export async function readRecord(q: Queryable, actor: Actor, type: WritableType, id: string): Promise<Row | null> {
  const p = new SqlParams([id]);
  const { table } = RECORD_TABLES[type];
  const r = await q.query<Row>(`select * from ${table} t where t.id = $1 and ${readScope(actor, type, 't', p)}`, p.values);
  return r.rows[0] ?? null;
}

/** A referenced account must be one the actor may see: a rep cannot file things on another rep's customer. */
export async function assertAccountVisible(q: Queryable, actor: Actor, accountId: string | null | undefined): Promise<void> {
  if (!accountId) return;
  if (!(await readRecord(q, actor, 'account', accountId))) {
    throw new AppError('denied', 'You do not have access to that customer.', { accountId });
  }
}

export async function createRecord(ctx: WriteContext, q: Queryable, type: WritableType, fields: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<Row> {
  assertCanWrite(ctx.actor, type, 'create');
  await assertAccountVisible(q, ctx.actor, fields.account_id as string | undefined);
  const cols = { ...pickColumns(type, fields), ...extra };
  const names = Object.keys(cols);
  const p = new SqlParams();
  const values = names.map((n) => p.add(serialise(cols[n])));
  const { table } = RECORD_TABLES[type];
  const r = await q.query<Row>(
    `insert into ${table} (${names.join(', ')}) values (${values.join(', ')}) returning *`,
    p.values,
  );
  const row = r.rows[0]!;
  await recordAudit(q, { actor: ctx.actor, action: 'create', type, id: row.id, after: row, source: ctx.source, at: ctx.now });
  return row;
}

export async function updateRecord(ctx: WriteContext, q: Queryable, type: WritableType, id: string, fields: Record<string, unknown>): Promise<{ before: Row; after: Row }> {
  assertCanWrite(ctx.actor, type, 'update');
  const before = await readRecord(q, ctx.actor, type, id);
  if (!before) throw new AppError('not_found', `That ${type} does not exist or you cannot see it.`, { type, id });
  const cols = pickColumns(type, fields);
  if ('account_id' in cols) await assertAccountVisible(q, ctx.actor, cols.account_id as string);
  const names = Object.keys(cols);
  if (names.length === 0) return { before, after: before };
  const p = new SqlParams([id]);
  const sets = names.map((n) => `${n} = ${p.add(serialise(cols[n]))}`);
  const { table } = RECORD_TABLES[type];
  const r = await q.query<Row>(`update ${table} set ${sets.join(', ')}, updated_at = now() where id = $1 returning *`, p.values);
  const after = r.rows[0]!;
  await recordAudit(q, { actor: ctx.actor, action: 'update', type, id, before: pick(before, names), after: pick(after, names), source: ctx.source, at: ctx.now });
  return { before, after };
}

function pick(row: Row, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, row[n]]));
}

function serialise(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v)) return JSON.stringify(v);
  return v;
}
