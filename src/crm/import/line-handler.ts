import type { z } from 'zod';
import type { Queryable } from '../../shared/db';
import type { Row } from './multi-row-insert';

/** What one line type needs from the generic importer; one handler per file, its schema beside it. */
export const LINE_TYPES = ['user', 'account', 'contact', 'deal', 'ticket', 'activity'] as const;
export type LineType = (typeof LINE_TYPES)[number];

export type ImportLine = { type: LineType; external_id: string } & Record<string, unknown>;

/** A field of the line that names another record by its external_id. */
export interface RefSpec {
  field: string;
  type: LineType;
  column: string;
}

export interface SchemaEnv {
  /** Default region for phone numbers without a country code. */
  region: string;
}

/** Finds an existing record a new line duplicates (same normalised email, phone or domain). */
export interface DuplicateIndex {
  find(cols: Row): string | undefined;
  add(id: string, row: Row): void;
}

export interface HandlerContext {
  q: Queryable;
  teamId(name: string): Promise<string>;
}

export interface LineHandler {
  type: LineType;
  table: string;
  /** Columns written besides id and external_id; fixed lists, so no input ever names a column. */
  columns: readonly string[];
  refs: readonly RefSpec[];
  schema(env: SchemaEnv): z.ZodType<ImportLine>;
  /** Values of a brand-new row for every column the line did not give. */
  defaults(now: Date): Row;
  /** The line's own fields as columns: only those present, so a re-import leaves the rest alone. */
  toColumns(rec: ImportLine, ctx: HandlerContext): Row | Promise<Row>;
  /** Derived columns (e.g. search_text) computed from the final row. */
  finalise?(row: Row): void;
  /** Existing rows that new lines might duplicate, and an index over them. */
  duplicates?(q: Queryable, incoming: Row[]): Promise<{ index: DuplicateIndex; existing: Row[] }>;
  /** Extra bookkeeping when a line is merged into an existing row (e.g. remember a second name). */
  onMerge?(target: Row, incoming: Row): void;
}

/** Copies what the target lacks; a merge never overwrites data already there. */
export function fillEmpty(target: Row, incoming: Row): void {
  for (const [k, v] of Object.entries(incoming)) {
    if (v == null || v === '') continue;
    const cur = target[k];
    if (cur == null || cur === '') target[k] = v;
  }
}

/** Keeps only keys whose value is not undefined (absent in the line). */
export function present(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
}
