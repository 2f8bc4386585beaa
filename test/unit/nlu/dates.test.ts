import { understand, resolveDatePhrase, resolvePeriodPhrase, extractPeriods, findPeriods, todayIn, isoOf } from '../../../src/intents/nlu';
import { addMonths, dayNum, monthEnd, weekdayOf } from '../../../src/intents/nlu/dates/calendar';
import { inferYear, weekdayDay } from '../../../src/intents/nlu/dates/date-rules';
import { parseZhNumber } from '../../../src/intents/nlu/lexicon/zh-numerals';

// the dev set's clock: Wednesday 2026-06-10, UTC
const ref = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC' };
const ctx = { ...ref, region: 'US' };
const P = (start: string, end: string) => ({ start, end });

describe('single days from the date table, as due dates in our own sentences', () => {
  it.each([
    ['remind me to update the forecast today', '2026-06-10'],
    ['task: finish the slides by eod', '2026-06-10'],
    ['提醒我今天把报价发出去', '2026-06-10'],
    ['remind me tomorrow to call Summit Bank', '2026-06-11'],
    ['remind me tmrw to ping the Ortega Farms buyer', '2026-06-11'],
    ['remind me thursday to send the deck', '2026-06-11'],
    ['提醒我明天跟进合同', '2026-06-11'],
    ['remind me friday to chase the PO', '2026-06-12'],
    ['提醒我周五整理周报', '2026-06-12'],
    ['提醒我后天给客户回电', '2026-06-12'],
    ['remind me next monday to renew the NDA', '2026-06-15'],
    ['提醒我下周一发合同', '2026-06-15'],
    ['remind me next tuesday about the QBR', '2026-06-16'],
    ['提醒我下周三回访', '2026-06-17'],
    ['remind me at the end of month to close the books', '2026-06-30'],
    ['提醒我月底前提交报销', '2026-06-30'],
  ])('%s → due %s', (text, due) => {
    const r = understand(text, ctx);
    expect(r.intent).toBe('task.create');
    expect(r.entities.due).toBe(due);
  });

  it('reads "this morning" and "yesterday" as the day a call happened', () => {
    expect(understand('called Summit Bank this morning, all good', ctx).entities.date).toBe('2026-06-10');
    expect(understand('spoke with Ortega Farms yesterday about pricing', ctx).entities.date).toBe('2026-06-09');
    expect(understand('昨天和云杉科技的刘洋通了电话', ctx).entities.date).toBe('2026-06-09');
  });

  it('reads "end of Q3" as a close date', () => {
    expect(understand('new deal for Polaris Freight, 50k, closing end of Q3', ctx).entities.date).toBe('2026-09-30');
  });
});

describe('periods from the date table, in KPI questions of our own', () => {
  it.each([
    ['how many calls did we log this week', P('2026-06-08', '2026-06-14')],
    ['这周赢了多少单', P('2026-06-08', '2026-06-14')],
    ['本周新增商机数', P('2026-06-08', '2026-06-14')],
    ['tickets opened last week', P('2026-06-01', '2026-06-07')],
    ['上周的通话次数', P('2026-06-01', '2026-06-07')],
    ['win rate this month', P('2026-06-01', '2026-06-30')],
    ['本月的赢单金额', P('2026-06-01', '2026-06-30')],
    ['revenue won last month', P('2026-05-01', '2026-05-31')],
    ['deals won in May', P('2026-05-01', '2026-05-31')],
    ['上个月新增了多少客户', P('2026-05-01', '2026-05-31')],
    ['new deals in April', P('2026-04-01', '2026-04-30')],
    ['4月的工单量', P('2026-04-01', '2026-04-30')],
    ['pipeline this quarter', P('2026-04-01', '2026-06-30')],
    ['win rate in Q2', P('2026-04-01', '2026-06-30')],
    ['本季度的平均成交额', P('2026-04-01', '2026-06-30')],
    ['resolution time last quarter', P('2026-01-01', '2026-03-31')],
    ['deals won in Q1', P('2026-01-01', '2026-03-31')],
    ['上季度首次响应时间', P('2026-01-01', '2026-03-31')],
    ['avg deal size in H1', P('2026-01-01', '2026-06-30')],
    ['revenue won this year', P('2026-01-01', '2026-12-31')],
    ['今年的赢单率', P('2026-01-01', '2026-12-31')],
    ['new accounts last year', P('2025-01-01', '2025-12-31')],
    ['去年的销售额', P('2025-01-01', '2025-12-31')],
    ['calls logged today', P('2026-06-10', '2026-06-10')],
    ['tickets opened yesterday', P('2026-06-09', '2026-06-09')],
  ])('%s', (text, period) => {
    const r = understand(text, ctx);
    expect(r.intent).toBe('kpi.query');
    expect(r.entities.period).toEqual(period);
  });

  it('reads "X vs the week before" as the week before X', () => {
    const r = understand('new accounts last week vs the week before', ctx);
    expect(r.entities.period).toEqual(P('2026-06-01', '2026-06-07'));
    expect(r.entities.compare_period).toEqual(P('2026-05-25', '2026-05-31'));
  });

  it('puts the second period of a comparison in compare_period, in both languages', () => {
    expect(extractPeriods('win rate this quarter vs last quarter', 20614).compare_period).toEqual(P('2026-01-01', '2026-03-31'));
    expect(extractPeriods('今年的收入跟去年比', 20614).compare_period).toEqual(P('2025-01-01', '2025-12-31'));
    expect(extractPeriods('本月和上月对比', 20614).compare_period).toEqual(P('2026-05-01', '2026-05-31'));
    expect(extractPeriods('revenue in May and April', 20614).compare_period).toBeUndefined();
    expect(extractPeriods('no period here', 20614)).toEqual({});
  });
});

describe('resolvePeriodPhrase (shared with the KPI answers)', () => {
  it.each([
    ['this week', P('2026-06-08', '2026-06-14')],
    ['next week', P('2026-06-15', '2026-06-21')],
    ['上上周', P('2026-05-25', '2026-05-31')],
    ['next month', P('2026-07-01', '2026-07-31')],
    ['mtd', P('2026-06-01', '2026-06-10')],
    ['qtd', P('2026-04-01', '2026-06-10')],
    ['ytd', P('2026-01-01', '2026-06-10')],
    ['今年以来', P('2026-01-01', '2026-06-10')],
    ['next quarter', P('2026-07-01', '2026-09-30')],
    ['下季度', P('2026-07-01', '2026-09-30')],
    ['Q3 2025', P('2025-07-01', '2025-09-30')],
    ['2025 Q4', P('2025-10-01', '2025-12-31')],
    ["q1 '25", P('2025-01-01', '2025-03-31')],
    ['q4 last year', P('2025-10-01', '2025-12-31')],
    ['2025年Q3', P('2025-07-01', '2025-09-30')],
    ['第三季度', P('2026-07-01', '2026-09-30')],
    ['去年一季度', P('2025-01-01', '2025-03-31')],
    ['H2', P('2026-07-01', '2026-12-31')],
    ['first half of last year', P('2025-01-01', '2025-06-30')],
    ['second half', P('2026-07-01', '2026-12-31')],
    ['上半年', P('2026-01-01', '2026-06-30')],
    ['去年下半年', P('2025-07-01', '2025-12-31')],
    ['2024年上半年', P('2024-01-01', '2024-06-30')],
    ['next year', P('2027-01-01', '2027-12-31')],
    ['前年', P('2024-01-01', '2024-12-31')],
    ['in 2024', P('2024-01-01', '2024-12-31')],
    ['2024年', P('2024-01-01', '2024-12-31')],
    ['December', P('2025-12-01', '2025-12-31')],
    ['this july', P('2026-07-01', '2026-07-31')],
    ['next march', P('2027-03-01', '2027-03-31')],
    ['sept 2025', P('2025-09-01', '2025-09-30')],
    ['十二月', P('2025-12-01', '2025-12-31')],
    ['去年3月', P('2025-03-01', '2025-03-31')],
    ['last 30 days', P('2026-05-12', '2026-06-10')],
    ['past two weeks', P('2026-05-28', '2026-06-10')],
    ['last 3 months', P('2026-03-11', '2026-06-10')],
    ['最近7天', P('2026-06-04', '2026-06-10')],
    ['近两周', P('2026-05-28', '2026-06-10')],
    ['近三个月', P('2026-03-11', '2026-06-10')],
    ['the day before yesterday', P('2026-06-08', '2026-06-08')],
    ['前天', P('2026-06-08', '2026-06-08')],
    ['the month before', P('2026-04-01', '2026-04-30')],
    ['the quarter before', P('2025-10-01', '2025-12-31')],
    ['the year before', P('2024-01-01', '2024-12-31')],
  ])('%s', (phrase, period) => {
    expect(resolvePeriodPhrase(phrase, ref)).toEqual(period);
  });

  it('returns null for words that are not periods, and for "may" the verb', () => {
    expect(resolvePeriodPhrase('whenever', ref)).toBeNull();
    expect(resolvePeriodPhrase('we may need more time', ref)).toBeNull();
    expect(resolvePeriodPhrase('May vs April', ref)).toEqual(P('2026-05-01', '2026-05-31'));
  });

  it('resolves relative words against the previous quarter across a year boundary', () => {
    const jan = { now: new Date('2026-02-13T12:00:00Z'), tz: 'UTC' };
    expect(resolvePeriodPhrase('last quarter', jan)).toEqual(P('2025-10-01', '2025-12-31'));
    expect(findPeriods('Q1 vs the quarter before', todayIn(jan.now, jan.tz))[1].range.map(isoOf)).toEqual(['2025-10-01', '2025-12-31']);
  });

  it('uses whole days in the given time zone', () => {
    const lateUtc = new Date('2026-06-30T23:30:00Z');
    expect(resolvePeriodPhrase('this month', { now: lateUtc, tz: 'UTC' })).toEqual(P('2026-06-01', '2026-06-30'));
    expect(resolvePeriodPhrase('this month', { now: lateUtc, tz: 'Asia/Shanghai' })).toEqual(P('2026-07-01', '2026-07-31'));
    expect(resolvePeriodPhrase('today', { now: lateUtc, tz: 'America/Los_Angeles' })).toEqual(P('2026-06-30', '2026-06-30'));
    expect(resolvePeriodPhrase('today', { now: lateUtc, tz: 'Not/AZone' })).toEqual(P('2026-06-30', '2026-06-30'));
  });
});

describe('resolveDatePhrase', () => {
  it.each([
    ['eod tmrw', '2026-06-11'],
    ['the day after tomorrow', '2026-06-12'],
    ['this friday', '2026-06-12'],
    ['last friday', '2026-06-05'],
    ['coming monday', '2026-06-15'],
    ['monday next week', '2026-06-15'],
    ['wednesday', '2026-06-17'],
    ['上周五', '2026-06-05'],
    ['这周五', '2026-06-12'],
    ['下下周一', '2026-06-22'],
    ['星期天', '2026-06-14'],
    ['大后天', '2026-06-13'],
    ['end of next month', '2026-07-31'],
    ['end of the quarter', '2026-06-30'],
    ['end of year', '2026-12-31'],
    ['end of week', '2026-06-12'],
    ['end of July', '2026-07-31'],
    ['end of March', '2027-03-31'],
    ['下个月底', '2026-07-31'],
    ['7月底', '2026-07-31'],
    ['季度末', '2026-06-30'],
    ['Q3末', '2026-09-30'],
    ['三季度末', '2026-09-30'],
    ['年底', '2026-12-31'],
    ['in 3 days', '2026-06-13'],
    ['in two weeks', '2026-06-24'],
    ['in a couple of days', '2026-06-12'],
    ['3天后', '2026-06-13'],
    ['两周后', '2026-06-24'],
    ['2026-07-04', '2026-07-04'],
    ['7/31', '2026-07-31'],
    ['15/7', '2026-07-15'],
    ['6/9/2027', '2027-06-09'],
    ['1/15', '2027-01-15'],
    ['the 24th', '2026-06-24'],
    ['the 3rd', '2026-07-03'],
    ['June 30', '2026-06-30'],
    ['15 july', '2026-07-15'],
    ['30th of June, 2027', '2027-06-30'],
    ['6月18号', '2026-06-18'],
    ['八月十五日', '2026-08-15'],
    ['2027年1月5日', '2027-01-05'],
    ['25号', '2026-06-25'],
    ['next week', '2026-06-15'],
    ['下周', '2026-06-15'],
    ['next month', '2026-07-01'],
  ])('%s → %s', (phrase, iso) => {
    expect(resolveDatePhrase(phrase, ref)).toBe(iso);
  });

  it('returns null for text without a day, and skips "24/7" and impossible dates', () => {
    expect(resolveDatePhrase('sometime soon', ref)).toBeNull();
    expect(resolveDatePhrase('support is 24/7', ref)).toBeNull();
    expect(resolveDatePhrase('13/13', ref)).toBeNull();
    expect(resolveDatePhrase('13月40日', ref)).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('knows month ends, weekdays and month steps', () => {
    expect(isoOf(monthEnd(2028, 2))).toBe('2028-02-29');
    expect(weekdayOf(dayNum(2026, 6, 10))).toBe(2);
    expect(isoOf(addMonths(dayNum(2026, 3, 31), -1))).toBe('2026-02-28');
    expect(isoOf(inferYear(1, 15, dayNum(2026, 12, 20)))).toBe('2027-01-15');
    expect(isoOf(weekdayDay(4, '下下', dayNum(2026, 6, 10)))).toBe('2026-06-26');
  });

  it('reads Chinese numerals', () => {
    expect(parseZhNumber('三十')).toBe(30);
    expect(parseZhNumber('两')).toBe(2);
    expect(parseZhNumber('一万五')).toBe(15000);
    expect(parseZhNumber('一千零五')).toBe(1005);
    expect(parseZhNumber('3千')).toBe(3000);
    expect(parseZhNumber('一亿')).toBe(100_000_000);
    expect(parseZhNumber('1.5')).toBe(1.5);
    expect(parseZhNumber('')).toBeNull();
    expect(parseZhNumber('abc')).toBeNull();
  });
});
