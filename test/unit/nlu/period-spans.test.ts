import { understand } from '../../../src/intents/nlu';
import { dayNum } from '../../../src/intents/nlu/dates/calendar';
import { findPeriods } from '../../../src/intents/nlu/dates/period-finder';
import { shiftYears } from '../../../src/intents/nlu/dates/range-finder';

// now = Wednesday 2026-06-10, as in the dev set
const ctx = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };
const p = (start: string, end: string) => ({ start, end });
const kpi = (text: string) => {
  const r = understand(text, ctx);
  return { intent: r.intent, period: r.entities.period, compare: r.entities.compare_period };
};

const Q1 = p('2026-01-01', '2026-03-31');
const Q2 = p('2026-04-01', '2026-06-30');
const MAY = p('2026-05-01', '2026-05-31');
const JUNE = p('2026-06-01', '2026-06-30');

describe('comparisons between two named periods: the first is period, the second compare_period', () => {
  it.each([
    ['Compare the win rate in Q2 2026 with Q1 2026.', Q2, Q1],
    ['Compare new deals in March and April 2026', p('2026-03-01', '2026-03-31'), p('2026-04-01', '2026-04-30')],
    ['win rate this quarter versus last quarter', Q2, Q1],
    ['How does this month\'s revenue compare with last month?', JUNE, MAY],
    ['new accounts: Q1 versus Q4 2025', Q1, p('2025-10-01', '2025-12-31')],
    ['win rate 2025 vs 2024', p('2025-01-01', '2025-12-31'), p('2024-01-01', '2024-12-31')],
    ['How did resolution time in Q4 2025 stack up against Q1 2026?', p('2025-10-01', '2025-12-31'), Q1],
    ['Q2 2025 vs Q1 revenue', p('2025-04-01', '2025-06-30'), p('2025-01-01', '2025-03-31')],
    ['对比一下2026年4月和3月新建的商机数', p('2026-04-01', '2026-04-30'), p('2026-03-01', '2026-03-31')],
    ['2025年4月和3月的赢单数对比', p('2025-04-01', '2025-04-30'), p('2025-03-01', '2025-03-31')],
    ['对比今年和去年的赢单金额', p('2026-01-01', '2026-12-31'), p('2025-01-01', '2025-12-31')],
    ['本月的新增商机与上月相比如何', JUNE, MAY],
    ['上季度的成交额跟本季度比一下', Q1, Q2],
    ['2026年第一季度与2025年第四季度的赢单率比较', Q1, p('2025-10-01', '2025-12-31')],
    ["What's the difference in revenue between Q1 and Q2?", Q1, Q2],
    ["Put this quarter's win rate side by side with last quarter's.", Q2, Q1],
    ['How does Q1 2026 revenue look next to Q4 2025?', Q1, p('2025-10-01', '2025-12-31')],
    ['把2026年5月和4月的赢单数放在一起比较', MAY, p('2026-04-01', '2026-04-30')],
    ['how did win rate change between March and April', p('2026-03-01', '2026-03-31'), p('2026-04-01', '2026-04-30')],
  ])('%s', (text, period, compare) => {
    expect(kpi(text)).toEqual({ intent: 'kpi.query', period, compare });
  });

  it('does not compare two periods that are only listed', () => {
    expect(kpi('revenue in Q1 and new deals this month').compare).toBeUndefined();
  });
});

describe('a single period against its base ("vs last quarter", "同比", "环比")', () => {
  it.each([
    ['Is our win rate up vs last quarter?', Q2, Q1],
    ['Are we closing more deals than last month?', JUNE, MAY],
    ['赢单率和上个月比怎么样', JUNE, MAY],
    ['赢单率比上季度高吗', Q2, Q1],
    ['1月到3月的收入和去年同期比', Q1, p('2025-01-01', '2025-03-31')],
    ['今年上半年的收入同比', p('2026-01-01', '2026-06-30'), p('2025-01-01', '2025-06-30')],
    ['本月赢单数同比增长多少', JUNE, p('2025-06-01', '2025-06-30')],
    ['今年上半年的收入比去年同期', p('2026-01-01', '2026-06-30'), p('2025-01-01', '2025-06-30')],
    ['revenue this quarter vs the same quarter last year', Q2, p('2025-04-01', '2025-06-30')],
    ['new deals last month, year over year', MAY, p('2025-05-01', '2025-05-31')],
    ['本季度的成交额环比', Q2, Q1],
    ['上个月的工单量环比变化', MAY, p('2026-04-01', '2026-04-30')],
    ['tickets opened last month, month over month', MAY, p('2026-04-01', '2026-04-30')],
    ['win rate H1 compared with the previous period', p('2026-01-01', '2026-06-30'), p('2025-07-01', '2025-12-31')],
    ['revenue in 2025 vs prior period', p('2025-01-01', '2025-12-31'), p('2024-01-01', '2024-12-31')],
    ['New logos this quarter vs last', Q2, Q1],
    ['calls this week versus the previous one', p('2026-06-08', '2026-06-14'), p('2026-06-01', '2026-06-07')],
  ])('%s', (text, period, compare) => {
    expect(kpi(text)).toEqual({ intent: 'kpi.query', period, compare });
  });
});

describe('explicit spans between two ends', () => {
  it.each([
    ['Calls logged between March 1 and March 15, 2026?', p('2026-03-01', '2026-03-15')],
    ['calls logged from 3/1 to 3/15', p('2026-03-01', '2026-03-15')],
    ['calls logged 3/1-3/15', p('2026-03-01', '2026-03-15')],
    ['revenue from March 1 to March 15', p('2026-03-01', '2026-03-15')],
    ['deals won March 1-15', p('2026-03-01', '2026-03-15')],
    ['new deals from 2026-03-01 to 2026-03-15', p('2026-03-01', '2026-03-15')],
    ['How many tickets were opened between April 1 and April 30?', p('2026-04-01', '2026-04-30')],
    ['resolution time from 1 Apr to 15 May 2026', p('2026-04-01', '2026-05-15')],
    ['new deals created from April 1st through May 15th', p('2026-04-01', '2026-05-15')],
    ['new accounts from Dec 1 to Jan 15', p('2025-12-01', '2026-01-15')],
    ['pipeline closing between July 1 and Aug 15', p('2026-07-01', '2026-08-15')],
    ['3月1日到3月15日的通话次数', p('2026-03-01', '2026-03-15')],
    ['3月1日到15日的通话次数', p('2026-03-01', '2026-03-15')],
    ['2026年4月1日至2026年5月15日的成交额', p('2026-04-01', '2026-05-15')],
    ['4月1号到5月15号新增的客户', p('2026-04-01', '2026-05-15')],
    ['revenue from January through March', p('2026-01-01', '2026-03-31')],
    ['win rate between April and June', p('2026-04-01', '2026-06-30')],
    ['revenue between Q1 and Q2', p('2026-01-01', '2026-06-30')],
    ['从1月到3月的收入', p('2026-01-01', '2026-03-31')],
    ['2026年1月至3月的赢单数', p('2026-01-01', '2026-03-31')],
  ])('%s', (text, period) => {
    expect(kpi(text).period).toEqual(period);
  });

  it.each([
    ['revenue since April', p('2026-04-01', '2026-06-10')],
    ['tickets opened since March 1', p('2026-03-01', '2026-06-10')],
    ['3月1日以来的新增工单', p('2026-03-01', '2026-06-10')],
    ['new deals from May 4 to date', p('2026-05-04', '2026-06-10')],
  ])('opens a span up to today: %s', (text, period) => {
    expect(kpi(text).period).toEqual(period);
  });

  it.each([
    ['2026年上半年的赢单率', p('2026-01-01', '2026-06-30')],
    ['去年下半年的收入', p('2025-07-01', '2025-12-31')],
    ['first half of 2025 win rate', p('2025-01-01', '2025-06-30')],
    ['H2 last year revenue', p('2025-07-01', '2025-12-31')],
    ['How many activities did the team log in the first quarter?', Q1],
    ['win rate in the fourth quarter of 2025', p('2025-10-01', '2025-12-31')],
    ['今年前五个月的赢单金额', p('2026-01-01', '2026-05-31')],
    ['revenue in the first 3 months of 2025', p('2025-01-01', '2025-03-31')],
  ])('reads halves, ordinal quarters and leading months of a year: %s', (text, period) => {
    expect(kpi(text).period).toEqual(period);
  });
});

describe('"so far" cuts the current period at today', () => {
  it.each([
    ['revenue so far this year', p('2026-01-01', '2026-06-10')],
    ['到目前为止今年的收入', p('2026-01-01', '2026-06-10')],
    ['本季度到目前为止的收入', p('2026-04-01', '2026-06-10')],
    ['revenue this quarter to date', p('2026-04-01', '2026-06-10')],
    ['今年截至目前的赢单数', p('2026-01-01', '2026-06-10')],
    ['activities so far this month per rep', p('2026-06-01', '2026-06-10')],
  ])('%s', (text, period) => {
    expect(kpi(text).period).toEqual(period);
  });

  it('leaves a past period whole', () => {
    expect(kpi('revenue last quarter, so far the best one').period).toEqual(Q1);
  });
});

describe('span helpers', () => {
  it('shifts a span by whole years and keeps month ends', () => {
    expect(shiftYears([dayNum(2024, 2, 1), dayNum(2024, 2, 29)], -1)).toEqual([dayNum(2023, 2, 1), dayNum(2023, 2, 28)]);
    expect(shiftYears([dayNum(2026, 1, 1), dayNum(2026, 6, 10)], -1)).toEqual([dayNum(2025, 1, 1), dayNum(2025, 6, 10)]);
  });

  it('skips the span scan on text without a joining word', () => {
    expect(findPeriods('revenue last month', dayNum(2026, 6, 10))).toHaveLength(1);
  });
});
