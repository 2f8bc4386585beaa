import type { Queryable } from '../../shared/db';
import { normaliseEmail, normalisePhone } from './normalise';

export interface ContactMatch {
  id: string;
  account_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  matched_on: 'email' | 'phone';
}

/**
 * The existing contact a new one would duplicate: same normalised e-mail, else same E.164 phone.
 * Inputs are normalised here, so callers may pass what the user typed.
 */
export async function findContactDuplicate(
  q: Queryable,
  input: { email?: string | null; phone?: string | null },
  region = 'US',
): Promise<ContactMatch | null> {
  const email = normaliseEmail(input.email);
  const phone = normalisePhone(input.phone, region);
  if (!email && !phone) return null;
  const r = await q.query<ContactMatch>(
    `select id, account_id, name, email, phone, title,
            case when $1::text is not null and email = $1::text then 'email' else 'phone' end as matched_on
       from contacts
      where anonymised_at is null and ((email = $1::text) or (phone = $2::text))
      order by (email is not distinct from $1::text) desc, created_at, id
      limit 1`,
    [email, phone],
  );
  return r.rows[0] ?? null;
}
