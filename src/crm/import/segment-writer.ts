import crypto from 'node:crypto';
import type { Queryable } from '../../shared/db';
import type { ImportCache } from './import-cache';
import { fillEmpty, type ImportLine, type LineHandler } from './line-handler';
import { upsertById, type Row } from './multi-row-insert';

export interface ParsedLine {
  line: number;
  handler: LineHandler;
  rec: ImportLine;
}

export interface Tally {
  created: number;
  updated: number;
  merged: number;
  rejected: { line: number; error: string }[];
}

export const emptyTally = (): Tally => ({ created: 0, updated: 0, merged: 0, rejected: [] });

/**
 * Imports a run of consecutive lines of one type with a fixed number of statements, whatever
 * its length: resolve references, load the rows they touch, decide create / update / merge in
 * memory in file order, then write everything with one upsert. No line type refers to its own
 * type, so handling a run together gives the same result as going line by line.
 */
export async function writeSegment(q: Queryable, cache: ImportCache, items: ParsedLine[], tally: Tally, now: Date): Promise<void> {
  const handler = items[0]!.handler;
  for (const spec of handler.refs) {
    await cache.load(q, spec.type, items.map((i) => i.rec[spec.field]).filter((v): v is string => typeof v === 'string'));
  }
  await cache.load(q, handler.type, items.map((i) => i.rec.external_id));

  const ctx = { q, teamId: (name: string) => cache.teamId(q, name) };
  const ready: Array<{ item: ParsedLine; cols: Row }> = [];
  for (const item of items) {
    const cols: Row = { ...(await handler.toColumns(item.rec, ctx)) };
    const missing = resolveRefs(handler, item.rec, cols, cache);
    if (missing) tally.rejected.push({ line: item.line, error: missing });
    else ready.push({ item, cols });
  }
  if (!ready.length) return;

  const rows = new Map<string, Row>();
  const dup = handler.duplicates ? await handler.duplicates(q, ready.map((r) => r.cols)) : null;
  for (const r of dup?.existing ?? []) rows.set(r.id as string, r);
  await loadRows(q, handler, ready.map((r) => cache.get(handler.type, r.item.rec.external_id)), rows);

  const dirty = new Set<string>();
  for (const { item, cols } of ready) {
    const ext = item.rec.external_id;
    const knownId = cache.get(handler.type, ext);
    const known = knownId ? rows.get(knownId) : undefined;
    if (known && known.external_id === ext) {
      Object.assign(known, cols);
      tally.updated++;
      touch(known);
      continue;
    }
    const targetId = known ? knownId : dup?.index.find(cols);
    const target = targetId ? rows.get(targetId) : undefined;
    if (target) {
      // The same person or company again: fill what the kept record lacks, remember the alias id.
      fillEmpty(target, withoutCreatedAt(cols));
      handler.onMerge?.(target, cols);
      if (target.external_id == null) target.external_id = ext; // a record made elsewhere adopts the id
      if (!known) cache.add(handler.type, ext, target.id as string);
      tally.merged++;
      touch(target);
      continue;
    }
    const row: Row = { ...handler.defaults(now), ...cols, id: crypto.randomUUID(), external_id: ext };
    rows.set(row.id as string, row);
    cache.add(handler.type, ext, row.id as string);
    tally.created++;
    touch(row);
  }

  function touch(row: Row): void {
    dirty.add(row.id as string);
    dup?.index.add(row.id as string, row);
  }

  const out = [...dirty].map((id) => rows.get(id)!);
  for (const row of out) handler.finalise?.(row);
  await upsertById(q, handler.table, ['id', 'external_id', ...handler.columns], out);
}

/** Puts resolved ids into cols; returns the reason when a reference names nothing known. */
function resolveRefs(handler: LineHandler, rec: ImportLine, cols: Row, cache: ImportCache): string | null {
  for (const spec of handler.refs) {
    const v = rec[spec.field];
    if (v === undefined) continue;
    if (v === null) {
      cols[spec.column] = null;
      continue;
    }
    const id = cache.get(spec.type, v as string);
    if (!id) return `${spec.field}: no ${spec.type} with external_id "${String(v)}" (it must come on an earlier line or already exist)`;
    cols[spec.column] = id;
  }
  return null;
}

async function loadRows(q: Queryable, handler: LineHandler, ids: Array<string | undefined>, rows: Map<string, Row>): Promise<void> {
  const want = [...new Set(ids.filter((id): id is string => !!id && !rows.has(id)))];
  if (!want.length) return;
  const cols = ['id', 'external_id', ...handler.columns].join(', ');
  const r = await q.query<Row>(`select ${cols} from ${handler.table} where id = any($1::uuid[])`, [want]);
  for (const row of r.rows) rows.set(row.id as string, row);
}

function withoutCreatedAt(cols: Row): Row {
  const { created_at: _ignored, ...rest } = cols;
  return rest;
}
