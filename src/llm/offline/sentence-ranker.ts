import { tokenize } from '../../shared/search-text';
import { extractAmounts } from './amount-extractor';
import { BUSINESS_EN, BUSINESS_ZH, SMALL_TALK, STOPWORDS_EN, STOPWORDS_ZH } from './lexicons';
import type { Sentence } from './transcript-parser';
import { wordCount } from './transcript-parser';

/**
 * Scores each sentence for how much a manager needs it: centrality (its content words recur in
 * the call, the classic extractive-summary signal) plus what calls are about (figures, money,
 * competitors, names, pains, decisions), minus small talk and fragments.
 */
export interface RankedSentence extends Sentence {
  score: number;
  money: boolean;
  competitor: boolean;
}

export interface RankContext {
  language: 'en' | 'zh';
  competitors: readonly string[];
  products: readonly string[];
  speakers: readonly string[];
}

const HAN = /\p{Script=Han}/u;

function contentTokens(text: string): string[] {
  return tokenize(text)
    .filter((t) => (HAN.test(t) ? t.length >= 2 && !STOPWORDS_ZH.has(t) : t.length >= 3 && !STOPWORDS_EN.has(t) && !/^\d+$/.test(t)))
    .map((t) => (HAN.test(t) ? t : t.replace(/(?:ies|es|s)$/, (m) => (t.length > 4 ? (m === 'ies' ? 'y' : '') : m))));
}

const NUMBER = /\d[\d,.]*\s*(?:%|万|千|秒|分钟|小时|天|周|个月|月|年|号)?|[一二两三四五六七八九十百千]+(?:万|千|百|秒|分钟|小时|天|周|个月|份)/gu;
const PROPER_EN = /(?<=[\w,;'’]\s)(?:[A-Z][a-zA-Z0-9&-]+|[A-Z0-9]{2,})/g;

export function rankSentences(sentences: readonly Sentence[], ctx: RankContext): RankedSentence[] {
  const tokens = sentences.map((s) => [...new Set(contentTokens(s.text))]);
  const freq = new Map<string, number>();
  for (const ts of tokens) for (const t of ts) freq.set(t, (freq.get(t) ?? 0) + 1);
  const speakerNames = new Set(ctx.speakers.flatMap((s) => s.split(/\s+/)));
  const lowerCompetitors = ctx.competitors.map((c) => c.toLowerCase());
  const lowerProducts = ctx.products.map((c) => c.toLowerCase());

  return sentences.map((s, i) => {
    const ts = tokens[i]!;
    const text = s.text;
    const lower = text.toLowerCase();
    const centrality = ts.reduce((sum, t) => sum + Math.log(freq.get(t)!), 0) / Math.sqrt(ts.length + 2);
    const money = extractAmounts(text, ctx.language).length > 0;
    const competitor = lowerCompetitors.some((c) => lower.includes(c));
    const numbers = (text.match(NUMBER) ?? []).length;
    const names = (text.match(PROPER_EN) ?? []).filter((w) => !speakerNames.has(w)).length;
    const latinInZh = HAN.test(text) ? (text.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).length : 0;
    const business = (text.match(BUSINESS_EN) ?? []).length + (text.match(BUSINESS_ZH) ?? []).length;
    const words = wordCount(text);
    let score = centrality;
    score += Math.min(numbers, 3) * 1.2 + (money ? 2.5 : 0) + (/[%％]|百分之/u.test(text) ? 1 : 0);
    score += (competitor ? 3 : 0) + (lowerProducts.some((p) => lower.includes(p)) ? 1 : 0);
    score += Math.min(names + latinInZh, 3) * 0.6 + Math.min(business, 3) * 0.8;
    if (SMALL_TALK.test(text)) score -= 3;
    if (/[?？]\s*$/.test(text)) score -= 0.5;
    if (words < 6) score -= 1.5;
    if (words > 45) score -= 1; // a monologue sentence is hard to read as a point
    return { ...s, score, money, competitor };
  });
}

/** Picks up to n sentences by score, skipping near-duplicates of ones already picked. */
export function pickTop(ranked: readonly RankedSentence[], n: number, exclude: ReadonlySet<number> = new Set()): RankedSentence[] {
  const picked: RankedSentence[] = [];
  const seen: Array<Set<string>> = [];
  for (const s of [...ranked].sort((a, b) => b.score - a.score || a.index - b.index)) {
    if (picked.length >= n) break;
    if (exclude.has(s.index)) continue;
    const ts = new Set(contentTokens(s.text));
    if (seen.some((o) => jaccard(o, ts) > 0.6)) continue;
    picked.push(s);
    seen.push(ts);
  }
  return picked;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}
