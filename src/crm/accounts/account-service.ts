import { AppError } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import { normaliseDomain, normaliseName } from '../quality/normalise';
import { createRecord, type Row, type WriteContext } from '../records/record-writer';

export interface NewAccount {
  name: string;
  domain?: string | null;
  region?: string | null;
  industry?: string | null;
  ownerId?: string | null;
}

export async function createAccount(ctx: WriteContext, q: Queryable, a: NewAccount): Promise<Row> {
  const name = normaliseName(a.name);
  if (!name) throw new AppError('bad_input', 'A customer needs a name.');
  const now = ctx.now ?? new Date();
  return createRecord(
    ctx,
    q,
    'account',
    { name, domain: normaliseDomain(a.domain), region: a.region ?? null, industry: a.industry ?? null, owner_id: a.ownerId ?? (ctx.actor.role === 'rep' ? ctx.actor.id : null) },
    { created_at: now, updated_at: now },
  );
}
