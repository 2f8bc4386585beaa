import { understand } from '../../../src/intents/nlu';
import { TRAINING_BATCHES } from '../../../src/intents/nlu/classify/training';
import type { Entities } from '../../../src/shared/contract/contract';

const ctx = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };

// like the scorers: strings compare case-insensitively without surrounding punctuation
const norm = (v: unknown): unknown =>
  typeof v === 'string' ? v.trim().toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)])) : v;
const scored = (e: Entities, gold: Entities) => Object.fromEntries(Object.keys(gold).map((k) => [k, norm((e as Record<string, unknown>)[k])]));

describe('each intent in English and in Chinese (our own sentences)', () => {
  it.each([
    ['open a P2 ticket for Kestrel Dynamics, exports fail with a timeout', 'ticket.create', { customer: 'Kestrel Dynamics', priority: 'high' }],
    ['给北斗物流开个紧急工单，系统登录不了', 'ticket.create', { customer: '北斗物流', priority: 'urgent' }],
    ['close #3321, fixed in the last release', 'ticket.update', { ticket: 3321, status: 'closed' }],
    ['工单3322转给李明处理', 'ticket.update', { ticket: 3322, assignee: '李明' }],
    ['just got off a call with Rosa Diaz at Kestrel Dynamics, 25 min, follow up monday', 'call.log', { customer: 'Kestrel Dynamics', contact: 'Rosa Diaz', duration_minutes: 25, due: '2026-06-15' }],
    ['今天和北斗物流的赵经理通了电话，下周三再跟进', 'call.log', { customer: '北斗物流', contact: '赵经理', date: '2026-06-10', due: '2026-06-17' }],
    ['summarise this call with Kestrel Dynamics:\nRosa: pricing is fine\nTom: great, I will send the order form', 'call.summarise', { customer: 'Kestrel Dynamics' }],
    ['总结一下这通电话\n赵经理：下个月上线\n小李：好的，我们准备培训', 'call.summarise', {}],
    ["what's the latest with Kestrel Dynamics?", 'customer.history', { customer: 'Kestrel Dynamics' }],
    ['北斗物流最近怎么样？有没有未解决的工单', 'customer.history', { customer: '北斗物流' }],
    ['win rate this quarter vs last quarter by rep', 'kpi.query', { metric: 'win_rate', group_by: 'owner', period: { start: '2026-04-01', end: '2026-06-30' } }],
    ['上个月的赢单金额按团队分', 'kpi.query', { metric: 'revenue_won', group_by: 'team', period: { start: '2026-05-01', end: '2026-05-31' } }],
    ['add Rosa Diaz, CFO at Kestrel Dynamics, rosa@kestrel.io', 'contact.create', { contact: 'Rosa Diaz', title: 'CFO', customer: 'Kestrel Dynamics', email: 'rosa@kestrel.io' }],
    ['新增联系人：赵明，北斗物流的运营总监', 'contact.create', { contact: '赵明', customer: '北斗物流', title: '运营总监' }],
    ["update Rosa Diaz's phone to +1 415 555 0101", 'contact.update', { contact: 'Rosa Diaz', phone: '+14155550101' }],
    ['赵明的邮箱改成 zhaoming@beidou.cn', 'contact.update', { contact: '赵明', email: 'zhaoming@beidou.cn' }],
    ['new opp for Kestrel Dynamics, $75k, closing end of July', 'deal.create', { customer: 'Kestrel Dynamics', amount: 75000, currency: 'USD', date: '2026-07-31' }],
    ['给北斗物流建个商机，金额40万元', 'deal.create', { customer: '北斗物流', amount: 400000, currency: 'CNY' }],
    ['move the Kestrel Dynamics deal to proposal', 'deal.update', { customer: 'Kestrel Dynamics', stage: 'proposal' }],
    ['北斗物流的商机推进到谈判阶段', 'deal.update', { customer: '北斗物流', stage: 'negotiation' }],
    ['remind me to send the contract to Kestrel Dynamics next Tuesday', 'task.create', { customer: 'Kestrel Dynamics', due: '2026-06-16', assignee: 'me' }],
    ['提醒我明天给北斗物流发报价', 'task.create', { customer: '北斗物流', due: '2026-06-11', assignee: 'me' }],
    ['find contacts at Kestrel Dynamics', 'search', { record_type: 'contact' }],
    ['搜一下提到“退款”的工单', 'search', { record_type: 'ticket' }],
    ['what can you do?', 'help', {}],
    ['这个机器人能做什么', 'help', {}],
    ['lunch anyone?', 'unknown', {}],
    ['周末去哪玩', 'unknown', {}],
  ] as const)('%s → %s', (text, intent, entities) => {
    const r = understand(text, ctx);
    expect(r.intent).toBe(intent);
    expect(scored(r.entities, entities)).toEqual(norm(entities));
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('outputs only the keys of the intent’s slots, and fills the free-text ones', () => {
    const r = understand('open a P1 ticket for Acme, their SSO is down, contact Dana Ruiz', ctx);
    expect(Object.keys(r.entities).sort()).toEqual(['contact', 'customer', 'note', 'priority', 'subject']);
    expect(r.entities.subject).toBe('SSO is down');
    expect(understand('remind me to send the contract to Acme next Tuesday', ctx).entities.subject).toBe('send the contract to Acme');
    expect(understand('find contacts at Initech', ctx).entities.query).toBe('contacts at Initech');
    expect(understand('new opp Blue Heron Insurance renewal + upsell $62.5k', ctx).entities.subject).toBe('Blue Heron Insurance renewal + upsell');
    expect(understand("update Dana Ruiz's phone to +1 415 555 0101", ctx).entities).toMatchObject({ field: 'phone', value: '+14155550101' });
  });

  it('keeps the problem, not the request, as a ticket subject in both languages', () => {
    expect(understand('给星河科技开个P1工单，他们的登录页面打不开了', ctx).entities.subject).toBe('登录页面打不开了');
    expect(understand('create a support ticket for Borealine Energy re billing: they were charged twice in May. contact: Sven Aalto, urgent', ctx).entities.subject).toBe('billing, they were charged twice in May');
    expect(understand('给王芳建个任务：周五前整理好瑞泽银行的工单报告', ctx).entities.subject).toBe('整理好瑞泽银行的工单报告');
    expect(understand('open a ticket for Acme', ctx).entities.subject).toBeUndefined();
    expect(understand('remind me tomorrow', ctx).entities.subject).toBeUndefined();
  });

  it('reads a long pasted note without giving up on it', () => {
    const note = `called Acme Corp today, spoke with Dana Ruiz. ${'They went through pricing and the rollout plan. '.repeat(200)}`;
    const r = understand(note, ctx);
    expect(r).toMatchObject({ intent: 'call.log', entities: { customer: 'Acme Corp', contact: 'Dana Ruiz', date: '2026-06-10' } });
    expect(understand(`${'a'.repeat(20000)} ${'王'.repeat(3000)}`, ctx).intent).toBe('unknown');
  });

  it('tells one customer’s story from a business-wide number', () => {
    expect(understand('how many open tickets does Kestrel Dynamics have', ctx).intent).toBe('customer.history');
    expect(understand('how many open tickets do we have', ctx).intent).toBe('kpi.query');
  });

  it('detects the language of the message', () => {
    expect(understand('本月赢单率', ctx).language).toBe('zh');
    expect(understand('win rate this month', ctx).language).toBe('en');
  });
});

describe.each(TRAINING_BATCHES.map((b, i) => [i + 1, b] as const))('our labelled utterances, batch %i', (_n, batch) => {
  it.each(batch.map((c) => [c.text.split('\n')[0].slice(0, 70), c] as const))('%s', (_t, c) => {
    const r = understand(c.text, { now: new Date(c.now ?? '2026-06-10T09:00:00Z'), tz: c.tz ?? 'UTC', region: 'US' });
    expect(r.intent).toBe(c.intent);
    expect(scored(r.entities, c.entities)).toEqual(norm(c.entities));
  });
});
