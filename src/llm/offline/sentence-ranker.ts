import { tokenize } from '../../shared/search-text';
import { extractAmounts } from './amount-extractor';
import { INTRODUCTION, SMALL_TALK, STOPWORDS_EN, STOPWORDS_ZH, TOPICS } from './lexicons';
import type { Sentence } from './transcript-parser';
import { wordCount } from './transcript-parser';

/**
 * Scores each sentence for how much a manager needs it: centrality (its content words recur in
 * the call, the classic extractive-summary signal) plus what calls are about (figures, money,
 * competitors, names, pains, decisions), minus small talk and fragments.
 */
export interface RankedSentence extends Sentence {
  score: number;
  /** Money amounts said in it (major units), for "every figure kept" checks. */
  amounts: number[];
  competitor: boolean;
  tokens: ReadonlySet<string>;
}

export interface RankContext {
  language: 'en' | 'zh';
  competitors: readonly string[];
  products: readonly string[];
  speakers: readonly string[];
}

const HAN = /\p{Script=Han}/u;
const MAYBE_MONEY = /\d|[一二两三四五六七八九十百千][万千百亿]|[十百千万亿][元块]/u;

function contentTokens(text: string): string[] {
  return tokenize(text)
    .filter((t) => (HAN.test(t) ? t.length >= 2 && !STOPWORDS_ZH.has(t) : t.length >= 3 && !STOPWORDS_EN.has(t) && !/^\d+$/.test(t)))
    .map((t) => (HAN.test(t) ? t : t.replace(/(?:ies|es|s)$/, (m) => (t.length > 4 ? (m === 'ies' ? 'y' : '') : m))));
}

// Figures worth a reader's eye: two or more digits, or a digit with a unit; clock times are not.
const NUMBER = /(?<![\d:.])(?:\d{2,}[\d,.]*|\d(?:\.\d+)?\s*(?:%|万|千|秒|分钟|小时|天|周|个月|份|x\b|times\b))(?![\d:])|[一二两三四五六七八九十百千]+个?(?:万|千|百|秒|分钟|小时|天|周|月|份|人|家|次)/gu;
const CLOCK = /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|\b\d{1,2}:\d{2}\b/gi;
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
    // Most sentences have no digit or Chinese numeral: skip the amount parser for them.
    const amounts = MAYBE_MONEY.test(text) ? extractAmounts(text, ctx.language).map((a) => a.amount) : [];
    const money = amounts.length > 0;
    const competitor = lowerCompetitors.some((c) => lower.includes(c));
    const numbers = (text.replace(CLOCK, ' ').match(NUMBER) ?? []).length;
    const names = (text.match(PROPER_EN) ?? []).filter((w) => !speakerNames.has(w)).length;
    const latinInZh = HAN.test(text) ? (text.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).length : 0;
    const topics = TOPICS.reduce((sum, t) => sum + (t.re.test(text) ? t.weight : 0), 0);
    const words = wordCount(text);
    let score = centrality;
    score += Math.min(numbers, 3) * 1 + (money ? 2.5 : 0) + (/[%％]|百分之/u.test(text) ? 1 : 0);
    score += (competitor ? 3 : 0) + (lowerProducts.some((p) => lower.includes(p)) ? 1 : 0);
    score += Math.min(names + latinInZh, 3) * 0.6 + topics;
    if (SMALL_TALK.test(text)) score -= 3;
    if (INTRODUCTION.test(text)) score -= 2;
    if (/[?？]\s*$/.test(text)) score -= 1; // questions ask; the answers carry the facts
    if (words < 6) score -= 1.5;
    if (words > 45) score -= 1; // a monologue sentence is hard to read as a point
    return { ...s, score, amounts, competitor, tokens: new Set(ts) };
  });
}

/**
 * Picks up to n sentences by score, skipping near-duplicates of ones already picked. With
 * `segments`, the best sentence of each stretch of the call comes first, so a long call's
 * middle is not lost to a loud opening or close.
 */
export function pickTop(ranked: readonly RankedSentence[], n: number, exclude: ReadonlySet<number> = new Set(), segments = 1): RankedSentence[] {
  const picked: RankedSentence[] = [];
  const seen: Array<ReadonlySet<string>> = [];
  const order = [...ranked].sort((a, b) => b.score - a.score || a.index - b.index);
  const take = (s: RankedSentence): void => {
    if (picked.length >= n || exclude.has(s.index) || picked.includes(s)) return;
    const ts = s.tokens;
    if (seen.some((o) => jaccard(o, ts) > 0.6)) return;
    picked.push(s);
    seen.push(ts);
  };
  if (segments > 1 && ranked.length) {
    const first = ranked[0]!.index;
    const span = ranked[ranked.length - 1]!.index - first + 1;
    for (let k = 0; k < segments; k++) {
      const best = order.find((s) => !exclude.has(s.index) && Math.floor(((s.index - first) * segments) / span) === k);
      if (best) take(best);
    }
  }
  for (const s of order) take(s);
  return picked;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}
