import type { Period } from '../../../shared/contract/contract';
import { isoOf, todayIn, type DayNum, type Range } from './calendar';
import { PERIOD_RULES, type Unit } from './period-rules';

export interface PeriodMatch {
  range: Range;
  index: number;
  end: number;
  text: string;
  unit: Unit;
}

export interface DateRef {
  now: Date;
  tz: string;
}

export const toPeriod = (r: Range): Period => ({ start: isoOf(r[0]), end: isoOf(r[1]) });

interface Raw {
  m: RegExpExecArray;
  rule: (typeof PERIOD_RULES)[number];
  order: number;
}

/** Every period phrase in the text, left to right, overlaps resolved in favour of the longer phrase. */
export function findPeriods(text: string, today: DayNum): PeriodMatch[] {
  const lc = text.toLowerCase();
  const raws: Raw[] = [];
  PERIOD_RULES.forEach((rule, order) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(lc); m; m = rule.re.exec(lc)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      raws.push({ m, rule, order });
    }
  });
  raws.sort((a, b) => b.m[0].length - a.m[0].length || a.order - b.order);
  const kept: Raw[] = [];
  for (const r of raws) {
    const s = r.m.index;
    const e = s + r.m[0].length;
    if (kept.some((k) => s < k.m.index + k.m[0].length && k.m.index < e)) continue;
    kept.push(r);
  }
  kept.sort((a, b) => a.m.index - b.m.index);
  const out: PeriodMatch[] = [];
  for (const k of kept) {
    const prev = out.length ? out[out.length - 1].range : undefined;
    const range = k.rule.resolve(k.m, today, k.rule.relative ? prev : undefined);
    if (!range) continue;
    const lead = k.m[0].length - k.m[0].trimStart().length;
    out.push({ range, index: k.m.index + lead, end: k.m.index + k.m[0].length, text: text.slice(k.m.index + lead, k.m.index + k.m[0].length), unit: k.rule.unit });
  }
  return out;
}

/** "this quarter", "上个月", "H1 2025" … as an inclusive period of whole days in `ref.tz`; null when not a period. */
export function resolvePeriodPhrase(phrase: string, ref: DateRef): Period | null {
  const found = findPeriods(phrase, todayIn(ref.now, ref.tz));
  return found.length ? toPeriod(found[0].range) : null;
}

const COMPARE = /\b(?:vs\.?|versus|compared?\s+(?:to|with)|against|relative\s+to|over)\b|\bcompare\b|比|对比|相比|比较|同比|环比/i;

/** The first period, and the second as `compare_period` when the text compares them ("X vs Y", "和上季度对比"). */
export function extractPeriods(text: string, today: DayNum, known?: PeriodMatch[]): { period?: Period; compare_period?: Period } {
  const found = known ?? findPeriods(text, today);
  if (!found.length) return {};
  const out: { period?: Period; compare_period?: Period } = { period: toPeriod(found[0].range) };
  if (found.length > 1) {
    const between = text.slice(found[0].end, found[1].end);
    const around = text.slice(found[1].end, found[1].end + 6);
    if (COMPARE.test(between) || /^\s*(?:比|对比|相比|比较)/.test(around)) out.compare_period = toPeriod(found[1].range);
  }
  return out;
}
