import { understand } from '../../../src/intents/nlu';
import { findAmounts } from '../../../src/intents/nlu/extract/amount-extractor';
import { findEmails, findPhones } from '../../../src/intents/nlu/extract/contact-info-extractor';
import { findStage } from '../../../src/intents/nlu/extract/deal-stage-extractor';
import { findGroupBy, findMetric } from '../../../src/intents/nlu/extract/metric-extractor';
import { findDuration, findRecordType } from '../../../src/intents/nlu/extract/misc-extractors';
import { findPriority, findTicketNumber, findTicketStatus } from '../../../src/intents/nlu/extract/ticket-fields-extractor';
import { findTitles } from '../../../src/intents/nlu/extract/title-extractor';
import { findAssignee } from '../../../src/intents/nlu/extract/assignee-extractor';

const ctx = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };
const money = (text: string) => findAmounts(text).map((a) => [a.amount, a.currency ?? null]);

describe('amounts and currencies', () => {
  it.each([
    ['worth $25k', [[25000, 'USD']]],
    ['3.5万', [[35000, null]]],
    ['about 1.2m', [[1200000, null]]],
    ['120k USD', [[120000, 'USD']]],
    ['50万元', [[500000, 'CNY']]],
    ['€80k', [[80000, 'EUR']]],
    ['~£1.2m', [[1200000, 'GBP']]],
    ['S$18,000', [[18000, 'SGD']]],
    ['HK$45万', [[450000, 'HKD']]],
    ['RMB 200万', [[2000000, 'CNY']]],
    ['80万人民币', [[800000, 'CNY']]],
    ['3.5万美元', [[35000, 'USD']]],
    ['A$300k', [[300000, 'AUD']]],
    ['2,500 EUR', [[2500, 'EUR']]],
    ['1.5 million euros', [[1500000, 'EUR']]],
    ['5k bucks', [[5000, 'USD']]],
    ['五十万元', [[500000, 'CNY']]],
    ['¥30,000', [[30000, 'CNY']]],
    ['the amount is 45000', [[45000, null]]],
    ['预算 20000', [[20000, null]]],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it.each(['a 10% discount', '200 seats', '50个席位', '30 min call', '45min', 'Q3 and P1 at 2pm', '#4410', '10:30-11:00', '十万火急', 'about 30m of work', '2w later'])(
    'finds no money in "%s"',
    (text) => expect(money(text)).toEqual([]),
  );

  it('keeps the currency only when the message shows one', () => {
    expect(understand('new deal for Polaris Freight, 300k, negotiation', ctx).entities).toEqual(expect.not.objectContaining({ currency: expect.anything() }));
    expect(understand('new deal for Polaris Freight, 300k GBP', ctx).entities).toMatchObject({ amount: 300000, currency: 'GBP' });
  });
});

describe('phones and emails', () => {
  it.each([
    ['(707) 555-0148', '+17075550148'],
    ['call 415.555.0134', '+14155550134'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+86 138 1234 5678', '+8613812345678'],
    ['0044 20 7946 0321', '+442079460321'],
    ['+65 8234 5678', '+6582345678'],
  ])('%s → %s', (text, e164) => {
    expect(findPhones(text, 'US')[0]?.value).toBe(e164);
  });

  it('reads numbers without a country code in the default region', () => {
    expect(findPhones('020 7946 0958', 'GB')[0]?.value).toBe('+442079460958');
    expect(findPhones('phone 415 555 0134', '')[0]?.value).toBe('+14155550134');
  });

  it('does not take times, dates or money for phone numbers', () => {
    expect(findPhones('10:30-11:00 today, 2026-06-10, $45,000 and #4410', 'US')).toEqual([]);
  });

  it('lower-cases emails', () => {
    expect(findEmails('mail Liu.Fang@RuizeBank.com now').map((e) => e.value)).toEqual(['liu.fang@ruizebank.com']);
    expect(understand('add contact Dana Ruiz at Globex, Dana.Ruiz@Globex.COM', ctx).entities.email).toBe('dana.ruiz@globex.com');
  });
});

describe('tickets, priorities and statuses', () => {
  it.each([
    ['close #1042', 1042],
    ['ticket 4388 is done', 4388],
    ['工单4467改成已解决', 4467],
    ['4501 先改成 pending', 4501],
    ['mark 3890 resolved', 3890],
    ['把6006分配给赵敏', 6006],
    ['6007 转给李娜', 6007],
  ])('%s → ticket %d', (text, n) => expect(findTicketNumber(text)).toBe(n));

  it('finds no ticket number in plain text', () => expect(findTicketNumber('# of won deals')).toBeUndefined());

  it.each([
    ['P1', 'urgent'], ['p2 please', 'high'], ['P3', 'normal'], ['P4', 'low'], ['sev1', 'urgent'],
    ['high priority', 'high'], ['prio: low', 'low'], ['normal prio', 'normal'], ['set it to high', 'high'],
    ['URGENT 🔥', 'urgent'], ['紧急', 'urgent'], ['高优先级', 'high'], ['优先级一般', 'normal'], ['优先级调成紧急', 'urgent'],
    ['普通优先级', 'normal'], ['低优先级', 'low'], ['高优', 'high'], ['medium priority', 'normal'],
  ])('%s → %s', (text, p) => expect(findPriority(text)).toBe(p));

  it('ignores negated urgency', () => {
    expect(findPriority('(not urgent)')).toBeUndefined();
    expect(findPriority('不紧急')).toBeUndefined();
    expect(findPriority('nothing here')).toBeUndefined();
  });

  it.each([
    ['reopen #4301', 'open'], ['close it out', 'closed'], ['#4475 -> pending', 'pending'], ['keep it on hold', 'pending'],
    ['mark 3890 resolved', 'resolved'], ['is fixed, pls close it', 'closed'], ['重新打开', 'open'], ['把#4433关了', 'closed'],
    ['先挂起', 'pending'], ['已解决', 'resolved'], ['set it back to open', 'open'],
  ])('%s → %s', (text, s) => expect(findTicketStatus(text)).toBe(s));

  it('does not read a close date as a closed ticket', () => expect(findTicketStatus('close date is friday')).toBeUndefined());
});

describe('deal stages, metrics and groupings', () => {
  it.each([
    ['move it to negotiation', 'negotiation'], ['mark it won', 'won'], ['closed lost', 'lost'], ['proposal stage', 'proposal'],
    ['is qualified now', 'qualified'], ['new lead', 'lead'], ['签约了', 'won'], ['那单丢了', 'lost'], ['谈判中', 'negotiation'],
    ['方案阶段', 'proposal'], ['需求已确认', 'qualified'], ['新线索', 'lead'],
  ])('%s → %s', (text, stage) => expect(findStage(text)).toBe(stage));

  it("does not take won't for won", () => expect(findStage("they won't sign")).toBeUndefined());

  it.each([
    ['total pipeline', 'pipeline_value'], ['管道金额', 'pipeline_value'], ['new opps created', 'new_deals'], ['新建了几个商机', 'new_deals'],
    ['deals won', 'deals_won'], ['赢了多少单', 'deals_won'], ['revenue', 'revenue_won'], ['赢单金额', 'revenue_won'],
    ['win rate', 'win_rate'], ['赢单率', 'win_rate'], ['胜率', 'win_rate'], ['avg deal size', 'avg_deal_size'], ['平均成交额', 'avg_deal_size'],
    ['sales cycle', 'sales_cycle_days'], ['销售周期', 'sales_cycle_days'], ['new logos', 'new_accounts'], ['新增客户', 'new_accounts'],
    ['activity count', 'activities'], ['跟进活动', 'activities'], ['calls logged', 'calls_logged'], ['通话次数', 'calls_logged'],
    ['tickets came in', 'tickets_opened'], ['新建工单数量', 'tickets_opened'], ['tickets resolved', 'tickets_resolved'], ['解决了几个工单', 'tickets_resolved'],
    ['open ticket backlog', 'open_tickets'], ['未关闭的工单', 'open_tickets'], ['frt', 'first_response_time'], ['首次响应时间', 'first_response_time'],
    ['time to resolve', 'resolution_time'], ['解决时间', 'resolution_time'], ['sla breaches', 'sla_breaches'], ['SLA违约', 'sla_breaches'],
  ])('%s → %s', (text, metric) => expect(findMetric(text.toLowerCase())).toBe(metric));

  it.each([
    ['by rep', 'owner'], ['per owner', 'owner'], ['按销售', 'owner'], ['每个销售', 'owner'], ['by team', 'team'], ['按团队', 'team'],
    ['by stage', 'stage'], ['按阶段', 'stage'], ['by region', 'region'], ['按地区', 'region'], ['按区域', 'region'], ['by priority', 'priority'],
    ['按优先级', 'priority'], ['split by type', 'kind'], ['按类型', 'kind'], ['who closed the most', 'owner'],
  ])('%s → %s', (text, g) => expect(findGroupBy(text)).toBe(g));
});

describe('names, mentions, titles and durations', () => {
  it('strips a possessive and keeps the casing the user typed', () => {
    expect(understand("what's going on with acme's renewal?", ctx).entities.customer).toBe('acme');
    expect(understand("i'm meeting Fjordline Ferries' CFO tmrw, what should I know about them?", ctx).entities.customer).toBe('Fjordline Ferries');
  });

  it('finds Chinese company names by their industry ending, and well-known ones without', () => {
    expect(understand('远景医疗最近怎么样', ctx).entities.customer).toBe('远景医疗');
    expect(understand('华为最近有什么动静', ctx).entities.customer).toBe('华为');
    expect(understand('凯越酒店集团签约了，商机改成赢单', ctx).entities.customer).toBe('凯越酒店集团');
  });

  it('keeps a Slack mention as the assignee and strips a leading bot mention', () => {
    const r = understand('<@U02CRMB0T> assign #4521 to <@U07KJ2MQX> and set it to high', ctx);
    expect(r.entities).toMatchObject({ ticket: 4521, assignee: '<@U07KJ2MQX>', priority: 'high' });
    expect(understand('<@U02CRMB0T> help', ctx).intent).toBe('help');
  });

  it('reads "me" as the speaker', () => {
    expect(findAssignee("i'll take #4512", 'ticket.update')).toBe('me');
    expect(findAssignee('我来跟', 'ticket.update')).toBe('me');
    expect(findAssignee('remind me to call', 'task.create')).toBe('me');
    expect(findAssignee('my win rate', 'kpi.query')).toBe('me');
    expect(findAssignee('我这周的通话', 'kpi.query')).toBe('me');
    expect(findAssignee('帮我看看本月赢单率', 'kpi.query')).toBeUndefined();
    expect(findAssignee('open a ticket', 'ticket.create')).toBeUndefined();
  });

  it('finds named assignees', () => {
    expect(findAssignee('assign ticket 4388 to Kenji', 'ticket.update')).toBe('Kenji');
    expect(findAssignee('#4492 转给王芳处理', 'ticket.update')).toBe('王芳');
    expect(findAssignee('#8104 的负责人换成刘强', 'ticket.update')).toBe('刘强');
    expect(findAssignee('create a task for Priyanka to review it', 'task.create')).toBe('Priyanka');
    expect(findAssignee('给王芳建个任务：周五前整理报告', 'task.create')).toBe('王芳');
    expect(findAssignee('提醒一下王磊，周四跟进', 'task.create')).toBe('王磊');
    expect(findAssignee('让小周明天发报价', 'task.create')).toBe('小周');
    expect(findAssignee('how many activities did Jonas log', 'kpi.query')).toBe('Jonas');
    expect(findAssignee("Mei's win rate", 'kpi.query')).toBe('Mei');
    expect(findAssignee('calls logged by Aisha', 'kpi.query')).toBe('Aisha');
    expect(findAssignee('calls logged by <@U0AISHA01>', 'kpi.query')).toBe('<@U0AISHA01>');
    expect(findAssignee('小林这周解决了几个工单', 'kpi.query')).toBe('小林');
    expect(findAssignee('how many tix did support resolve', 'kpi.query')).toBeUndefined();
  });

  it.each([
    ['Emily Zhou, head of IT, Cordillera Wines', 'head of IT'],
    ['Marta K, VP Ops at Brightwater', 'VP Ops'],
    ['Oliver Grant, Finance Director @ Tamarind', 'Finance Director'],
    ['their procurement lead', 'procurement lead'],
    ['海川食品的市场总监 Grace Lin', '市场总监'],
    ['星河科技的采购经理', '采购经理'],
    ['远航物流财务总监', '财务总监'],
    ['现在是CIO', 'CIO'],
  ])('title in "%s" is %s', (text, title) => expect(findTitles(text)[0]?.title).toBe(title));

  it('does not take an honorific for a title', () => expect(findTitles('跟长风航空的陈经理聊')).toEqual([]));

  it.each([
    ['30 min call', 30], ['45min', 45], ['a 90-minute call', 90], ['for like an hour', 60], ['1.5 hours', 90], ['10:30-11:00', 30],
    ['20分钟', 20], ['一小时', 60], ['半小时', 30], ['一个半小时', 90], ['一刻钟', 15], ['an hour and a half', 90],
  ])('%s → %d minutes', (text, mins) => expect(findDuration(text)).toBe(mins));

  it('finds no duration in plain text', () => expect(findDuration('no time given')).toBeUndefined());

  it.each([
    ['find contacts at acme', 'contact'], ['search tickets about sso', 'ticket'], ["look up deals with 'renewal'", 'deal'],
    ['search call notes', 'activity'], ['find accounts in retail', 'account'], ['查找星河科技的所有联系人', 'contact'],
    ['搜索公司名里带“医疗”的客户', 'account'], ['找一下内容里有 SSO 的通话记录', 'activity'],
  ])('%s → %s', (text, t) => expect(findRecordType(text.toLowerCase())).toBe(t));
});
