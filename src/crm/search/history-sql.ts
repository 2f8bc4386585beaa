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
  /** ts_rank for full-text (higher is better), cosine distance for vectors (lower is better). */
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

/** The account's name and aliases, or null when the actor may not read the account. */
export async function visibleAccountNames(db: Queryable, actor: Actor, accountId: string): Promise<string[] | null> {
  const p = new SqlParams([accountId]);
  const r = await db.query<{ name: string; aliases: string[] | null }>(
    `select ac.name, ac.aliases from accounts ac where ac.id = $1 and ${readScope(actor, 'account', 'ac', p)}`,
    p.values,
  );
  return r.rows[0] ? [r.rows[0].name, ...(r.rows[0].aliases ?? [])] : null;
}

/**
 * Full-text matches, best first. PostgreSQL's ts_rank weighs every word alike, so "invoice
 * INV-2026-6836" would rank any invoice as high as the one asked about. Each matching record
 * therefore scores the sum, over the question's words it contains, of ln(1 + matches / matches
 * of that word): an inverse document frequency taken over the matching records themselves,
 * which needs no statistics table and is exact for the account-scoped questions that matter
 * most. ts_rank breaks ties. When more than MATCH_CAP records match, the newest are ranked.
 */
export const MATCH_CAP = 1000;

export async function fullTextCandidates(db: Queryable, actor: Actor, terms: string[], f: HistoryFilter, limit: number): Promise<Array<Candidate & { type: HistoryType }>> {
  const p = new SqlParams();
  const any = p.add(terms.map((t) => `(${t})`).join(' | '));
  const each = p.add(terms);
  const cap = p.add(MATCH_CAP);
  // Activities and tickets in one pool, so a word's rarity is judged across both.
  const matches = (type: HistoryType) => {
    const { table, date } = TABLE[type];
    return `(select '${type}' as type, r.id, r.${date} as date, r.tsv, ts_rank(r.tsv, to_tsquery('simple', ${any})) as tr from ${table} r ` +
      `where r.tsv @@ to_tsquery('simple', ${any}) and ${where(actor, type, f, p)} order by r.${date} desc limit ${cap})`;
  };
  const sql =
    `with m as materialized (${matches('activity')} union all ${matches('ticket')}), ` +
    `g as (select to_tsquery('simple', t) as tq from unnest(${each}::text[]) as t), ` +
    `df as (select g.tq, count(*)::float8 as n from g join m on m.tsv @@ g.tq group by g.tq), ` +
    `tot as (select count(*)::float8 as n from m) ` +
    `select m.type, m.id, m.date, sum(ln(1 + tot.n / df.n)) + max(m.tr) as score from m join df on m.tsv @@ df.tq cross join tot ` +
    `group by m.type, m.id, m.date order by score desc, m.date desc limit ${p.add(limit)}`;
  return (await db.query<Candidate & { type: HistoryType }>(sql, p.values)).rows;
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
