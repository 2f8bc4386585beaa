import { z } from 'zod';
import type { Queryable } from '../../shared/db';
import { email, externalId, optionalName, phone, ref, requiredName, timestamp } from './line-fields';
import { present, type DuplicateIndex, type ImportLine, type LineHandler, type SchemaEnv } from './line-handler';
import type { Row } from './multi-row-insert';

const makeSchema = (env: SchemaEnv) =>
  z.object({
    type: z.literal('contact'),
    external_id: externalId(),
    account: ref(),
    name: requiredName(300),
    email: email(),
    phone: phone(env.region),
    title: optionalName(300),
    created_at: timestamp(),
  });
type ContactLine = z.infer<ReturnType<typeof makeSchema>>;

// Every column, so a row loaded to be merged into is written back whole.
const COLUMNS = ['account_id', 'name', 'email', 'phone', 'title', 'created_at'] as const;
const SELECT = ['id', 'external_id', ...COLUMNS].join(', ');

/** Contacts: the same normalised e-mail or phone as a known contact is the same person, merged. */
export const contactLine: LineHandler = {
  type: 'contact',
  table: 'contacts',
  columns: COLUMNS,
  refs: [{ field: 'account', type: 'account', column: 'account_id' }],
  schema: (env) => makeSchema(env) as unknown as z.ZodType<ImportLine>,
  defaults: (now) => ({ account_id: null, email: null, phone: null, title: null, created_at: now }),
  toColumns(raw) {
    const rec = raw as unknown as ContactLine;
    return present({ name: rec.name, email: rec.email, phone: rec.phone, title: rec.title, created_at: rec.created_at });
  },
  async duplicates(q: Queryable, incoming: Row[]) {
    const emails = distinct(incoming.map((r) => r.email));
    const phones = distinct(incoming.map((r) => r.phone));
    const existing =
      emails.length || phones.length
        ? (
            await q.query<Row>(
              `select ${SELECT} from contacts
                where (email = any($1::text[]) or phone = any($2::text[])) and anonymised_at is null
                order by created_at, id`,
              [emails, phones],
            )
          ).rows
        : [];
    return { index: contactIndex(existing), existing };
  },
};

/** Keys are "e:" + e-mail and "p:" + phone; the earliest contact with a key keeps it. */
export function contactIndex(rows: Row[]): DuplicateIndex {
  const byKey = new Map<string, string>();
  const keys = (r: Row) => [
    typeof r.email === 'string' ? `e:${r.email}` : null,
    typeof r.phone === 'string' ? `p:${r.phone}` : null,
  ];
  const index: DuplicateIndex = {
    find(cols) {
      for (const k of keys(cols)) if (k && byKey.has(k)) return byKey.get(k);
      return undefined;
    },
    add(id, row) {
      for (const k of keys(row)) if (k && !byKey.has(k)) byKey.set(k, id);
    },
  };
  for (const r of rows) index.add(r.id as string, r);
  return index;
}

const distinct = (vs: unknown[]) => [...new Set(vs.filter((v): v is string => typeof v === 'string'))];
