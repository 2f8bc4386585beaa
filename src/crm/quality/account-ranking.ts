import { companyKey, normaliseDomain, normaliseName } from './normalise';

export interface AccountCandidateRow {
  id: string;
  name: string;
  domain: string | null;
  aliases: string[] | null;
  /** pg_trgm similarity(lower(name), lower(query)) from the database. */
  sim: number;
}

export interface RankedCandidate {
  id: string;
  name: string;
  score: number;
}

/** Scores by kind of evidence; ties at the top stay ties so an ambiguous name is never guessed. */
export const SCORE = { exactName: 1, companyKey: 0.95, alias: 0.9, domain: 0.9, domainLabel: 0.85, words: 0.8, substring: 0.6 } as const;
/** At or above this, a single best candidate is taken as the answer. */
export const CONFIDENT = 0.8;
export const MIN_SCORE = 0.3;

const HAN = /\p{Script=Han}/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How well one account row answers the query, in 0..1. */
export function scoreAccount(query: string, row: AccountCandidateRow): number {
  const q = (normaliseName(query) ?? '').toLowerCase();
  if (!q) return 0;
  const qKey = companyKey(q);
  const name = row.name.toLowerCase();
  const aliases = (row.aliases ?? []).map((a) => a.toLowerCase());
  let score = Number(row.sim) || 0;
  const bump = (s: number) => (score = Math.max(score, s));
  if ((normaliseName(name) ?? '') === q) bump(SCORE.exactName);
  if (qKey && companyKey(name) === qKey) bump(SCORE.companyKey);
  if (aliases.some((a) => a === q || (qKey && companyKey(a) === qKey))) bump(SCORE.alias);
  const d = row.domain ? normaliseDomain(row.domain) : null;
  if (d) {
    if (normaliseDomain(q) === d) bump(SCORE.domain);
    else if (qKey && d.split('.')[0] === qKey.replace(/\s+/g, '')) bump(SCORE.domainLabel);
  }
  for (const text of [name, ...aliases]) {
    for (const needle of new Set([q, qKey].filter((s) => s.length >= 2))) {
      if (!text.includes(needle)) continue;
      // Han script has no spaces, so any containment of two or more characters counts as whole words.
      const words = HAN.test(needle) || new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(needle)}($|[^\\p{L}\\p{N}])`, 'u').test(text);
      bump(words ? SCORE.words : SCORE.substring);
    }
  }
  return Math.round(score * 1000) / 1000;
}

/**
 * Ranks rows and decides whether one is clearly meant: the only exact name, or else the only
 * candidate at or above CONFIDENT. Two equally good candidates give no `exact`.
 */
export function rankAccounts(query: string, rows: AccountCandidateRow[], limit = 5): { exactId?: string; candidates: RankedCandidate[] } {
  const ranked = rows
    .map((r) => ({ id: r.id, name: r.name, score: scoreAccount(query, r) }))
    .filter((c) => c.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const exactNames = ranked.filter((c) => c.score >= SCORE.exactName);
  const confident = ranked.filter((c) => c.score >= CONFIDENT);
  const exactId = exactNames.length === 1 ? exactNames[0]!.id : exactNames.length === 0 && confident.length === 1 ? confident[0]!.id : undefined;
  return { exactId, candidates: ranked.slice(0, limit) };
}
