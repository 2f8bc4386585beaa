import { readScope } from '../access/policy';
import { SqlParams } from '../access/sql-params';
import type { Actor } from '../access/actor';
import type { Period } from '../../shared/contract/contract';
import type { Queryable } from '../../shared/db';

/**
 * The candidate queries behind searchHistory. Every one carries the actor's readScope in its
 * WHERE clause, so a record the actor may not see is never a candidate: it cannot be ranked,
 * counted or leak through a snippet.
 */
export type HistoryType = 'activity' | 'ticket';

export interface HistoryFilter {
  accountId?: string;
  period?: Period;
  tz: string;
  /** Nothing later than this is history (a --now in the past hides what came after it). */
  until?: Date;
}

export interface Candidate {
  id: string;
  date: Date;
  /** ts_rank_cd for full-text (higher is better), cosine distance for vectors (lower is better). */
  score?: number;
}

const TABLE = { activity: { table: 'activities', date: 'occurred_at' }, ticket: { table: 'tickets', date: 'created_at' } } as const;

function where(actor: Actor, type: HistoryType, f: HistoryFilter, p: SqlParams): string {
  const { date } = TABLE[type];
  const parts = [readScope(actor, type, 'r', p)];
  if (f.accountId) parts.push(`r.account_id = ${p.add(f.accountId)}`);
  if (f.period) {
    // Whole calendar days in the asker's zone: local midnight of start to local midnight after end.
    const tz = p.add(f.tz);
    parts.push(`r.${date} >= (${p.add(f.period.start)}::date)::timestamp at time zone ${tz}`);
    parts.push(`r.${date} < (${p.add(f.period.end)}::date + 1)::timestamp at time zone ${tz}`);
  }
  if (f.until) parts.push(`r.${date} <= ${p.add(f.until)}`);
  return parts.join(' and ');
}

/** Full-text matches, best ts_rank_cd first; newer first among equals. */
export async function fullTextCandidates(db: Queryable, actor: Actor, type: HistoryType, tsquery: string, f: HistoryFilter, limit: number): Promise<Candidate[]> {
  const { table, date } = TABLE[type];
  const p = new SqlParams();
  const q = p.add(tsquery);
  const sql =
    `select r.id, r.${date} as date, ts_rank_cd(r.tsv, q.q) as score from ${table} r, to_tsquery('simple', ${q}) as q(q) ` +
    `where r.tsv @@ q.q and ${where(actor, type, f, p)} order by score desc, r.${date} desc limit ${p.add(limit)}`;
  return (await db.query<Candidate>(sql, p.values)).rows;
}

/** The newest records in scope: the answer to "what's going on" when the question has no topic. */
export async function recentCandidates(db: Queryable, actor: Actor, type: HistoryType, f: HistoryFilter, limit: number): Promise<Candidate[]> {
  const { table, date } = TABLE[type];
  const p = new SqlParams();
  const sql = `select r.id, r.${date} as date from ${table} r where ${where(actor, type, f, p)} order by r.${date} desc limit ${p.add(limit)}`;
  return (await db.query<Candidate>(sql, p.values)).rows;
}

/**
 * Nearest embeddings by cosine distance. Narrow searches (one account or one period) rank every
 * row in scope exactly: an HNSW scan filtered afterwards could return too few of that account's
 * rows. Wide ones use the HNSW index.
 */
export async function vectorCandidates(db: Queryable, actor: Actor, type: HistoryType, vector: string, f: HistoryFilter, limit: number): Promise<Candidate[]> {
  const { table, date } = TABLE[type];
  const p = new SqlParams();
  const v = p.add(vector);
  const rt = p.add(type);
  const w = where(actor, type, f, p);
  const lim = p.add(limit);
  const sql =
    f.accountId || f.period
      ? `with scoped as materialized (select r.id, r.${date} as date from ${table} r where ${w}) ` +
        `select s.id, s.date, e.embedding <=> ${v}::vector as score from scoped s ` +
        `join embeddings e on e.record_type = ${rt} and e.record_id = s.id order by score limit ${lim}`
      : `select r.id, r.${date} as date, e.embedding <=> ${v}::vector as score from embeddings e ` +
        `join ${table} r on r.id = e.record_id where e.record_type = ${rt} and ${w} order by score limit ${lim}`;
  return (await db.query<Candidate>(sql, p.values)).rows;
}

export interface ActivityRow {
  id: string;
  account_id: string | null;
  date: Date;
  kind: string;
  subject: string | null;
  body: string | null;
  summary: string | null;
}
export interface TicketRow {
  id: string;
  account_id: string;
  date: Date;
  number: number;
  subject: string;
  description: string | null;
  status: string;
  priority: string;
}

/** The shown fields of the final hits (ids already passed the scope; fetched by primary key). */
export async function loadActivities(db: Queryable, ids: string[]): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  const sql = 'select id, account_id, occurred_at as date, kind, subject, body, summary from activities where id = any($1::uuid[])';
  return (await db.query<ActivityRow>(sql, [ids])).rows;
}

export async function loadTickets(db: Queryable, ids: string[]): Promise<TicketRow[]> {
  if (ids.length === 0) return [];
  const sql = 'select id, account_id, created_at as date, number, subject, description, status, priority from tickets where id = any($1::uuid[])';
  return (await db.query<TicketRow>(sql, [ids])).rows;
}
