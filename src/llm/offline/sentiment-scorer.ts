import type { Sentiment } from '../llm-port';
import { ASSENT, NEGATION_BEFORE, NEGATIVE_EN, NEGATIVE_ZH, POSITIVE_EN, POSITIVE_ZH, SMALL_TALK, THREAT } from './lexicons';
import type { Sentence } from './transcript-parser';

/**
 * The tone of the customer side: lexicon hits (English and Chinese) on what the customer said,
 * a negation just before a word flipping it, small talk ignored. Both kinds strong → mixed.
 */
export interface SentimentScore {
  positive: number;
  negative: number;
  label: Sentiment;
}

// "solves a real problem" is good news; "no problem" is just manners.
const SOLVED = /\b(?:solve[sd]?|fix(?:ed|es)?|address(?:es|ed)?) (?:a |the |that |this |our |real )*(?:problem|issue)s?\b|解决(?:了)?(?:这个|一个)?问题/giu;
const NO_PROBLEM = /\b(?:no|not a|without) (?:real )?(?:problem|issue)s?\b|没问题|不是问题/giu;

// Words inside "if…"/"when…"/"万一…" describe what might happen, not how the customer feels.
const HYPOTHETICAL = /(?:\b(?:if|when|whenever|in case|unless|what if)\b|如果|万一|要是|假如)[^,.;，。；]*$/iu;

function count(text: string, re: RegExp, skipHypothetical = false): number {
  let n = 0;
  for (const m of text.matchAll(re)) {
    if (skipHypothetical && HYPOTHETICAL.test(text.slice(0, m.index)) && !THREAT.test(m[0])) continue;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    // A negated word counts for the other side, which the caller handles by returning a signed count.
    n += NEGATION_BEFORE.test(before) && !/^(?:不|没|难|低)/u.test(m[0]) ? -1 : 1;
  }
  return n;
}

export function scoreSentiment(sentences: readonly Sentence[], customer: ReadonlySet<string>): SentimentScore {
  const theirs = sentences.filter((s) => !customer.size || (s.speaker !== undefined && customer.has(s.speaker)));
  let positive = 0;
  let negative = 0;
  const last = Math.max(1, sentences[sentences.length - 1]?.index ?? 1);
  for (const s of theirs) {
    if (SMALL_TALK.test(s.text) || /[?？]\s*$/.test(s.text)) continue;
    const text = s.text.replace(SOLVED, ' helpful ').replace(NO_PROBLEM, ' ');
    const p = Math.max(count(text, POSITIVE_EN) + count(text, POSITIVE_ZH), ASSENT.test(text) ? 1 : 0);
    const n = count(text, NEGATIVE_EN, true) + count(text, NEGATIVE_ZH, true);
    // How a customer sounds at the end of a call says more than the pains they describe at the start.
    const weight = 0.5 + s.index / last;
    positive += weight * (Math.max(p, 0) + Math.max(-n, 0));
    negative += weight * (Math.max(n, 0) + Math.max(-p, 0));
  }
  return { positive: round1(positive), negative: round1(negative), label: label(positive, negative) };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function label(p: number, n: number): Sentiment {
  const total = p + n;
  if (total < 2) return 'neutral';
  const share = p / total;
  if (share >= 0.65) return 'positive';
  if (share <= 0.35) return 'negative';
  return 'mixed';
}
