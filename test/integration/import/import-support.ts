import type { Queryable } from '../../../src/shared/db';

/** Empties the tables import writes, so one database can serve a whole test file (PGlite is slow to create). */
export async function clearData(q: Queryable): Promise<void> {
  await q.query(
    'truncate table audit_log, external_refs, tasks, activities, tickets, deals, contacts, accounts, users, teams restart identity cascade',
  );
}

/** Test helpers for import: lines from objects, and lines as an async source. */
export const jsonl = (...records: Array<Record<string, unknown> | string>): string[] =>
  records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r)));

export async function* linesOf(lines: string[]): AsyncIterable<string> {
  for (const l of lines) yield l;
}

export const user = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'user', external_id: id, name: `User ${id}`, email: `${id}@example.com`, role: 'rep', team: 'Sales', ...extra,
});
export const account = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'account', external_id: id, name: `Account ${id}`, domain: `${id}.example.com`, region: 'EMEA', ...extra,
});
