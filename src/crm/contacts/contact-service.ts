import { AppError } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { readScope } from '../access/policy';
import { SqlParams } from '../access/sql-params';
import { containsPattern } from '../../shared/sql-like';
import { normaliseEmail, normaliseName, normalisePhone } from '../quality/normalise';
import { createRecord, updateRecord, readRecord, type Row, type WriteContext } from '../records/record-writer';

export interface NewContact {
  name: string;
  accountId?: string | null;
  email?: string | null;
  phone?: string | null;
  title?: string | null;
}

/** Validates and normalises, or says which value is wrong; nothing half-written. */
export function cleanContactFields(c: Partial<NewContact>, region: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (c.name !== undefined) {
    const n = normaliseName(c.name);
    if (!n) throw new AppError('bad_input', 'A contact needs a name.');
    out.name = n;
  }
  if (c.email) {
    const e = normaliseEmail(c.email);
    if (!e) throw new AppError('bad_input', `"${c.email}" is not a valid email address.`);
    out.email = e;
  }
  if (c.phone) {
    const p = normalisePhone(c.phone, region);
    if (!p) throw new AppError('bad_input', `"${c.phone}" is not a valid phone number.`);
    out.phone = p;
  }
  if (c.title !== undefined) out.title = normaliseName(c.title);
  if (c.accountId !== undefined) out.account_id = c.accountId;
  return out;
}

export async function findContactByEmailOrPhone(q: Queryable, email: string | null, phone: string | null): Promise<Row | null> {
  if (!email && !phone) return null;
  const r = await q.query<Row>(
    'select * from contacts where (email = $1 and $1 is not null) or (phone = $2 and $2 is not null) order by created_at limit 1',
    [email, phone],
  );
  return r.rows[0] ?? null;
}

/** Creates a contact, or merges into the one with the same normalised email or phone. */
export async function createContact(ctx: WriteContext, q: Queryable, c: NewContact, region: string): Promise<{ contact: Row; merged: boolean }> {
  const fields = cleanContactFields(c, region);
  const existing = await findContactByEmailOrPhone(q, (fields.email as string) ?? null, (fields.phone as string) ?? null);
  if (existing) {
    const fill = Object.fromEntries(Object.entries(fields).filter(([k, v]) => v != null && existing[k] == null));
    const { after } = await updateRecord(ctx, q, 'contact', existing.id, fill);
    return { contact: after, merged: true };
  }
  const now = ctx.now ?? new Date();
  return { contact: await createRecord(ctx, q, 'contact', fields, { created_at: now, updated_at: now }), merged: false };
}

export async function updateContact(ctx: WriteContext, q: Queryable, id: string, change: Partial<NewContact>, region: string) {
  return updateRecord(ctx, q, 'contact', id, cleanContactFields(change, region));
}

/** Contacts the actor may see whose name matches (exact first, then similar). */
export async function findContactsByName(q: Queryable, actor: Actor, name: string, accountId?: string | null): Promise<Row[]> {
  const p = new SqlParams([name, containsPattern(name)]);
  const acct = accountId ? `and c.account_id = ${p.add(accountId)}` : '';
  const r = await q.query<Row>(
    `select c.*, a.name as account_name from contacts c left join accounts a on a.id = c.account_id
      where (lower(c.name) = lower($1) or c.name ilike $2 or similarity(lower(c.name), lower($1)) > 0.4) ${acct}
        and ${readScope(actor, 'contact', 'c', p)}
      order by (lower(c.name) = lower($1)) desc, similarity(lower(c.name), lower($1)) desc limit 5`,
    p.values,
  );
  return r.rows;
}

export { readRecord };
