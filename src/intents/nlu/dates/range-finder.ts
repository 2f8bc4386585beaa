import { parseZhNumber } from '../lexicon/zh-numerals';
import { dayNum, partsOf, type DayNum, type Range } from './calendar';
import { findDates, type DateMatch } from './date-finder';
import type { PeriodMatch } from './date-types';

/**
 * Spans people spell out between two ends ("between March 1 and March 15, 2026", "3/1 to 3/15",
 * "3月1日到15日", "from January through March", "since April") and "so far" cut-offs
 * ("this quarter so far", "本季度到目前为止"). The period rules name whole units; these join,
 * open or cut them.
 */

// only text with a digit or a month word and a joining word can hold a span: skips the date scan on most messages
const SPAN_GATE = /\b(?:between|from|since|to|through|thru|until|till)\b|[-–—~～到至起以迄]/;
const JOIN = /^\s*(?:-|–|—|~|～|to|through|thru|until|till|and|到|至|一直到|直到)\s*$/i;
const OPEN_END = /^\s*(?:(?:up\s+)?(?:to|until|till|through)\s+(?:date|now|today)|以来|至今|到现在|到今天|到目前(?:为止)?|迄今)/i;
const SINCE = /(?:\bsince|自从?|从)\s*$/i;
const FORWARD = /\b(?:clos\w*|due|expected|next|upcoming|forecast|scheduled)\b|预计|将要|下个|下季度|到期/i;
const TAIL_ZH_DAY = new RegExp(`^\\s*(?:到|至|-|–|~|～)\\s*([0-9一二三四五六七八九十]{1,3})\\s*[日号]`);
const TAIL_SLASH = /^\s*(?:-|–|~|to|through|thru|until|till|到|至)\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/i;
const TAIL_EN_DAY = /^\s*(?:-|–|to|through|thru|until|till)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[/:.]|\s*(?:min|hour|h\b|am|pm|%))/i;
const HAS_YEAR = /\b(?:19|20)\d{2}\b|\d{2,4}\s*年|\d\/\d{1,2}\/\d{2,4}\b/;
export const SO_FAR = /\bso\s+far\b|\bto\s+date\b|\bthus\s+far\b|\b(?:up\s+)?(?:to|until|till)\s+(?:now|today)\b|到目前(?:为止)?|截(?:至|止)(?:到)?(?:目前|今天|现在)|迄今(?:为止)?|至今|到现在(?:为止)?|目前为止|到今天为止/i;

const day = (index: number, end: number, text: string, range: Range): PeriodMatch => ({ range, index, end, text: text.slice(index, end), unit: 'day' });

/** The year written in a date phrase (the parsed one for "3/1/26"), if any. */
function writtenYear(s: string, parsed: number): number | undefined {
  const full = /\b((?:19|20)\d{2})\b/.exec(s);
  return full ? Number(full[1]) : HAS_YEAR.test(s) ? parsed : undefined;
}

/** The span's year: written on either end, else this year (the previous one when a past span would lie ahead). */
function placeSpan(a: DateMatch, endText: string, endDay: DayNum, whole: string, today: DayNum): Range {
  const pa = partsOf(a.day);
  const pb = partsOf(endDay);
  const bYear = writtenYear(endText, pb.y);
  const aYear = a.rangeEnd === undefined ? writtenYear(a.text, pa.y) : undefined;
  const y = bYear ?? aYear ?? partsOf(today).y;
  let start = dayNum(aYear ?? y, pa.m, pa.d);
  let end = dayNum(y, pb.m, pb.d);
  if (start > end && aYear === undefined) start = dayNum(y - 1, pa.m, pa.d);
  // with no year written, a span still ahead is last year's unless the text looks forward ("closing between …")
  if (aYear === undefined && bYear === undefined && start > today && !FORWARD.test(whole)) {
    start = dayNum(partsOf(start).y - 1, pa.m, pa.d);
    end = dayNum(partsOf(end).y - 1, pb.m, pb.d);
  }
  return [start, end];
}

/** The latest day with this month and day not after today ("since March 1" looks back). */
function pastDay(d: DayNum, today: DayNum): DayNum {
  const { m, d: dd } = partsOf(d);
  const y = partsOf(today).y;
  const cand = dayNum(y, m, dd);
  return cand > today ? dayNum(y - 1, m, dd) : cand;
}

/** Day-to-day spans found among the single dates of the text. */
function daySpans(text: string, lc: string, today: DayNum): PeriodMatch[] {
  const dates = findDates(text, today).filter((d) => !d.vague);
  const out: PeriodMatch[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    if (a.rangeEnd !== undefined) {
      out.push(day(a.index, a.end, text, placeSpan(a, a.text, a.rangeEnd, lc, today)));
      continue;
    }
    const b = dates[i + 1];
    const gap = b ? lc.slice(a.end, b.index) : '';
    if (b && JOIN.test(gap) && (!/\band\b/.test(gap) || /\bbetween\s*$/.test(lc.slice(0, a.index)))) {
      out.push(day(a.index, b.end, text, placeSpan(a, b.text + lc.slice(b.end, b.end + 6), b.day, lc, today)));
      i++;
      continue;
    }
    const after = lc.slice(a.end);
    const slash = /\//.test(a.text) ? TAIL_SLASH.exec(after) : null;
    if (slash) {
      const endText = slash[0];
      const yy = slash[3] ? (slash[3].length === 2 ? 2000 + Number(slash[3]) : Number(slash[3])) : 2000;
      out.push(day(a.index, a.end + slash[0].length, text, placeSpan(a, endText, dayNum(yy, Number(slash[1]), Number(slash[2])), lc, today)));
      continue;
    }
    const tail = TAIL_ZH_DAY.exec(after) ?? (/[a-z]/.test(a.text) ? TAIL_EN_DAY.exec(after) : null);
    const d = tail ? (parseZhNumber(tail[1]) ?? 0) : 0;
    if (tail && d >= 1 && d <= 31) {
      const { y, m } = partsOf(a.day);
      out.push(day(a.index, a.end + tail[0].length, text, placeSpan(a, a.text, dayNum(y, m, d), lc, today)));
      continue;
    }
    const open = OPEN_END.exec(after);
    if (open || SINCE.test(lc.slice(0, a.index))) {
      const from = writtenYear(a.text, 0) ? a.day : pastDay(a.day, today);
      if (from <= today) out.push(day(a.index, a.end + (open ? open[0].length : 0), text, [from, today]));
    }
  }
  return out;
}

const UNIT_JOIN = /^\s*(?:-|–|—|~|～|to|through|thru|until|till|到|至|一直到)\s*$/i;
const COMPARE_ANY = /\b(?:compare|compared|comparison|vs\.?|versus|against|stack\s+up|differ\w*|change[sd]?|growth)\b|对比|比较|相比|变化|增长/i;

/** Joins, opens and cuts the unit periods of a text: see the file comment. */
export function refinePeriods(text: string, today: DayNum, periods: PeriodMatch[]): PeriodMatch[] {
  const lc = text.toLowerCase();
  let list = periods;
  if (/\d/.test(lc) && SPAN_GATE.test(lc)) {
    const spans = daySpans(text, lc, today);
    if (spans.length) {
      list = [...spans, ...list.filter((p) => !spans.some((s) => p.index < s.end && s.index < p.end))].sort((a, b) => a.index - b.index);
    }
  }
  list = joinUnits(text, lc, today, list);
  if (SO_FAR.test(lc)) list = list.map((p) => (p.range[0] <= today && today <= p.range[1] ? { ...p, range: [p.range[0], today] } : p));
  return list;
}

function joinUnits(text: string, lc: string, today: DayNum, list: PeriodMatch[]): PeriodMatch[] {
  const out: PeriodMatch[] = [];
  const comparing = COMPARE_ANY.test(lc) && list.length < 3;
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const q = list[i + 1];
    const gap = q ? lc.slice(p.end, q.index) + (/^(?:to|through|thru|until|till|and)\b/.exec(q.text.toLowerCase())?.[0] ?? '') : '';
    if (q && !comparing && p.unit !== 'day' && q.unit === p.unit && (UNIT_JOIN.test(gap) || (/^\s*and\s*$/.test(gap) && /\bbetween\s*$/.test(lc.slice(0, p.index))))) {
      const end = inheritYear(p, q).range[1];
      if (end > p.range[0]) {
        out.push({ ...p, end: q.end, text: text.slice(p.index, q.end), range: [p.range[0], end], unit: 'day' });
        i++;
        continue;
      }
    }
    const since = /^since\b/.test(p.text.toLowerCase()) || SINCE.test(lc.slice(0, p.index)) || /^\s*(?:以来|至今)/.test(lc.slice(p.end));
    out.push(since && p.range[0] <= today && p.unit !== 'day' ? { ...p, range: [p.range[0], today] } : p);
  }
  return out;
}

const WRITTEN_YEAR = /(?:19|20)\d{2}|'\d{2}|年/;
const RELATIVE = /\b(?:this|last|next|previous|prev|past|current)\b|[上下本这当去今明前]/;

/** "2025年4月和3月", "Q2 2025 vs Q1": a bare second month or quarter takes the year written on the first. */
export function inheritYear(first: PeriodMatch, second: PeriodMatch): PeriodMatch {
  if (!WRITTEN_YEAR.test(first.text) || WRITTEN_YEAR.test(second.text) || RELATIVE.test(second.text.toLowerCase())) return second;
  if (second.unit !== 'month' && second.unit !== 'quarter' && second.unit !== 'half') return second;
  const dy = partsOf(first.range[0]).y - partsOf(second.range[0]).y;
  return dy ? { ...second, range: shiftYears(second.range, dy) } : second;
}

/** The same span n years away; a month-end stays a month-end (Feb 29 → Feb 28). */
export function shiftYears(r: Range, n: number): Range {
  const move = (d: DayNum, isEnd: boolean): DayNum => {
    const { y, m, d: dd } = partsOf(d);
    const last = partsOf(dayNum(y + n, m + 1, 0)).d;
    const monthEnd = partsOf(d + 1).d === 1;
    return dayNum(y + n, m, isEnd && monthEnd ? last : Math.min(dd, last));
  };
  return [move(r[0], false), move(r[1], true)];
}
