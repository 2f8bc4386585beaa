import { parseZhNumber } from '../lexicon/zh-numerals';
import {
  addMonths, halfRange, monthRange, partsOf, quarterOf, quarterRange, weekRange, yearRange,
  type DayNum, type Range,
} from './calendar';

/**
 * Period phrases in English and Chinese as table rows. chrono-node resolves dates, not spans
 * such as "last quarter", "H1" or "上半年", so spans are hand-written rules over calendar days.
 */
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

export interface PeriodRule {
  re: RegExp;
  unit: Unit;
  /** A relative phrase ("the week before") resolves against the period named before it. */
  relative?: boolean;
  resolve: (m: RegExpExecArray, today: DayNum, prev?: Range) => Range | null;
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
export const MONTH_RE = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const NUM_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, thirty: 30, sixty: 60, ninety: 90 };

const yearOf = (today: DayNum) => partsOf(today).y;
const ORDINAL_Q: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const shift = (word: string | undefined): number =>
  !word ? 0 : /^(last|previous|prev|past|上|去|上一)/.test(word) ? -1 : /^(next|下|明)/.test(word) ? 1 : /^前/.test(word) ? -2 : 0;
const twoDigitYear = (y: string | undefined): number | undefined => (y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : undefined);

/** A month named without a year is the latest one not after this month (periods look back). */
function monthYear(month: number, today: DayNum, explicit?: number, rel?: string): number {
  if (explicit) return explicit;
  const { y, m } = partsOf(today);
  if (rel === 'next') return month > m ? y : y + 1;
  if (rel === 'this') return y;
  return month > m ? y - 1 : y;
}

function yearWord(word: string | undefined, digits: string | undefined, today: DayNum): number {
  if (digits) return Number(digits);
  return yearOf(today) + shift(word);
}

// "这周一共" is "this week, in all", not "this Monday"
const zhWeekday = '(?:一(?!共|起|直|下|些|样|般|定|次|切|边|半|点|天)|[二三四五六日天1-7])';
const ZH_N = '[0-9一二两三四五六七八九十]+';

export const PERIOD_RULES: PeriodRule[] = [
  // relative to the period before: "last week vs the week before"
  {
    re: /\bthe\s+(week|month|quarter|year)\s+before(?:\s+(?:that|last))?\b|\bthe\s+(?:previous|prior)\s+(week|month|quarter|year)\b/g,
    unit: 'week', relative: true,
    resolve: (m, today, prev) => {
      const unit = m[1] ?? m[2];
      // with nothing named before it, "the week before" is the one before last week (and so on)
      const { y: ty, m: tm } = partsOf(today);
      const last: Record<string, Range> = {
        week: weekRange(today - 7),
        month: monthRange(ty, tm - 1),
        quarter: quarterOf(tm) === 1 ? quarterRange(ty - 1, 4) : quarterRange(ty, quarterOf(tm) - 1),
        year: yearRange(ty - 1),
      };
      const base = prev ?? last[unit];
      const { y, m: mo } = partsOf(base[0]);
      if (unit === 'week') return weekRange(base[0] - 7);
      if (unit === 'month') return monthRange(y, mo - 1);
      if (unit === 'quarter') return quarterOf(mo) === 1 ? quarterRange(y - 1, 4) : quarterRange(y, quarterOf(mo) - 1);
      return yearRange(y - 1);
    },
  },
  { re: /上上(?:周|个?星期|个?礼拜)(?!\s*[一二三四五六日天1-7])/g, unit: 'week', resolve: (_m, t) => weekRange(t - 14) },
  {
    re: /\b(this|current|last|previous|prev|past|next)\s+(?:work\s*)?(?:week|wk)\b/g, unit: 'week',
    resolve: (m, t) => weekRange(t + 7 * shift(m[1])),
  },
  {
    re: new RegExp(`(这|本|上|下)(?:个|一)?(?:周|星期|礼拜)(?!${zhWeekday}|末)`, 'g'), unit: 'week',
    resolve: (m, t) => weekRange(t + 7 * shift(m[1])),
  },
  { re: /\b(?:this|current|last|previous|prev|past|next)\s+month\b|\bmtd\b|\bmonth[\s-]to[\s-]date\b/g, unit: 'month', resolve: resolveMonthWord },
  { re: /(本|这|上|下|当)(?:个|一)?月(?!底|末|初|中|\d|[一二三四五六七八九十]+[日号])(?:份)?/g, unit: 'month', resolve: resolveMonthWord },
  {
    re: /\b(this|current|last|previous|prev|next)\s+(?:quarter|qtr)\b|\bqtd\b/g, unit: 'quarter',
    resolve: (m, t) => {
      const { y, m: mo } = partsOf(t);
      if (m[0] === 'qtd') return [quarterRange(y, quarterOf(mo))[0], t];
      const q = quarterOf(mo) + shift(m[1]);
      return q < 1 ? quarterRange(y - 1, 4) : q > 4 ? quarterRange(y + 1, 1) : quarterRange(y, q);
    },
  },
  {
    re: /(本|这|上|下|当)(?:个|一)?季(?:度)?(?!末|底|初)/g, unit: 'quarter',
    resolve: (m, t) => {
      const { y, m: mo } = partsOf(t);
      const q = quarterOf(mo) + shift(m[1]);
      return q < 1 ? quarterRange(y - 1, 4) : q > 4 ? quarterRange(y + 1, 1) : quarterRange(y, q);
    },
  },
  {
    re: /(?:\b(\d{4})\s*|(?:(\d{4})年|(今年|去年|明年)的?))?\bq([1-4])\b(?:\s*(?:of\s+)?(?:'?(\d{2})\b|(\d{4})\b|(this|last|next)\s+year))?/g, unit: 'quarter',
    resolve: (m, t) => quarterRange(m[1] || m[2] ? Number(m[1] || m[2]) : twoDigitYear(m[5] || m[6]) ?? yearWord(m[3] ?? m[7], undefined, t), Number(m[4])),
  },
  {
    re: /(?:(\d{4})年|(今年|去年|明年)的?)?第?([一二三四1-4])季度(?!末|底)/g, unit: 'quarter',
    resolve: (m, t) => quarterRange(yearWord(m[2], m[1], t), parseZhNumber(m[3]) as number),
  },
  {
    re: /\b(?:(this|last|next)\s+year'?s\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b(?:\s*(?:of\s+)?(?:(?:the\s+)?(this|last|next)\s+year|(\d{4})\b))?/g, unit: 'quarter',
    resolve: (m, t) => quarterRange(yearWord(m[1] ?? m[3], m[4], t), ORDINAL_Q[m[2]]),
  },
  {
    // "今年前五个月", "first 5 months of 2025": from January to the end of month n
    re: new RegExp(`(?:(\\d{4})年|(今年|去年|明年)的?)?前(${ZH_N})个月|\\bfirst\\s+(\\d+|${Object.keys(NUM_WORDS).join('|')})\\s+months\\b(?:\\s*(?:of\\s+)?(?:(?:the\\s+)?(this|last|next)\\s+year|(\\d{4})\\b))?`, 'g'), unit: 'month',
    resolve: (m, t) => {
      const n = m[3] ? (parseZhNumber(m[3]) ?? 0) : (NUM_WORDS[m[4]] ?? Number(m[4]));
      if (n < 1 || n > 12) return null;
      const y = yearWord(m[2] ?? m[5], m[1] ?? m[6], t);
      return [yearRange(y)[0], monthRange(y, n)[1]];
    },
  },
  {
    re: /\b(?:(this|last|next)\s+year'?s\s+)?(?:h([12])|(first|second|1st|2nd)\s+half)\b(?:\s*(?:of\s+)?(?:(?:the\s+)?(this|last|next)\s+year|(\d{4})\b))?/g, unit: 'half',
    resolve: (m, t) => halfRange(yearWord(m[1] ?? m[4], m[5], t), m[2] ? Number(m[2]) : /^(first|1st)$/.test(m[3]) ? 1 : 2),
  },
  {
    re: /(?:(\d{4})年|(今年|去年|明年|前年))?的?(上|下)半年/g, unit: 'half',
    resolve: (m, t) => halfRange(yearWord(m[2], m[1], t), m[3] === '上' ? 1 : 2),
  },
  {
    re: /\b(this|current|last|previous|prev|past|next)\s+(?:year|yr)\b|\bytd\b|\byear[\s-]to[\s-]date\b/g, unit: 'year',
    resolve: (m, t) => (/ytd|to.date/.test(m[0]) ? [yearRange(yearOf(t))[0], t] : yearRange(yearOf(t) + shift(m[1]))),
  },
  { re: /今年以来|年初至今|年初到现在/g, unit: 'year', resolve: (_m, t) => [yearRange(yearOf(t))[0], t] },
  {
    re: /(今年|本年度?|去年|上一?年度?|明年|前年)(?![\d一二三四五六七八九十]+月|上半年|下半年|第?[一二三四1-4]季度|q[1-4]|同期)/g, unit: 'year',
    resolve: (m, t) => yearRange(yearOf(t) + (/^(今|本)/.test(m[1]) ? 0 : shift(m[1]))),
  },
  // a bare year is a period only beside a comparison: "2025 vs 2024", "compared with 2024"
  {
    re: /(?<![\d/.$£€#:-])\b(20\d{2})\b(?=\s*(?:vs\.?|versus|compared|against)\b)|(?<=\b(?:vs\.?|versus|compared\s+(?:to|with)|against|than|fy)\s*)\b(20\d{2})\b(?![/-]|\s*年)/g, unit: 'year',
    resolve: (m) => yearRange(Number(m[1] ?? m[2])),
  },
  { re: /(?<![\d/.-])(20\d{2})\s*年(?!\s*\d{1,2}\s*月|上半年|下半年|第?[一二三四1-4]季度|q[1-4])|\b(?:in|for|during|of)\s+(20\d{2})\b(?![/-])/g, unit: 'year', resolve: (m) => yearRange(Number(m[1] ?? m[2])) },
  {
    // "may" is also a verb: as a month it needs a preposition before it or a year after it
    re: new RegExp(`(?<!end\\s+of\\s+(?:the\\s+)?|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)\\b(?:(in|during|for|since|of|last|this|next|vs\\.?|versus|and|to|from|thru|through|than)\\s+)?(${MONTH_RE})\\b(?:\\s*(?:'(\\d{2})|(\\d{4})))?(?!\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)`, 'g'),
    unit: 'month',
    resolve: (m, t) => {
      const word = m[2];
      const after = m.input.slice(m.index + m[0].length);
      const bare = !m[1] && !m[3] && !m[4] && !/^\s*(?:vs\b|versus|compared|[?.!,;]|$)/.test(after);
      if ((word === 'may' || word === 'mar' || word === 'jan') && bare) return null;
      const mo = MONTHS[word];
      return monthRange(monthYear(mo, t, twoDigitYear(m[3] || m[4]), m[1]), mo);
    },
  },
  {
    re: /(?:(\d{4})年|(今年|去年|明年)的?)?(?<![\d.])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?!\s*[\d一二三四五六七八九十]+\s*[日号]|底|末|初|中|旬)/g, unit: 'month',
    resolve: (m, t) => {
      const mo = parseZhNumber(m[3]) as number;
      const explicit = m[1] ? Number(m[1]) : m[2] ? yearWord(m[2], undefined, t) : undefined;
      return monthRange(monthYear(mo, t, explicit), mo);
    },
  },
  {
    re: new RegExp(`\\b(?:last|past|previous|trailing)\\s+(\\d+|${Object.keys(NUM_WORDS).join('|')})\\s+(days?|weeks?|months?)\\b`, 'g'), unit: 'day',
    resolve: (m, t) => rolling(NUM_WORDS[m[1]] ?? Number(m[1]), m[2], t),
  },
  {
    re: new RegExp(`(?:最近|近|过去)的?(${ZH_N})(天|日|周|个?星期|个?礼拜|个月)`, 'g'), unit: 'day',
    resolve: (m, t) => rolling(parseZhNumber(m[1]) ?? 1, /天|日/.test(m[2]) ? 'day' : /月/.test(m[2]) ? 'month' : 'week', t),
  },
  { re: /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b|今天|今日|今早|今晚|今儿/g, unit: 'day', resolve: (_m, t) => [t, t] },
  { re: /\bthe\s+day\s+before\s+yesterday\b|前天/g, unit: 'day', resolve: (_m, t) => [t - 2, t - 2] },
  { re: /\byesterday\b|昨天|昨日|昨晚/g, unit: 'day', resolve: (_m, t) => [t - 1, t - 1] },
];

function resolveMonthWord(m: RegExpExecArray, t: DayNum): Range {
  const { y, m: mo } = partsOf(t);
  if (/mtd|to.date/.test(m[0])) return [monthRange(y, mo)[0], t];
  const word = m[1] ?? m[0].split(/\s+/)[0];
  return monthRange(y, mo + shift(word));
}

function rolling(n: number, unit: string, t: DayNum): Range {
  if (unit.startsWith('day')) return [t - n + 1, t];
  if (unit.startsWith('week')) return [t - 7 * n + 1, t];
  return [addMonths(t, -n) + 1, t];
}
