import { z } from 'zod';
import { understand } from '../understand';
import type { GoldLine, NluScore } from './nlu-score-types';

/**
 * Scores understand() on labelled lines the way shared/eval/score_nlu.py does: intent accuracy per
 * line, and each gold entity key as an exact match after normalising strings (case, surrounding
 * punctuation). Keys the gold does not have are not scored. Used by scripts/eval-nlu.ts and the tests.
 */
const Gold = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  now: z.string().optional(),
  tz: z.string().optional(),
  lang: z.string().optional(),
  intent: z.string(),
  entities: z.record(z.string(), z.unknown()),
});

/** JSON Lines → gold lines; a malformed line throws with its 1-based number. */
export function parseGoldJsonl(text: string): GoldLine[] {
  return text
    .split('\n')
    .map((l, i) => [l, i + 1] as const)
    .filter(([l]) => l.trim())
    .map(([l, n]) => {
      const parsed = Gold.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`line ${n}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return parsed.data;
    });
}

// like the official scorer (Python's Unicode \W): strip leading/trailing non-letters, non-digits
export function normaliseForScore(v: unknown): unknown {
  if (typeof v === 'string') return v.trim().toLowerCase().replace(/^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
  if (Array.isArray(v)) return v.map(normaliseForScore);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normaliseForScore(x)]));
  return v;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normaliseForScore(a)) === JSON.stringify(normaliseForScore(b));

const bump = <K>(m: Map<K, [number, number]>, k: K, ok: boolean) => {
  const v = m.get(k) ?? [0, 0];
  m.set(k, [v[0] + (ok ? 1 : 0), v[1] + 1]);
};

export function scoreNlu(gold: GoldLine[], region = 'US'): NluScore {
  const score: NluScore = { lines: gold.length, intentAccuracy: 0, entityAccuracy: 0, slots: 0, confusions: new Map(), perKey: new Map(), perLang: new Map(), misses: [] };
  let okIntent = 0;
  let okSlots = 0;
  for (const g of gold) {
    const r = understand(g.text, { now: g.now ? new Date(g.now) : new Date(), tz: g.tz ?? 'UTC', region });
    const intentOk = r.intent === g.intent;
    bump(score.perLang, g.lang ?? '?', intentOk);
    if (intentOk) okIntent++;
    else {
      const k = `${g.intent} -> ${r.intent}`;
      score.confusions.set(k, (score.confusions.get(k) ?? 0) + 1);
      score.misses.push({ id: g.id, text: g.text, gold: g.intent, got: r.intent });
    }
    for (const [k, v] of Object.entries(g.entities)) {
      score.slots++;
      const got = (r.entities as Record<string, unknown>)[k];
      const ok = got !== undefined && same(got, v);
      if (ok) okSlots++;
      else score.misses.push({ id: g.id, text: g.text, key: k, gold: v, got });
      bump(score.perKey, k, ok);
    }
  }
  score.intentAccuracy = gold.length ? okIntent / gold.length : 0;
  score.entityAccuracy = score.slots ? okSlots / score.slots : 0;
  return score;
}
