import type { Db } from '../../shared/db';
import type { Actor } from '../access/actor';
import { SYSTEM_ACTOR } from '../access/actor';
import { recordAudit } from '../audit/audit-log';
import { ImportCache } from './import-cache';
import { LineParser } from './line-parser';
import { emptyTally, writeSegment, type ParsedLine, type Tally } from './segment-writer';

export interface ImportReport {
  created: number;
  updated: number;
  merged: number;
  rejected: { line: number; error: string }[];
}

export interface ImportOptions {
  /** Default region for phone numbers written without a country code (ISO 3166, e.g. "US"). */
  region: string;
  actor?: Actor;
  /** Called after each batch with the number of lines read so far. */
  onProgress?: (n: number) => void;
  /** Lines per transaction. */
  batchSize?: number;
  /** Where the lines came from (e.g. the file name), kept in the audit entry. */
  source?: string;
  now?: Date;
}

const AUDIT_REJECTS = 1000;

/**
 * Bulk import of JSON Lines. Each batch of lines is one transaction; a bad line is rejected
 * with its 1-based number and the rest still land. A batch that the database refuses as a
 * whole (a constraint no check foresaw) is retried line by line so only the culprit is lost.
 */
export async function importJsonl(db: Db, lines: AsyncIterable<string>, opts: ImportOptions): Promise<ImportReport> {
  const batchSize = Math.max(1, opts.batchSize ?? 500);
  const parser = new LineParser({ region: opts.region });
  const cache = new ImportCache();
  const report: ImportReport = { created: 0, updated: 0, merged: 0, rejected: [] };
  const now = opts.now ?? new Date();
  let buf: Array<{ line: number; raw: string }> = [];
  let n = 0;
  // The next batch is read and validated while the database writes the previous one; batches
  // still apply strictly one after another, since each may refer to records the last created.
  let inflight: Promise<void> = Promise.resolve();

  const flush = async () => {
    const parsed: ParsedLine[] = [];
    for (const b of buf) {
      const r = parser.parse(b.raw);
      if (r.ok) parsed.push({ line: b.line, handler: r.handler, rec: r.rec });
      else report.rejected.push({ line: b.line, error: r.error });
    }
    buf = [];
    const read = n;
    await inflight;
    inflight = apply(db, cache, parsed, report, now).then(() => opts.onProgress?.(read));
    inflight.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"
  };

  for await (const raw of lines) {
    n++;
    if (!raw.trim()) continue; // blank lines (a trailing newline, spacing) are not records
    buf.push({ line: n, raw });
    if (buf.length >= batchSize) await flush();
  }
  if (buf.length) await flush();
  await inflight;
  report.rejected.sort((a, b) => a.line - b.line);

  // One audit entry per run, not per row: a per-row trail would double the writes of a bulk
  // load for no reader's benefit, and each record stays traceable through external_refs and
  // its external_id; the entry says who ran which file and what it did.
  const after =
    report.rejected.length > AUDIT_REJECTS
      ? { ...report, rejected: report.rejected.slice(0, AUDIT_REJECTS), rejected_total: report.rejected.length }
      : report;
  await recordAudit(db, {
    actor: opts.actor ?? SYSTEM_ACTOR,
    action: 'import',
    type: 'import',
    id: null,
    after,
    source: opts.source ? { surface: 'import', text: opts.source } : undefined,
  });
  return report;
}

async function apply(db: Db, cache: ImportCache, items: ParsedLine[], report: ImportReport, now: Date): Promise<void> {
  if (!items.length) return;
  const tally = emptyTally();
  try {
    await db.tx(async (q) => {
      for (const seg of segments(items)) await writeSegment(q, cache, seg, tally, now);
      await cache.flush(q);
    });
  } catch (e) {
    cache.rollback();
    if (!isDataError(e)) throw e;
    if (items.length === 1) {
      report.rejected.push({ line: items[0]!.line, error: `could not be saved: ${(e as Error).message}` });
      return;
    }
    for (const item of items) await apply(db, cache, [item], report, now);
    return;
  }
  cache.commit();
  add(report, tally);
}

/** Consecutive lines of one type, in file order. */
function segments(items: ParsedLine[]): ParsedLine[][] {
  const out: ParsedLine[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last[0]!.handler === item.handler) last.push(item);
    else out.push([item]);
  }
  return out;
}

// SQLSTATE classes 22 (data exception) and 23 (constraint violation) are about a row's data;
// anything else (connection lost, disk full) is not the line's fault and stops the import.
function isDataError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

function add(report: ImportReport, t: Tally): void {
  report.created += t.created;
  report.updated += t.updated;
  report.merged += t.merged;
  report.rejected.push(...t.rejected);
}
