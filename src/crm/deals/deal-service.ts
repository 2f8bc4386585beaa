import type { Queryable } from '../../shared/db';
import type { DealStage } from '../../shared/contract/contract';
import type { Actor } from '../access/actor';
import { readScope } from '../access/policy';
import { SqlParams } from '../access/sql-params';
import { containsPattern } from '../../shared/sql-like';
import { createRecord, updateRecord, type Row, type WriteContext } from '../records/record-writer';

export interface NewDeal {
  accountId: string;
  name: string;
  amount?: number | null;
  currency?: string | null;
  stage?: DealStage;
  closeDate?: string | null;
  ownerId?: string | null;
}

const CLOSED: readonly string[] = ['won', 'lost'];

export async function createDeal(ctx: WriteContext, q: Queryable, d: NewDeal): Promise<Row> {
  const now = ctx.now ?? new Date();
  const stage = d.stage ?? 'lead';
  return createRecord(
    ctx,
    q,
    'deal',
    {
      account_id: d.accountId,
      name: d.name,
      amount: d.amount ?? null,
      currency: (d.currency ?? 'USD').toUpperCase(),
      stage,
      close_date: d.closeDate ?? null,
      owner_id: d.ownerId ?? ctx.actor.id,
      closed_at: CLOSED.includes(stage) ? now : null,
    },
    { created_at: now, updated_at: now },
  );
}

export interface DealChange {
  name?: string;
  amount?: number;
  currency?: string;
  stage?: DealStage;
  closeDate?: string;
}

/** Moving to won or lost stamps closed_at (win rate and revenue count by it); reopening clears it. */
export async function updateDeal(ctx: WriteContext, q: Queryable, current: Row, change: DealChange) {
  const fields: Record<string, unknown> = {};
  if (change.name) fields.name = change.name;
  if (change.amount !== undefined) fields.amount = change.amount;
  if (change.currency) fields.currency = change.currency.toUpperCase();
  if (change.closeDate) fields.close_date = change.closeDate;
  if (change.stage) {
    fields.stage = change.stage;
    const wasClosed = CLOSED.includes(current.stage as string);
    if (CLOSED.includes(change.stage) && !wasClosed) fields.closed_at = ctx.now ?? new Date();
    if (!CLOSED.includes(change.stage)) fields.closed_at = null;
  }
  return updateRecord(ctx, q, 'deal', current.id, fields);
}

/** The actor's visible deals of an account, open ones first, newest first. */
export async function dealsOfAccount(q: Queryable, actor: Actor, accountId: string, opts: { openOnly?: boolean; name?: string } = {}): Promise<Row[]> {
  const p = new SqlParams([accountId]);
  const open = opts.openOnly ? "and d.stage not in ('won', 'lost')" : '';
  const name = opts.name ? `and d.name ilike ${p.add(containsPattern(opts.name))}` : '';
  const r = await q.query<Row>(
    `select d.* from deals d where d.account_id = $1 ${open} ${name} and ${readScope(actor, 'deal', 'd', p)}
      order by (d.stage in ('won', 'lost')), d.created_at desc limit 20`,
    p.values,
  );
  return r.rows;
}
