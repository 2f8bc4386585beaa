import * as chrono from 'chrono-node';

/**
 * The due date of a commitment ("by Thursday", "this week", "下周三之前") as YYYY-MM-DD in the
 * caller's time zone. chrono-node reads the words (English and Simplified Chinese); the rules here
 * only choose which of several time words is the deadline and what "this week" means for a task.
 */
export interface DueResolution {
  /** The words that said when, as in the sentence. */
  phrase: string;
  /** Resolved date, only when `now` is known. */
  date?: string;
}

const DEADLINE_BEFORE = /\b(?:by|before|until|till|no later than|due|on|for the week of|the week of|end of)\s+$/i;
const DEADLINE_AFTER_ZH = /^\s*(?:之前|以前|前|内|以内|截止)/u;
const RELATIVE_DAY = /^(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|month)|next (?:week|month)|end of (?:the )?(?:day|week|month)|eod|eow|今天|今晚|今日|明天|明早|后天|这周|本周|下周|这个月|本月|下个月|月底|周末)/iu;
const PAST_CONTEXT = /\b(?:last|since|from|was|were|happened|ago)\s+$/i;
const THIS_WEEK = /^(?:this week|这周|本周|这个星期|这礼拜)$/iu;
const SAME_DAY = /^(?:today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day|eod|今天|今晚|今日|今早)/u;
const NEXT_DAY = /^(?:tomorrow|明天|明早|明晚)/u;
const DAY_AFTER = /^(?:the day after tomorrow|后天)/u;
const DAY_OF_MONTH = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/i;

/** Minutes east of UTC for the zone at that instant, the form chrono's reference expects. */
export function offsetMinutes(at: Date, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(at);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** The calendar day of `at` in `tz`. */
export function localDate(at: Date, tz: string): { y: number; m: number; d: number; weekday: number } {
  const shifted = new Date(at.getTime() + offsetMinutes(at, tz) * 60000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate(), weekday: shifted.getUTCDay() };
}

function addDays(y: number, m: number, d: number, days: number): string {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Could this name a time at all? A cheap test before chrono, which is slow on long sentences. */
export const TIME_WORDS =
  /\b(?:today|tonight|tomorrow|morning|afternoon|evening|week|month|quarter|year|end of|eod|eow|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d|[今明后昨]天|今晚|今早|周|星期|礼拜|月|号|日|之前|以前/iu;
const TIME_WORDS_ALL = new RegExp(TIME_WORDS.source, 'giu');
const WINDOW = 28;

/** chrono on short windows around time words: the same readings, a fraction of the time on long text. */
function parseWindows(parser: chrono.Chrono, sentence: string, ref: chrono.ParsingReference): Array<{ text: string; index: number; result: chrono.ParsedResult }> {
  const spans: Array<[number, number]> = [];
  for (const m of sentence.matchAll(TIME_WORDS_ALL)) {
    const start = Math.max(0, m.index - WINDOW);
    const end = Math.min(sentence.length, m.index + m[0].length + WINDOW);
    const last = spans[spans.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  const out: Array<{ text: string; index: number; result: chrono.ParsedResult }> = [];
  for (const [start, end] of spans) {
    // Widen to word boundaries so a window never starts or ends inside a word.
    const s = sentence.lastIndexOf(' ', start) + 1 || 0;
    const e0 = sentence.indexOf(' ', end);
    const e = e0 < 0 ? sentence.length : e0;
    for (const r of parser.parse(sentence.slice(s, e), ref, { forwardDate: true })) out.push({ text: r.text, index: s + r.index, result: r });
  }
  return out;
}

interface Candidate {
  text: string;
  index: number;
  result: chrono.ParsedResult;
  rank: number;
}

/** The deadline said in a sentence; undefined when it names no time. */
export function resolveDue(sentence: string, language: 'en' | 'zh', now?: Date, tz = 'UTC'): DueResolution | undefined {
  // chrono reads against noon of the local calendar day (as UTC), so its day fields are the caller's
  // calendar days whatever the zone and hour; without `now` the reference only serves to find the words.
  const day = now ? localDate(now, tz) : { y: 2000, m: 1, d: 3 };
  const ref = new Date(Date.UTC(day.y, day.m - 1, day.d, 12));
  const parser = language === 'zh' ? chrono.zh.hans.casual : chrono.en.casual;
  const results = parseWindows(parser, sentence, { instant: ref, timezone: 0 });
  const candidates: Candidate[] = results
    // "now" and frequencies ("$18,000 a year") are not deadlines.
    .filter((r) => !/^(?:now|现在|目前|刚才|(?:a|an|one|per|each|every)\s+(?:day|week|month|quarter|year))$/iu.test(r.text.trim()))
    // Chinese readings without a day, week or month word ("第一时间") are not dates.
    .filter((r) => language !== 'zh' || /[天晚早周月日号前午礼拜星期年]|\d/u.test(r.text))
    .map((r) => {
      const before = sentence.slice(0, r.index);
      const after = sentence.slice(r.index + r.text.length);
      let rank = 1;
      if (DEADLINE_BEFORE.test(before) || DEADLINE_AFTER_ZH.test(after)) rank = 3;
      else if (RELATIVE_DAY.test(r.text.trim())) rank = 2;
      else if (PAST_CONTEXT.test(before) || /^\s*(?:的|了)/u.test(after)) rank = 0;
      return { ...r, rank };
    });
  if (!candidates.length) return undefined;
  const best = candidates.reduce((a, b) => (b.rank > a.rank ? b : a));
  if (best.rank === 0) return undefined;
  const phrase = best.text.trim();
  if (!now) return { phrase };
  return { phrase, date: toDate(best, sentence, now, tz) };
}

function toDate(c: Candidate, sentence: string, now: Date, tz: string): string {
  const today = localDate(now, tz);
  const words = c.text.trim().toLowerCase();
  const shift = SAME_DAY.test(words) ? 0 : NEXT_DAY.test(words) ? 1 : DAY_AFTER.test(words) ? 2 : undefined;
  if (shift !== undefined) return addDays(today.y, today.m, today.d, shift);
  if (THIS_WEEK.test(c.text.trim())) {
    // "this week" as a deadline means its working end: Friday (or today when it is already the weekend).
    const toFriday = (5 - today.weekday + 7) % 7;
    return today.weekday === 6 || today.weekday === 0 ? ymd(today.y, today.m, today.d) : addDays(today.y, today.m, today.d, toFriday);
  }
  const dom = DAY_OF_MONTH.exec(sentence.slice(c.index, c.index + c.text.length + 12));
  if (dom && !c.result.start.isCertain('day')) {
    // "Friday the 30th": the next day of the month numbered 30.
    const day = Number(dom[1]);
    for (let i = 0; i < 62; i++) {
      const cand = addDays(today.y, today.m, today.d, i);
      if (Number(cand.slice(8)) === day) return cand;
    }
  }
  const s = c.result.start;
  return ymd(s.get('year')!, s.get('month')!, s.get('day')!);
}
