import { parseZhNumber } from '../lexicon/zh-numerals';
import { dayNum, monthEnd, partsOf, quarterOf, weekdayOf, mondayOf, type DayNum } from './calendar';
import { MONTHS, MONTH_RE } from './period-rules';

/**
 * Single-day phrases ("eod tmrw", "next Tuesday", "月底", "6/19", "下周三") as table rows.
 * chrono-node handles month-name dates (see chrono-dates.ts); these are the chat forms it
 * gets wrong or misses: it reads "last friday" forwards, "6/9" as next year, and has no 后天 or 月底.
 */
export interface DateRule {
  re: RegExp;
  /** A vague day ("next week") is a fallback: any precise day in the text wins over it. */
  vague?: boolean;
  resolve: (m: RegExpExecArray, today: DayNum) => DayNum | null;
  /** For a bare weekday, the latest one before today ("had a call on monday"). */
  past?: (m: RegExpExecArray, today: DayNum) => DayNum | null;
}

const EN_WEEKDAYS: Record<string, number> = {
  mon: 0, monday: 0, tue: 1, tues: 1, tuesday: 1, wed: 2, weds: 2, wednesday: 2, thu: 3, thur: 3, thurs: 3,
  thursday: 3, fri: 4, friday: 4, saturday: 5, sunday: 6,
};
const ZH_WEEKDAYS: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, '1': 0, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };
const NUM_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, couple: 2, few: 3 };
const ZH_N = '[0-9一二两三四五六七八九十]+';

/** A day-month named without a year: this year, unless that is long past (then next year). */
export function inferYear(month: number, day: number, today: DayNum): DayNum {
  const { y } = partsOf(today);
  const cand = dayNum(y, month, day);
  return cand < today - 60 ? dayNum(y + 1, month, day) : cand;
}

/** next = the weekday in next week; this = in this week; last = the latest before today; bare = the next one after today. */
export function weekdayDay(target: number, mode: string | undefined, today: DayNum): DayNum {
  const wd = weekdayOf(today);
  if (mode === 'next' || mode === '下') return mondayOf(today) + 7 + target;
  if (mode === 'this' || mode === '这' || mode === '本') return mondayOf(today) + target;
  if (mode === 'last' || mode === '上') return mode === '上' ? mondayOf(today) - 7 + target : today - (((wd - target + 6) % 7) + 1);
  if (mode === '下下') return mondayOf(today) + 14 + target;
  return today + (((target - wd + 6) % 7) + 1);
}

function monthEndFrom(word: string | undefined, today: DayNum): DayNum {
  const { y, m } = partsOf(today);
  const k = word?.trim() ?? '';
  return monthEnd(y, m + (/^(next|下)/.test(k) ? 1 : /^(last|上)/.test(k) ? -1 : 0));
}

function quarterEnd(q: number, today: DayNum, year?: number): DayNum {
  const { y, m } = partsOf(today);
  const end = monthEnd(year ?? y, q * 3);
  return !year && q < quarterOf(m) ? monthEnd(y + 1, q * 3) : end;
}

function namedMonthEnd(month: number, today: DayNum): DayNum {
  const last = partsOf(monthEnd(2001, month)).d; // month length outside leap years is enough to pick the year
  const day = inferYear(month, Math.min(last, 28), today);
  return monthEnd(partsOf(day).y, month);
}

export const DATE_RULES: DateRule[] = [
  { re: /\b(?:eod|end\s+of\s+(?:the\s+)?day|cob)\s+(?:tomorrow|tmrw|tmr|tmrow|2moro)\b/g, resolve: (_m, t) => t + 1 },
  { re: /\b(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw)\b/g, resolve: (_m, t) => t + 2 },
  { re: /\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|eod|end\s+of\s+(?:the\s+)?day|cob|close\s+of\s+business)\b/g, resolve: (_m, t) => t },
  { re: /\b(?:tomorrow|tmrw|tmr|tmrow|tomorow|tommorow|tommorrow|2moro|2morrow)\b/g, resolve: (_m, t) => t + 1 },
  { re: /\b(?:yesterday|yday|last\s+night)\b/g, resolve: (_m, t) => t - 1 },
  {
    re: /\b(?:(next|this|last|coming)\s+(?:week\s+)?)?(monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thur|thu|friday|fri|saturday|sunday)\b(\s+next\s+week)?/g,
    resolve: (m, t) => weekdayDay(EN_WEEKDAYS[m[2]], m[3] ? 'next' : m[1], t),
    past: (m, t) => (m[1] || m[3] ? null : weekdayDay(EN_WEEKDAYS[m[2]], 'last', t)),
  },
  {
    re: /\b(?:the\s+)?end\s+of\s+(?:the\s+)?(this\s+|next\s+|last\s+)?(?:month|mo)\b|\beom\b|\b(this\s+|next\s+|last\s+)?month(?:'s)?[\s-]end\b/g,
    resolve: (m, t) => monthEndFrom(m[1] ?? m[2], t),
  },
  {
    re: /\b(?:the\s+)?end\s+of\s+(?:the\s+)?(?:this\s+|current\s+)?(?:quarter|qtr)\b|\beoq\b|\bquarter[\s-]end\b/g,
    resolve: (_m, t) => quarterEnd(quarterOf(partsOf(t).m), t),
  },
  { re: /\b(?:the\s+)?end\s+of\s+(?:the\s+)?q([1-4])(?:\s+(\d{4}))?\b|\bq([1-4])\s+end\b/g, resolve: (m, t) => quarterEnd(Number(m[1] ?? m[3]), t, m[2] ? Number(m[2]) : undefined) },
  { re: /\b(?:the\s+)?end\s+of\s+(?:the\s+)?(?:this\s+)?(?:year|yr)\b|\beoy\b|\byear[\s-]end\b/g, resolve: (_m, t) => dayNum(partsOf(t).y, 12, 31) },
  { re: /\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:week|wk)\b|\beow\b/g, resolve: (_m, t) => mondayOf(t) + 4 },
  { re: new RegExp(`\\b(?:the\\s+)?end\\s+of\\s+(${MONTH_RE})\\b`, 'g'), resolve: (m, t) => namedMonthEnd(MONTHS[m[1]], t) },
  {
    re: /\bin\s+(\d+|an?|one|two|three|four|five|six|seven|ten|a\s+couple\s+of|a\s+few)\s+(days?|weeks?|business\s+days?)\b/g,
    resolve: (m, t) => {
      const n = NUM_WORDS[m[1].replace(/^a\s+|\s+of$/g, '')] ?? Number(m[1]);
      return t + (m[2].startsWith('week') ? 7 * n : n);
    },
  },
  { re: /\b(20\d{2})-(\d{1,2})-(\d{1,2})\b/g, resolve: (m) => dayNum(Number(m[1]), Number(m[2]), Number(m[3])) },
  {
    // US order month/day; a first part above 12 can only be a day ("15/7")
    re: /(?<![\d/.$£€#:+-])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/%])/g,
    resolve: (m, t) => {
      let [mo, d] = [Number(m[1]), Number(m[2])];
      if (m[0] === '24/7') return null;
      if (mo > 12) [mo, d] = [d, mo];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      if (m[3]) return dayNum(m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]), mo, d);
      return inferYear(mo, d, t);
    },
  },
  {
    re: new RegExp(`\\b(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTH_RE}))`, 'g'),
    resolve: (m, t) => dayOfMonth(Number(m[1]), t),
    // "had a call on the 8th" (on the 10th) reports this month's 8th
    past: (m, t) => {
      const { y, m: mo, d } = partsOf(t);
      const day = Number(m[1]);
      return day >= 1 && day < d ? dayNum(y, mo, day) : null;
    },
  },
  {
    // "1 Apr", "3rd of May 2026": chrono's strict parser misses some day-first forms
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b(?!(?<=may)\\s+(?:be|need|want|have|not|also|take|get|go|come|still|just|already|want)\\b)\\.?(?:,?\\s*(20\\d{2})\\b)?`, 'g'),
    resolve: (m, t) => {
      const d = Number(m[1]);
      const mo = MONTHS[m[2]];
      if (d < 1 || d > 31) return null;
      return m[3] ? dayNum(Number(m[3]), mo, d) : inferYear(mo, d, t);
    },
  },
  { re: /\bnext\s+week\b|\bearly\s+next\s+week\b/g, vague: true, resolve: (_m, t) => mondayOf(t) + 7 },
  { re: /\bnext\s+month\b/g, vague: true, resolve: (_m, t) => monthEnd(partsOf(t).y, partsOf(t).m) + 1 },
  // Chinese
  { re: /大后天/g, resolve: (_m, t) => t + 3 },
  { re: /后天/g, resolve: (_m, t) => t + 2 },
  { re: /今天|今日|今早|今晚|今儿|今天?上午|今天?下午/g, resolve: (_m, t) => t },
  { re: /明天|明早|明晚|明儿|明日/g, resolve: (_m, t) => t + 1 },
  { re: /前天/g, resolve: (_m, t) => t - 2 },
  { re: /昨天|昨日|昨晚/g, resolve: (_m, t) => t - 1 },
  {
    re: /(下下|这|本|下|上)?个?(?:周|星期|礼拜)(一(?!共|起|直|下|些|样|般|定|次|切|边|半|点|天)|[二三四五六日天1-7])/g,
    resolve: (m, t) => weekdayDay(ZH_WEEKDAYS[m[2]], m[1], t),
    past: (m, t) => (m[1] ? null : weekdayDay(ZH_WEEKDAYS[m[2]], 'last', t)),
  },
  { re: /(本|这个?|下个?|上个?)?月(?:底|末)/g, resolve: (m, t) => monthEndFrom(m[1], t) },
  {
    re: new RegExp(`(?<![\\d.])(${ZH_N})月(?:份)?(?:底|末)`, 'g'),
    resolve: (m, t) => {
      const mo = parseZhNumber(m[1]) ?? 0;
      return mo >= 1 && mo <= 12 ? namedMonthEnd(mo, t) : null;
    },
  },
  { re: /(?:本|这个?)?季度?(?:末|底)(?!\s*[1-4])/g, resolve: (_m, t) => quarterEnd(quarterOf(partsOf(t).m), t) },
  { re: /\bq([1-4])\s*(?:末|底|结束)|第?([一二三四])季度(?:末|底)/g, resolve: (m, t) => quarterEnd(m[1] ? Number(m[1]) : (parseZhNumber(m[2]) as number), t) },
  { re: /年底|年末|今年底/g, resolve: (_m, t) => dayNum(partsOf(t).y, 12, 31) },
  {
    re: new RegExp(`(?:(\\d{4})\\s*年\\s*)?(?<![\\d.])(${ZH_N})\\s*月\\s*(${ZH_N})\\s*[日号]?`, 'g'),
    resolve: (m, t) => {
      const mo = parseZhNumber(m[2]) ?? 0;
      const d = parseZhNumber(m[3]) ?? 0;
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return m[1] ? dayNum(Number(m[1]), mo, d) : inferYear(mo, d, t);
    },
  },
  {
    // "下个月15号", "本月20号": a day of a named month
    re: new RegExp(`(下个?|本|这个?)月\\s*(${ZH_N})\\s*[日号]`, 'g'),
    resolve: (m, t) => {
      const { y, m: mo } = partsOf(t);
      const d = parseZhNumber(m[2]) ?? 0;
      return d >= 1 && d <= 31 ? dayNum(y, mo + (m[1].startsWith('下') ? 1 : 0), d) : null;
    },
  },
  { re: new RegExp(`(?<![\\d月.])(${ZH_N})\\s*[号]`, 'g'), resolve: (m, t) => dayOfMonth(parseZhNumber(m[1]) ?? 0, t) },
  {
    re: new RegExp(`(${ZH_N})\\s*(天|周|个?星期|个?礼拜|个工作日)\\s*(?:后|之后|以后)`, 'g'),
    resolve: (m, t) => t + (parseZhNumber(m[1]) ?? 0) * (/天|日/.test(m[2]) ? 1 : 7),
  },
  { re: /下(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天1-7])/g, vague: true, resolve: (_m, t) => mondayOf(t) + 7 },
  { re: /下个?月(?!底|末|\d)/g, vague: true, resolve: (_m, t) => monthEnd(partsOf(t).y, partsOf(t).m) + 1 },
];

function dayOfMonth(d: number, today: DayNum): DayNum | null {
  if (d < 1 || d > 31) return null;
  const { y, m, d: cur } = partsOf(today);
  return d >= cur ? dayNum(y, m, d) : dayNum(y, m + 1, d);
}
