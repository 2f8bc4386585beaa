import { understand } from '../../../src/intents/nlu';
import { findGroupBy, findMetric } from '../../../src/intents/nlu/extract/metric-extractor';

const ctx = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };
const read = (text: string) => {
  const r = understand(text, ctx);
  return { intent: r.intent, metric: r.entities.metric, group_by: r.entities.group_by };
};

describe('KPI names as managers phrase them, English and Chinese', () => {
  it.each([
    // how long deals take
    ['For deals we won last quarter, how long did they take from creation to close on average?', 'sales_cycle_days'],
    ['how long does it take us to close a deal on average this year', 'sales_cycle_days'],
    ['How long are deals taking to close this quarter?', 'sales_cycle_days'],
    ['How long on average between opening and winning a deal?', 'sales_cycle_days'],
    ['average days from creation to close for deals won in Q1', 'sales_cycle_days'],
    ['成单周期是多少天', 'sales_cycle_days'],
    ['今年平均多久成交一单', 'sales_cycle_days'],
    ['平均成单天数', 'sales_cycle_days'],
    ['多久能成交一个商机', 'sales_cycle_days'],
    // first reply
    ['average time to first reply this month', 'first_response_time'],
    ['how fast do we reply to tickets', 'first_response_time'],
    ['工单首次回复用时中位数', 'first_response_time'],
    ['工单平均多久首次回复', 'first_response_time'],
    // resolving
    ['how quickly do we resolve tickets', 'resolution_time'],
    ['how fast are tickets getting resolved this quarter', 'resolution_time'],
    ['for tickets, how long from creation to resolution on average?', 'resolution_time'],
    ['工单平均处理时长', 'resolution_time'],
    ['平均解决一个工单要多久', 'resolution_time'],
    ['我们处理工单平均要多久', 'resolution_time'],
    // money and counts won
    ['How much did we close last quarter?', 'revenue_won'],
    ['how much did we book in May', 'revenue_won'],
    ['which reps booked the most', 'revenue_won'],
    ['What did we book per region in the first half of 2026?', 'revenue_won'],
    ['Deals we closed last month', 'deals_won'],
    ['Are we closing more deals than last month?', 'deals_won'],
    // tickets
    ['Split the current open and pending tickets by priority.', 'open_tickets'],
    ['How many open and pending tickets do we have right now?', 'open_tickets'],
    ['how many pending tickets do we have', 'open_tickets'],
    ['目前还有多少未处理的工单', 'open_tickets'],
    ['处理中的工单有多少', 'open_tickets'],
    ['还有多少工单没关', 'open_tickets'],
    ['How many tickets were opened between April 1 and April 30?', 'tickets_opened'],
    ['本月新增工单', 'tickets_opened'],
    ['最近7天新建的工单', 'tickets_opened'],
    ['上周处理完的工单数', 'tickets_resolved'],
    ['ticket volume by ticket priority', 'tickets_opened'],
    ['上个月违反SLA的工单有几个', 'sla_breaches'],
    ['pipeline due to close next quarter, by owner', 'pipeline_value'],
    ["What's the total value of open deals closing this quarter?", 'pipeline_value'],
    ['未成交商机的总金额按阶段', 'pipeline_value'],
    ['What percentage of deals did we win last quarter?', 'win_rate'],
    ['What proportion of opportunities closed won in H1?', 'win_rate'],
    ['本季度赢单占比', 'win_rate'],
    ['本季度有多少工单超出了SLA', 'sla_breaches'],
  ])('%s', (text, metric) => {
    expect(read(text)).toMatchObject({ intent: 'kpi.query', metric });
  });

  it('reads "pipeline due to close next quarter" with next quarter as its period', () => {
    const r = understand('Which owners hold the open pipeline due to close next quarter, and how much each?', ctx);
    expect(r.entities).toMatchObject({ metric: 'pipeline_value', group_by: 'owner', period: { start: '2026-07-01', end: '2026-09-30' } });
  });

  it('reads a full name before "\'s" as whose numbers, without a verb in front', () => {
    expect(understand("What's Ethan Pierce's win rate this quarter?", ctx).entities.assignee).toBe('Ethan Pierce');
    expect(understand("Show Dana's pipeline", ctx).entities.assignee).toBe('Dana');
  });

  it('keeps deal words out of ticket metrics and the other way round', () => {
    expect(findMetric('how long do tickets take from creation to close')).toBe('resolution_time');
    expect(findMetric('how long do deals take from creation to close')).toBe('sales_cycle_days');
  });
});

describe('group_by as people ask for it', () => {
  it.each([
    ['Which owners hold the open pipeline, and how much each?', 'owner'],
    ['pipeline per sales rep', 'owner'],
    ['revenue by salesperson this year', 'owner'],
    ['revenue rep by rep this year', 'owner'],
    ['new deals broken out by owner', 'owner'],
    ['deals won by account owner', 'owner'],
    ['how many tickets per assignee', 'owner'],
    ['各个销售的成交额', 'owner'],
    ['每个人的在手商机金额', 'owner'],
    ['按人看一下本月的成交额', 'owner'],
    ['win rate for each team', 'team'],
    ['which teams had the most revenue', 'team'],
    ['Average won-deal size this year, team by team.', 'team'],
    ['每个团队的首次响应时间', 'team'],
    ['销售团队按组统计赢单数', 'team'],
    ['本季度我们团队新建的商机，按当前阶段分布是怎样的？', 'stage'],
    ['new deals this quarter by current stage', 'stage'],
    ['按当前阶段分布的商机', 'stage'],
    ['今年每个大区新建的工单数量', 'region'],
    ['各区域的收入', 'region'],
    ['分地区的赢单率', 'region'],
    ['按照地区拆分赢单率', 'region'],
    ['new accounts per territory', 'region'],
    ['Split the current open and pending tickets by priority.', 'priority'],
    ['工单按紧急程度分', 'priority'],
    ['activities last week by channel', 'kind'],
    ['breakdown of activities by type', 'kind'],
    ['按活动类型统计上周的活动', 'kind'],
    ['本周各类活动数量', 'kind'],
  ])('%s', (text, group) => {
    expect(read(text).group_by).toBe(group);
  });

  it('finds no grouping in a plain total', () => {
    expect(findGroupBy('revenue this quarter')).toBeUndefined();
    expect(findGroupBy('本月的成交额')).toBeUndefined();
  });
});
