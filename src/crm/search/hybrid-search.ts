import { z } from 'zod';
import { AppError, describeZodIssues } from '../../shared/app-error';
import type { Actor } from '../access/actor';
import type { Period } from '../../shared/contract/contract';
import type { Queryable, DbInfo } from '../../shared/db';
import { toVectorLiteral, type Embedder } from './embedder-port';
import { historyTerms } from './query-terms';
import { fuse } from './rank-fusion';
import { makeSnippet } from './snippet';
import {
  fullTextCandidates, loadActivities, loadTickets, recentCandidates, vectorCandidates, visibleAccountNames,
  type Candidate, type HistoryFilter, type HistoryType,
} from './history-sql';

export { searchRecords, type SearchResult } from './record-search';

export interface Hit {
  type: HistoryType;
  id: string;
  account_id: string | null;
  date: string; // ISO
  title: string;
  snippet: string;
  score: number;
  number?: number; // tickets
  kind?: string; // activities: call, meeting, email, note
}

export interface HistoryResult {
  hits: Hit[];
  mode: 'hybrid' | 'fulltext';
  /** Set when vectors were meant to be used but the embedder failed: the hits are full-text only. */
  degraded?: string;
}

export interface HistoryQuery {
  text: string;
  accountId?: string;
  period?: Period;
  tz?: string;
  limit?: number;
  embedder?: Embedder;
  now?: Date;
}

const querySchema = z.object({
  text: z.string().max(2000),
  accountId: z.uuid().optional(),
  period: z.object({ start: z.iso.date(), end: z.iso.date() }).optional(),
  tz: z.string().min(1).default('UTC'),
  limit: z.number().int().min(1).max(50).default(5),
});

/** How many candidates each signal contributes before fusion. */
const DEPTH = 40;
/**
 * Why three lists fused by rank: full-text, vector similarity and recency have scores on scales
 * that cannot be compared (idf sums, cosine distances, ages), so reciprocal rank fusion is the
 * honest way to combine them. Relevance counts fully. Recency is a list of the same candidates,
 * newest first. Its usual weight (0.02) moves a record by less than the gap between the first two
 * relevance ranks (1/61 - 1/62), so it only reorders records that are about equally relevant;
 * when the question asks for the latest ("last", "most recent", "最近", "上次") it weighs as much
 * as relevance, because then the newer of two matching calls is the answer.
 */
const WEIGHT = { fulltext: 1, vector: 1, recency: 0.02, recencyAsked: 1 } as const;
const ASKS_LATEST = /\b(?:last|latest|most recent|recent(?:ly)?|newest|lately)\b|最近|上次|上一次|最新|近期/iu;

/**
 * Questions about a customer's history, answered from activities and tickets the actor may see.
 * Read-only by construction: it runs SELECTs only, and text found in records is returned as
 * data (titles, snippets), never acted on.
 */
export async function searchHistory(
  db: Queryable & { info?: DbInfo },
  actor: Actor,
  q: HistoryQuery,
): Promise<HistoryResult> {
  const parsed = querySchema.safeParse({ text: q.text, accountId: q.accountId, period: q.period, tz: q.tz, limit: q.limit });
  if (!parsed.success) throw new AppError('bad_input', `That search is not valid: ${describeZodIssues(parsed.error.issues)}`);
  const { text, accountId, period, tz, limit } = parsed.data;
  const filter: HistoryFilter = { accountId, period, tz, until: q.now };
  // Within one account its own name tells nothing apart; and an account the actor may not read has no history for them.
  const names = accountId ? await visibleAccountNames(db, actor, accountId) : [];
  if (names === null) return { hits: [], mode: db.info?.vector && q.embedder ? 'hybrid' : 'fulltext' };
  const terms = historyTerms(text, names);
  const tsquery = terms.length > 0;
  const { vector, degraded } = tsquery && db.info?.vector && q.embedder ? await embedQuery(q.embedder, text) : { vector: null };

  const both = async (fn: (t: HistoryType) => Promise<Candidate[]>) => {
    const [a, t] = await Promise.all([fn('activity'), fn('ticket')]);
    return [...a.map((c) => ({ ...c, key: `activity:${c.id}` })), ...t.map((c) => ({ ...c, key: `ticket:${c.id}` }))];
  };

  const [ft, vec] = await Promise.all([
    tsquery
      ? fullTextCandidates(db, actor, terms, filter, 2 * DEPTH).then((cs) => cs.map((c) => ({ ...c, key: `${c.type}:${c.id}` })))
      : Promise.resolve([]),
    vector ? both((t) => vectorCandidates(db, actor, t, vector, filter, DEPTH)) : Promise.resolve([]),
  ]);
  let pool = [...ft, ...vec];
  if (!tsquery) {
    // No topic in the question ("what's going on with Acme?"): the latest records are the answer.
    pool = await both((t) => recentCandidates(db, actor, t, filter, DEPTH));
  }

  const dateOf = new Map(pool.map((c) => [c.key, new Date(c.date).getTime()]));
  const byScore = (xs: typeof pool, dir: 1 | -1) => [...xs].sort((a, b) => dir * ((a.score ?? 0) - (b.score ?? 0)) || dateOf.get(b.key)! - dateOf.get(a.key)!);
  const fused = fuse([
    { ids: byScore(ft, -1).map((c) => c.key), weight: WEIGHT.fulltext },
    { ids: byScore(vec, 1).map((c) => c.key), weight: WEIGHT.vector },
    { ids: [...dateOf.keys()].sort((a, b) => dateOf.get(b)! - dateOf.get(a)!), weight: ASKS_LATEST.test(text) ? WEIGHT.recencyAsked : WEIGHT.recency },
  ])
    // Equal scores (a record first in one list, second in another): the newer is the better answer.
    .sort((a, b) => b.score - a.score || dateOf.get(b.id)! - dateOf.get(a.id)!)
    .slice(0, limit);

  const hits = await toHits(db, fused, text);
  return { hits, mode: vector ? 'hybrid' : 'fulltext', ...(degraded ? { degraded } : {}) };
}

async function embedQuery(embedder: Embedder, text: string): Promise<{ vector: string | null; degraded?: string }> {
  try {
    const [v] = await embedder.embed([text]);
    if (!v) throw new Error('no vector returned');
    return { vector: toVectorLiteral(v) };
  } catch (e) {
    // An embedding outage must not take history answers down: full-text still answers, and says so.
    return { vector: null, degraded: `embedding failed: ${(e as Error).message}` };
  }
}

async function toHits(db: Queryable, fused: Array<{ id: string; score: number }>, text: string): Promise<Hit[]> {
  const ids = (type: HistoryType) => fused.filter((f) => f.id.startsWith(`${type}:`)).map((f) => f.id.slice(type.length + 1));
  const [acts, tickets] = await Promise.all([loadActivities(db, ids('activity')), loadTickets(db, ids('ticket'))]);
  const found = new Map<string, Omit<Hit, 'score'>>();
  for (const a of acts) {
    found.set(`activity:${a.id}`, {
      type: 'activity', id: a.id, account_id: a.account_id, date: new Date(a.date).toISOString(), kind: a.kind,
      title: a.subject?.trim() || a.kind, snippet: makeSnippet(a.summary || a.body || a.subject, text),
    });
  }
  for (const t of tickets) {
    found.set(`ticket:${t.id}`, {
      type: 'ticket', id: t.id, account_id: t.account_id, date: new Date(t.date).toISOString(), number: t.number,
      title: `#${t.number} ${t.subject}`, snippet: makeSnippet(t.description || t.subject, text),
    });
  }
  return fused.flatMap((f) => {
    const h = found.get(f.id);
    return h ? [{ ...h, score: Number(f.score.toFixed(6)) }] : [];
  });
}
