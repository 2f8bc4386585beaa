import * as chrono from 'chrono-node';
import { dayNum, isoOf, partsOf, todayIn, type DayNum } from './calendar';
import { DATE_RULES, inferYear } from './date-rules';
import type { DateRef } from './date-types';
import { MONTH_RE } from './period-rules';

export interface DateMatch {
  day: DayNum;
  index: number;
  end: number;
  text: string;
  vague: boolean;
  /** The past reading of a bare weekday, for messages that report what happened. */
  pastDay?: DayNum;
  /** The last day when chrono read a span ("March 1-15", "3/1 to 3/15"); periods use it. */
  rangeEnd?: DayNum;
}

// only a month name next to a day number can be a date, so chrono is asked only then
const HAS_MONTH_NAME = new RegExp(`\\b(?:${MONTH_RE})\\.?\\s*\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_RE})\\b`);

/** Month-name dates ("June 30", "15 july", "30th of June, 2027") through chrono-node's strict English parser. */
function chronoDates(lc: string, today: DayNum): DateMatch[] {
  if (!HAS_MONTH_NAME.test(lc)) return [];
  // noon UTC of `today`, read at offset 0: chrono's implied fields then fall on that calendar day
  const ref = { instant: new Date(today * 86_400_000 + 43_200_000), timezone: 0 };
  const out: DateMatch[] = [];
  for (const r of chrono.en.strict.parse(lc, ref)) {
    const c = r.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    const m = c.get('month') as number;
    const d = c.get('day') as number;
    // a year counts only when written in full: in "June 3rd, 20 min" the 20 is not a year
    const fullYear = c.isCertain('year') && /\b(?:19|20)\d{2}\b/.test(r.text);
    const day = fullYear ? dayNum(c.get('year') as number, m, d) : inferYear(m, d, today);
    const e = r.end;
    const rangeEnd = e?.isCertain('day') ? dayNum(partsOf(day).y, e.get('month') as number, e.get('day') as number) : undefined;
    out.push({ day, index: r.index, end: r.index + r.text.length, text: r.text, vague: false, rangeEnd });
  }
  return out;
}

/** Every single-day phrase in the text, left to right; overlapping phrases keep the longer one. */
export function findDates(text: string, today: DayNum): DateMatch[] {
  const lc = text.toLowerCase();
  const all: DateMatch[] = chronoDates(lc, today);
  for (const rule of DATE_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(lc); m; m = rule.re.exec(lc)) {
      const day = rule.resolve(m, today);
      if (day === null) continue;
      const pastDay = rule.past?.(m, today) ?? undefined;
      all.push({ day, index: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), vague: !!rule.vague, pastDay });
    }
  }
  all.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
  const kept: DateMatch[] = [];
  for (const d of all) if (!kept.some((k) => d.index < k.end && k.index < d.end)) kept.push(d);
  return kept.sort((a, b) => a.index - b.index);
}

/** "friday", "月底", "eod tmrw" … as YYYY-MM-DD in `ref.tz`; null when the phrase names no day. */
export function resolveDatePhrase(phrase: string, ref: DateRef): string | null {
  const found = findDates(phrase, todayIn(ref.now, ref.tz));
  const best = found.find((d) => !d.vague) ?? found[0];
  return best ? isoOf(best.day) : null;
}
