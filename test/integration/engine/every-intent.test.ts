import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { seedOrg, type Org } from '../../support/fixtures';
import { askHarness, memoryIO, type AskJson } from '../../support/ask-harness';
import { summariseCommand } from '../../../src/app/commands/summarise-command';
import { PassThrough } from 'node:stream';

const TRANSCRIPT_EN = `Dana: Thanks for joining. The reporting module keeps timing out for our finance team.
Sam: Sorry about that. I'll send you the revised quote by Friday.
Dana: Good. We are also looking at Zendesk, so price matters. Budget is $25,000.
Sam: We will set up a pilot for your team next week.`;

describe.each(engines())('every intent end to end on %s', (engine) => {
  let t: TestDb;
  let org: Org;
  let ask: (text: string, as: string, o?: { conversation?: string; yes?: boolean; now?: string }) => Promise<AskJson>;
  let harness: Awaited<ReturnType<typeof askHarness>>;
  const one = async <T>(sql: string, p: unknown[] = []) => (await t.db.query<T>(sql, p)).rows[0]!;

  beforeAll(async () => {
    t = await createTestDb(engine);
    org = await seedOrg(t.db);
    harness = await askHarness(t.db);
    ask = harness.ask;
    await t.db.query("insert into tickets (number, account_id, subject, priority, status, created_at) values (4242, $1, 'Export fails', 'normal', 'open', '2026-06-01T10:00:00Z')", [org.acme]);
    await t.db.query("insert into deals (account_id, name, amount, stage, owner_id, created_at) values ($1, 'Initech platform', 40000, 'proposal', $2, '2026-05-01T00:00:00Z')", [org.initech, org.rep.id]);
    await t.db.query("insert into contacts (account_id, name, email) values ($1, 'Dana Scully', 'dana@acme.com')", [org.acme]);
    await t.db.query("insert into tickets (account_id, subject, priority, status, created_at) values ($1, 'Login is slow', 'high', 'pending', '2026-06-05T10:00:00Z')", [org.acme]);
  });
  afterAll(async () => t.drop());

  const cases: Array<[string, string, string, string, (r: AskJson) => Promise<void> | void]> = [
    ['ticket.create', 'en', 'agent@test.crm', 'open a P2 ticket for Globex, the export button is broken', async (r) => {
      expect((await one<{ priority: string }>('select priority from tickets where id = $1', [r.records.find((x) => x.type === 'ticket')!.id])).priority).toBe('high');
    }],
    ['ticket.create', 'zh', 'agent@test.crm', '给Globex开个低优先级工单，发票抬头开错了', async (r) => {
      expect((await one<{ priority: string }>('select priority from tickets where id = $1', [r.records[0]!.id])).priority).toBe('low');
    }],
    ['ticket.update', 'en', 'agent@test.crm', 'close #4242, customer confirmed the fix', async () => {
      expect((await one<{ status: string }>('select status from tickets where number = 4242')).status).toBe('closed');
    }],
    ['ticket.update', 'zh', 'agent@test.crm', '把 #4242 改成紧急', async () => {
      expect((await one<{ priority: string }>('select priority from tickets where number = 4242')).priority).toBe('urgent');
    }],
    ['call.log', 'en', 'rep@test.crm', 'just got off a call with Dana at Acme, they want a 10% discount, follow up Friday', async () => {
      expect((await one<{ n: number }>("select count(*)::int n from tasks where due_date = '2026-06-12'")).n).toBeGreaterThanOrEqual(1);
    }],
    ['call.log', 'zh', 'rep@test.crm', '刚和华为通了电话，他们想要九折，下周一跟进', async () => {
      expect((await one<{ n: number }>("select count(*)::int n from tasks where due_date = '2026-06-15' and account_id = $1", [org.huawei])).n).toBe(1);
    }],
    ['call.summarise', 'en', 'rep@test.crm', `summarise this call with Initech:\n${TRANSCRIPT_EN}`, async (r) => {
      expect(r.data.summary.amounts).toEqual(expect.arrayContaining([expect.objectContaining({ amount: 25000 })]));
      expect((await one<{ n: number }>("select count(*)::int n from activities where kind = 'call' and account_id = $1 and summary is not null", [org.initech])).n).toBe(1);
    }],
    ['call.summarise', 'zh', 'rep@test.crm', '总结一下这个通话：\n王伟: 我们的系统昨天又宕机了，客户很不满意。\n李娜: 非常抱歉，我们会在周五前给您发修复方案。\n王伟: 价格方面，预算是5万元。', (r) => {
      expect(r.data.summary.language).toBe('zh');
      expect(r.data.summary.amounts).toEqual(expect.arrayContaining([expect.objectContaining({ amount: 50000 })]));
    }],
    ['customer.history', 'en', 'rep@test.crm', "what's going on with Acme?", (r) => {
      expect(r.data.customer.name).toBe('Acme Corporation');
      expect(r.reply).toContain('Login is slow');
      expect(r.data.open_tickets).toHaveLength(1);
    }],
    ['customer.history', 'zh', 'rep@test.crm', 'Initech最近怎么样？', (r) => {
      expect(r.data.open_deals).toHaveLength(1);
    }],
    ['kpi.query', 'en', 'manager@test.crm', 'pipeline value by stage', (r) => {
      expect(r.data.groups).toEqual({ proposal: 40000 });
    }],
    ['kpi.query', 'zh', 'admin@test.crm', '目前未关闭的工单有多少', (r) => {
      expect(r.data.metric).toBe('open_tickets');
      expect(typeof r.data.value).toBe('number');
    }],
    ['contact.create', 'en', 'rep@test.crm', 'add Li Wei, CTO at Initech, li.wei@initech.com, 415 555 0134', async () => {
      expect(await one('select email, phone, title from contacts where name = $1', ['Li Wei'])).toEqual({ email: 'li.wei@initech.com', phone: '+14155550134', title: 'CTO' });
    }],
    ['contact.create', 'zh', 'rep@test.crm', '添加联系人 张伟，华为的采购经理，zhang.wei@huawei.com', async () => {
      expect((await one<{ email: string }>("select email from contacts where name = '张伟'")).email).toBe('zhang.wei@huawei.com');
    }],
    ['contact.update', 'en', 'rep@test.crm', "update Dana Scully's phone to +44 20 7946 0958", async () => {
      expect((await one<{ phone: string }>("select phone from contacts where name = 'Dana Scully'")).phone).toBe('+442079460958');
    }],
    ['contact.update', 'zh', 'rep@test.crm', '把张伟的邮箱改成 zw@huawei.com', async () => {
      expect((await one<{ email: string }>("select email from contacts where name = '张伟'")).email).toBe('zw@huawei.com');
    }],
    ['deal.create', 'en', 'rep@test.crm', 'new opp for Acme, 120k USD, closing end of june', async () => {
      expect(await one("select amount, currency, close_date from deals where account_id = $1 and amount = 120000", [org.acme])).toEqual({ amount: 120000, currency: 'USD', close_date: '2026-06-30' });
    }],
    ['deal.create', 'zh', 'rep@test.crm', '给华为新建一个商机，金额50万元', async () => {
      expect(await one('select amount, currency from deals where account_id = $1', [org.huawei])).toEqual({ amount: 500000, currency: 'CNY' });
    }],
    ['deal.update', 'en', 'rep@test.crm', 'move the Initech deal to negotiation', async () => {
      expect((await one<{ stage: string }>("select stage from deals where name = 'Initech platform'")).stage).toBe('negotiation');
    }],
    ['deal.update', 'zh', 'rep@test.crm', '把Initech的商机改成赢单', async () => {
      expect(await one<{ stage: string }>("select stage, closed_at is not null as closed from deals where name = 'Initech platform'")).toEqual({ stage: 'won', closed: true });
    }],
    ['task.create', 'en', 'rep@test.crm', 'remind me to send the contract to Acme next Tuesday', async () => {
      expect((await one<{ n: number }>("select count(*)::int n from tasks where due_date = '2026-06-16'")).n).toBe(1);
    }],
    ['task.create', 'zh', 'rep@test.crm', '提醒我明天给华为打电话', async () => {
      expect((await one<{ n: number }>("select count(*)::int n from tasks where due_date = '2026-06-11' and account_id = $1", [org.huawei])).n).toBe(1);
    }],
    ['search', 'en', 'rep@test.crm', 'find contacts at Acme', (r) => {
      expect(r.data.results.map((x: { title: string }) => x.title)).toContain('Dana Scully');
    }],
    ['search', 'zh', 'rep@test.crm', '查找华为的联系人', (r) => {
      expect(r.data.results.map((x: { title: string }) => x.title)).toContain('张伟');
    }],
    ['help', 'en', 'rep@test.crm', 'what can you do?', (r) => expect(r.reply).toMatch(/ticket/)],
    ['help', 'zh', 'rep@test.crm', '你能做什么？', (r) => expect(r.reply).toMatch(/工单/)],
    ['unknown', 'en', 'rep@test.crm', 'lol what a day', (r) => expect(r.reply).toMatch(/help/)],
    ['unknown', 'zh', 'rep@test.crm', '今天天气真好', (r) => expect(r.reply).toMatch(/帮助/)],
  ];

  it.each(cases)('%s in %s', async (intent, lang, as, text, check) => {
    const r = await ask(text, as, { yes: true });
    expect({ intent: r.intent, status: r.status }).toEqual({ intent, status: 'done' });
    expect(r.language).toBe(lang);
    await check(r);
  });

  it('summarises a transcript from stdin with crm summarise, and saves it with --customer', async () => {
    const m = memoryIO();
    const stdin = new PassThrough();
    stdin.end(TRANSCRIPT_EN);
    expect(await summariseCommand(harness.c, { json: true }, { ...m.io, stdin })).toBe(0);
    const s = JSON.parse(m.out());
    expect(s).toMatchObject({ language: 'en', sentiment: expect.any(String) });
    expect(s.action_items.length).toBeGreaterThan(0);
    const n = memoryIO();
    const stdin2 = new PassThrough();
    stdin2.end(TRANSCRIPT_EN);
    expect(await summariseCommand(harness.c, { json: true, customer: 'Globex', as: 'admin@test.crm', now: '2026-06-10T09:00:00Z' }, { ...n.io, stdin: stdin2 })).toBe(0);
    expect(JSON.parse(n.out())).toMatchObject({ saved: true, status: 'done' });
    expect((await one<{ n: number }>('select count(*)::int n from tasks where account_id = $1', [org.globex])).n).toBeGreaterThan(0);
  });
});
