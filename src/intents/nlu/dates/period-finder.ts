import type { Period } from '../../../shared/contract/contract';
import { dayNum, halfRange, isoOf, monthRange, partsOf, quarterOf, quarterRange, todayIn, weekRange, yearRange, type DayNum, type Range } from './calendar';
import { PERIOD_RULES, type Unit } from './period-rules';
import { inheritYear, refinePeriods, shiftYears } from './range-finder';

import type { DateRef, PeriodMatch } from './date-types';

export type { DateRef, PeriodMatch };

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
  return refinePeriods(text, today, out);
}

/** "this quarter", "上个月", "H1 2025" … as an inclusive period of whole days in `ref.tz`; null when not a period. */
export function resolvePeriodPhrase(phrase: string, ref: DateRef): Period | null {
  const found = findPeriods(phrase, todayIn(ref.now, ref.tz));
  return found.length ? toPeriod(found[0].range) : null;
}

const COMPARE = /\b(?:vs\.?|versus|compared?\s+(?:to|with)|against|relative\s+to|over|side\s+by\s+side|next\s+to|alongside|beside)\b|放在一起|\bcompare\b|比|对比|相比|比较|同比|环比/i;
// "Compare X with Y", "对比一下X和Y": the comparing word comes first, the periods are joined by a plain "and"
const COMPARE_FIRST = /\b(?:compar\w*|vs\.?|versus|stack\s+up|differ\w*|change[sd]?|growth)\b|对比|比较|相比|比一比|比一下|变化|增长/i;
const PLAIN_JOIN = /^\s*[,，、]?\s*(?:and|with|to|&|和|与|跟|同|及)?\s*$/i;
// a single period after "vs" / "than" / "比" is the base: the current one of the same unit is asked about
const BASE_BEFORE = /(?:\bvs\.?|\bversus|\bcompared\s+(?:to|with)|\bagainst|\bthan|\brelative\s+to|相比于?|相较于?|比起|较|比)\s*$/i;
// "this quarter vs last": the base is the unit before, left unnamed
const VS_LAST = /^\s*,?\s*(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+(?:the\s+)?(?:last|previous|prior)(?:\s+one)?\b(?!\s+(?:week|month|quarter|year|\d))/i;
const YOY = /同比|去年同期|\byoy\b|\by\/y\b|year[\s-]+over[\s-]+year|(?:same|corresponding)\s+(?:period|quarter|month|week|time)\s+(?:last|a|the\s+previous|previous|the\s+prior|prior)\s+year/i;
const POP = /环比|上一?期|\b(?:qoq|mom|wow)\b|\b(?:quarter|month|week)[\s-]+over[\s-]+(?:quarter|month|week)\b|\b(?:previous|prior|preceding)\s+period\b/i;

/** The first period, and the second as `compare_period` when the text compares them ("X vs Y", "和上季度对比"). */
export function extractPeriods(text: string, today: DayNum, known?: PeriodMatch[]): { period?: Period; compare_period?: Period } {
  let found = known ?? findPeriods(text, today);
  if (!found.length) return {};
  const yoy = YOY.exec(text);
  // the "last year" inside "same quarter last year" / "去年同期" names the comparison, not a period
  if (yoy && found.length > 1) found = found.filter((p) => !(p.index < yoy.index + yoy[0].length && yoy.index < p.end));
  const first = found[0];
  const out: { period?: Period; compare_period?: Period } = { period: toPeriod(first.range) };
  if (found.length > 1) {
    const second = inheritYear(first, found[1]);
    const between = text.slice(first.end, second.end);
    const around = text.slice(second.end, second.end + 6);
    const gap = text.slice(first.end, second.index);
    if (COMPARE.test(between) || /^\s*(?:比|对比|相比|比较)/.test(around) || (PLAIN_JOIN.test(gap) && COMPARE_FIRST.test(text))) {
      out.compare_period = toPeriod(second.range);
    }
    return out;
  }
  if (yoy) return { ...out, compare_period: toPeriod(shiftYears(first.range, -1)) };
  if (POP.test(text) || VS_LAST.test(text.slice(first.end))) return { ...out, compare_period: toPeriod(previousOf(first)) };
  const before = text.slice(Math.max(0, first.index - 16), first.index);
  const after = text.slice(first.end, first.end + 6);
  if (first.range[1] < today && first.unit !== 'day' && (BASE_BEFORE.test(before) || (/[和跟与同]\s*$/.test(before) && /^\s*(?:比|相比|对比)/.test(after)))) {
    return { period: toPeriod(currentOf(first.unit, today)), compare_period: toPeriod(first.range) };
  }
  return out;
}

/** The period of the same length just before `p`: the previous month, quarter … or as many days. */
function previousOf(p: PeriodMatch): Range {
  const [s, e] = p.range;
  const { y, m } = partsOf(s);
  if (p.unit === 'month') return monthRange(y, m - 1);
  if (p.unit === 'quarter') return [dayNum(y, m - 3, 1), s - 1];
  if (p.unit === 'half') return [dayNum(y, m - 6, 1), s - 1];
  if (p.unit === 'year') return shiftYears(p.range, -1);
  return [s - (e - s + 1), s - 1];
}

/** The unit (week, month …) that holds today. */
function currentOf(unit: Unit, today: DayNum): Range {
  const { y, m } = partsOf(today);
  if (unit === 'week') return weekRange(today);
  if (unit === 'month') return monthRange(y, m);
  if (unit === 'quarter') return quarterRange(y, quarterOf(m));
  if (unit === 'half') return halfRange(y, m <= 6 ? 1 : 2);
  return yearRange(y);
}
