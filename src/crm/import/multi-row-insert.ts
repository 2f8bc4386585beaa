import type { Queryable } from '../../shared/db';

export type Row = Record<string, unknown>;

// PostgreSQL's wire protocol allows at most 65,535 bind parameters per statement.
const MAX_PARAMS = 60_000;

/**
 * Writes rows with one multi-row INSERT per chunk instead of one round trip per row, which is
 * what makes bulk import and seeding fast. Column names come from the caller's fixed lists,
 * never from input; values are always bind parameters.
 */
export async function insertRows(
  q: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly Row[],
  opts: { onConflict?: string; returning?: string } = {},
): Promise<Row[]> {
  const out: Row[] = [];
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, columns.length)));
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const slots = columns.map((c) => {
        params.push(row[c] === undefined ? null : row[c]);
        return `$${params.length}`;
      });
      return `(${slots.join(', ')})`;
    });
    const sql =
      `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}` +
      (opts.onConflict ? ` ${opts.onConflict}` : '') +
      (opts.returning ? ` returning ${opts.returning}` : '');
    const r = await q.query<Row>(sql, params);
    if (opts.returning) out.push(...r.rows);
  }
  return out;
}

/** `insert … on conflict (id) do update` of every given column: creates and updates in one statement. */
export async function upsertById(q: Queryable, table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  const updatable = columns.filter((c) => c !== 'id' && c !== 'external_id');
  const set = [...updatable.map((c) => `${c} = excluded.${c}`), 'updated_at = now()'].join(', ');
  // external_id is only filled in, never replaced: a merged record keeps the id it was created with.
  const ext = columns.includes('external_id') ? `, external_id = coalesce(${table}.external_id, excluded.external_id)` : '';
  await insertRows(q, table, columns, rows, { onConflict: `on conflict (id) do update set ${set}${ext}` });
}
