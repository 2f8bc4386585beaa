import { z } from 'zod';
import { AppError, describeZodIssues } from '../../shared/app-error';
import { RECORD_TYPES, type RecordType } from '../../shared/contract/contract';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { readScope } from '../access/policy';
import { SqlParams } from '../access/sql-params';
import { normaliseEmail, normalisePhone } from '../quality/normalise';
import { toTsQuery } from '../../shared/search-text';
import { parseRecordQuery } from './record-query-parser';

/** One row of the `search` intent's answer. */
export interface SearchResult {
  type: RecordType;
  id: string;
  title: string;
  subtitle: string | null;
  account_id: string | null;
  /** 0..1 within its type; results of different types are ordered by it as well. */
  score: number;
  number?: number;
}

const schema = z.object({
  text: z.string().trim().min(1).max(500),
  recordType: z.enum(RECORD_TYPES).optional(),
  limit: z.number().int().min(1).max(100).default(10),
});

const PER_TYPE = 25;

/**
 * Finds accounts, contacts, deals, tickets and activities by name, email, phone, ticket number
 * or words. "contacts at Initech" / "Initech的联系人" lists the contacts of that account.
 * Every query carries the actor's readScope, so nothing denied is found.
 */
export async function searchRecords(db: Queryable, actor: Actor, q: { text: string; recordType?: RecordType; limit?: number }): Promise<SearchResult[]> {
  const parsed = schema.safeParse(q);
  if (!parsed.success) throw new AppError('bad_input', `That search is not valid: ${describeZodIssues(parsed.error.issues)}`);
  const { limit } = parsed.data;
  const rq = parseRecordQuery(parsed.data.text);
  const type = parsed.data.recordType ?? rq.recordType;
  const types: readonly RecordType[] = type ? [type] : RECORD_TYPES;
  let lists = rq.accountText ? await Promise.all(types.map((t) => inAccount(db, actor, t, rq.accountText!))) : [];
  // "issues with login" reads like "<type> with <account>" but names no account: search the words.
  if (lists.every((l) => l.length === 0)) lists = await Promise.all(types.map((t) => byText(db, actor, t, rq.text)));
  return lists
    .flat()
    .sort((a, b) => b.score - a.score || RECORD_TYPES.indexOf(a.type) - RECORD_TYPES.indexOf(b.type))
    .slice(0, limit);
}

/** SQL that scores how well `col` matches the search words (bound once in p), 0 when it does not. */
function nameMatch(col: string, t: string, pat: string): { cond: string; score: string } {
  const l = `lower(${col})`;
  return {
    cond: `(${l} like ${pat} or ${t} <% ${l})`,
    score: `greatest(case when ${l} = ${t} then 1 else 0 end, case when ${l} like ${pat} then 0.9 else 0 end, word_similarity(${t}, ${l}) * 0.85)`,
  };
}

/** An account named so: by name, or exactly by an alias or its domain. */
function accountMatch(a: string, t: string, pat: string): { cond: string; score: string } {
  const name = nameMatch(`${a}.name`, t, pat);
  const exact = `(lower(${a}.domain) = ${t} or exists (select 1 from unnest(${a}.aliases) al where lower(al) = ${t}))`;
  return { cond: `(${name.cond} or ${exact})`, score: `greatest(${name.score}, case when ${exact} then 1 else 0 end)` };
}

function words(p: SqlParams, text: string) {
  const lower = text.toLowerCase();
  return { t: p.add(lower), pat: p.add(`%${lower.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) };
}

/** The records of one type that belong to the accounts named. */
async function inAccount(db: Queryable, actor: Actor, type: RecordType, accountText: string): Promise<SearchResult[]> {
  const p = new SqlParams();
  const { t, pat } = words(p, accountText);
  const m = accountMatch('ac', t, pat);
  const acScope = readScope(actor, 'account', 'ac', p);
  const src = SOURCES[type];
  const scope = readScope(actor, type, 'r', p);
  const join = type === 'account' ? '' : `join accounts ac on ac.id = r.account_id`;
  const from = type === 'account' ? 'accounts r join accounts ac on ac.id = r.id' : `${src.table} r ${join}`;
  const sql = `select ${src.columns}, ${m.score} as score from ${from} ${src.joins} where ${m.cond} and ${acScope} and ${scope} order by score desc, ${src.order} limit ${p.add(PER_TYPE)}`;
  return toResults(type, (await db.query<Row>(sql, p.values)).rows);
}

/** The records of one type whose own fields match the text. */
async function byText(db: Queryable, actor: Actor, type: RecordType, text: string): Promise<SearchResult[]> {
  const p = new SqlParams();
  const parts: string[] = [];
  const scores: string[] = [];
  if (type === 'ticket' || type === 'activity') {
    const tsq = toTsQuery(text);
    const num = type === 'ticket' ? /#?(\d{1,9})\b/.exec(text)?.[1] : undefined;
    if (tsq) {
      const q = p.add(tsq);
      parts.push(`r.tsv @@ to_tsquery('simple', ${q})`);
      scores.push(`ts_rank_cd(r.tsv, to_tsquery('simple', ${q}), 32) * 0.9`); // 32: rank / (rank + 1), so 0..1
    }
    if (num) {
      const n = p.add(Number(num));
      parts.push(`r.number = ${n}`);
      scores.push(`case when r.number = ${n} then 1 else 0 end`);
    }
  } else {
    const { t, pat } = words(p, text);
    const name = type === 'account' ? accountMatch('r', t, pat) : nameMatch('r.name', t, pat);
    parts.push(name.cond);
    scores.push(name.score);
    const exact: string[] = [];
    if (type === 'contact') {
      const email = normaliseEmail(text);
      const phone = /\d{5,}/.test(text.replace(/\D/g, '')) ? normalisePhone(text) : null;
      if (email) exact.push(`r.email = ${p.add(email)}`);
      if (phone) exact.push(`r.phone = ${p.add(phone)}`);
    }
    if (exact.length) {
      parts.push(...exact);
      scores.push(`case when ${exact.join(' or ')} then 1 else 0 end`);
    }
  }
  if (type !== 'account') {
    // "Globex" with record type contact means Globex's contacts: the record's account name counts, a little less.
    const { t, pat } = words(p, text);
    const ac = accountMatch('ac', t, pat);
    parts.push(ac.cond);
    scores.push(`${ac.score} * 0.8`);
  }
  const cond = `(${parts.join(' or ')})`;
  const score = scores.length > 1 ? `greatest(${scores.join(', ')})` : scores[0]!;
  const src = SOURCES[type];
  const from = type === 'account' ? 'accounts r' : `${src.table} r left join accounts ac on ac.id = r.account_id`;
  const sql = `select ${src.columns}, ${score} as score from ${from} ${src.joins} where ${cond} and ${readScope(actor, type, 'r', p)} order by score desc, ${src.order} limit ${p.add(PER_TYPE)}`;
  return toResults(type, (await db.query<Row>(sql, p.values)).rows);
}

interface Row {
  id: string;
  title: string | null;
  subtitle: string | null;
  account_id: string | null;
  number?: number | null;
  score: number;
}

/** What each type shows; `ac` is its account, `u` its owner or assignee. */
const SOURCES: Record<RecordType, { table: string; columns: string; joins: string; order: string }> = {
  account: {
    table: 'accounts',
    columns: `r.id, r.name as title, concat_ws(' · ', r.region, r.industry, u.name) as subtitle, r.id as account_id`,
    joins: 'left join users u on u.id = r.owner_id',
    order: 'r.name',
  },
  contact: {
    table: 'contacts',
    columns: `r.id, r.name as title, concat_ws(' · ', r.title, ac.name, r.email, r.phone) as subtitle, r.account_id`,
    joins: '',
    order: 'r.name',
  },
  deal: {
    table: 'deals',
    columns: `r.id, r.name as title, concat_ws(' · ', ac.name, r.stage, r.amount::text || ' ' || r.currency, r.close_date::text) as subtitle, r.account_id`,
    joins: '',
    order: 'r.created_at desc',
  },
  ticket: {
    table: 'tickets',
    columns: `r.id, r.subject as title, concat_ws(' · ', ac.name, r.status, r.priority, to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD')) as subtitle, r.account_id, r.number`,
    joins: '',
    order: 'r.created_at desc',
  },
  activity: {
    table: 'activities',
    columns: `r.id, coalesce(r.subject, r.kind) as title, concat_ws(' · ', ac.name, r.kind, to_char(r.occurred_at at time zone 'UTC', 'YYYY-MM-DD')) as subtitle, r.account_id`,
    joins: '',
    order: 'r.occurred_at desc',
  },
};

function toResults(type: RecordType, rows: Row[]): SearchResult[] {
  return rows.map((r) => ({
    type,
    id: r.id,
    title: r.title ?? '',
    subtitle: r.subtitle || null,
    account_id: r.account_id,
    score: Number(Number(r.score).toFixed(4)),
    ...(r.number != null ? { number: r.number } : {}),
  }));
}
