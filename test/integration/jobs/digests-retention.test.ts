import type { JobHandlers } from '../../../src/jobs/contracts';
import { InlineQueue } from '../../../src/jobs/inline-queue';
import { createJobHandlers } from '../../../src/jobs/registry';
import { retentionJob } from '../../../src/jobs/workers/retention.job';
import { fixedClock } from '../../../src/shared/clock';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import * as f from './support/fixtures';
import { testDeps, type TestDeps } from './support/job-deps';

// 08:30 on Wednesday 2026-11-25 in Shanghai; that week runs Monday 23 to Sunday 29.
const NOW = new Date('2026-11-25T00:30:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);
const ctx = { jobId: 'test', attempt: 1 };

describe.each(engines())('digests and retention on %s', (engine) => {
  let t: TestDb;
  let queue: InlineQueue;
  let deps: TestDeps;
  let handlers: JobHandlers;
  const u: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDb(engine);
    const q = t.db;
    const sales = await f.team(q, 'Sales East');
    u.rita = await f.user(q, { name: 'Rita Rep', role: 'rep', teamId: sales });
    u.wang = await f.user(q, { name: '王伟', role: 'rep', teamId: sales, locale: 'zh-CN' });
    u.otto = await f.user(q, { name: 'Otto Optout', role: 'rep', teamId: sales, settings: { digest_morning: false } });
    u.ed = await f.user(q, { name: 'Ed Empty', role: 'rep', teamId: sales });
    u.gone = await f.user(q, { name: 'Gone Rep', role: 'rep', teamId: sales, active: false });
    u.sam = await f.user(q, { name: 'Sam Manager', role: 'manager', teamId: sales });
    u.mo = await f.user(q, { name: 'Mo Manager', role: 'manager', teamId: sales, settings: { digest_weekly: false } });
    u.nia = await f.user(q, { name: 'Nia Noteam', role: 'manager' });
    const acme = await f.account(q, 'Acme', u.rita);
    const initech = await f.account(q, 'Initech', u.wang);

    await f.deal(q, { accountId: acme, ownerId: u.rita, name: 'Acme renewal', amount: 25000, closeDate: '2026-11-27' });
    await f.deal(q, { accountId: acme, ownerId: u.rita, name: 'Acme later', amount: 1000, closeDate: '2026-12-05' });
    await f.deal(q, { accountId: acme, ownerId: u.rita, name: 'Acme won', stage: 'won', closeDate: '2026-11-26' });
    await f.task(q, { ownerId: u.rita, subject: 'Send quote', dueDate: '2026-11-24', accountId: acme });
    await f.task(q, { ownerId: u.rita, subject: 'Call back', dueDate: '2026-11-25' });
    await f.task(q, { ownerId: u.rita, subject: 'Tomorrow', dueDate: '2026-11-26' });
    await f.task(q, { ownerId: u.rita, subject: 'Done already', dueDate: '2026-11-20', status: 'done' });
    await f.task(q, { ownerId: u.otto, subject: 'Otto task', dueDate: '2026-11-25' });
    await f.task(q, { ownerId: u.gone, subject: 'Gone task', dueDate: '2026-11-25' });
    await f.ticket(q, { accountId: acme, subject: 'SSO is down', priority: 'urgent', createdAt: hoursAgo(2) });
    await f.ticket(q, { accountId: acme, subject: 'Old news', createdAt: hoursAgo(30) });
    await f.task(q, { ownerId: u.wang, subject: '发送报价', dueDate: '2026-11-25', accountId: initech });

    // Last week in Shanghai: Monday 16 to Sunday 22 November.
    await f.deal(q, { accountId: acme, ownerId: u.rita, name: 'New early', createdAt: new Date('2026-11-15T17:00:00Z') }); // 16th 01:00 local
    await f.deal(q, { accountId: acme, ownerId: u.rita, name: 'Won', stage: 'won', amount: 10000, closedAt: new Date('2026-11-18T03:00:00Z'), createdAt: new Date('2026-10-01T00:00:00Z') });
    await f.deal(q, { accountId: acme, ownerId: u.rita, name: 'Lost', stage: 'lost', amount: 5000, closedAt: new Date('2026-11-19T03:00:00Z'), createdAt: new Date('2026-10-01T00:00:00Z') });
    await f.deal(q, { accountId: acme, ownerId: u.rita, name: 'Won too late', stage: 'won', amount: 999, closedAt: new Date('2026-11-22T17:00:00Z'), createdAt: new Date('2026-10-01T00:00:00Z') });
    await f.activity(q, { accountId: acme, ownerId: u.rita, kind: 'call', occurredAt: new Date('2026-11-20T02:00:00Z') });
    await f.ticket(q, { accountId: acme, subject: 'Slow reply', priority: 'urgent', createdAt: new Date('2026-11-17T02:00:00Z'), firstResponseAt: new Date('2026-11-17T04:00:00Z') });
    await f.ticket(q, { accountId: acme, subject: 'Quick reply', priority: 'urgent', createdAt: new Date('2026-11-17T02:00:00Z'), firstResponseAt: new Date('2026-11-17T02:10:00Z') });

    queue = new InlineQueue();
    deps = testDeps(t.db, queue, { clock: fixedClock(NOW), timezone: 'Asia/Shanghai' });
    handlers = createJobHandlers(deps);
    await queue.startWorkers(handlers);
  });

  afterAll(async () => {
    await queue.close({ timeoutMs: 2000 });
    await t.drop();
  });

  it('sends each rep one morning digest of their day, skipping the empty and those who turned it off', async () => {
    const result = await handlers['digest.morning']({}, ctx);
    expect(result).toEqual({ date: '2026-11-25', sent: 2, skippedEmpty: 1 });
    await queue.enqueue('digest.morning', { date: '2026-11-25' }); // a second run the same day
    await queue.whenIdle();

    const rita = deps.notifier.to(u.rita!);
    expect(rita).toHaveLength(1);
    expect(rita[0]!.kind).toBe('digest.morning');
    expect(rita[0]!.lines).toEqual([
      'Deals closing this week (1)',
      '• Acme renewal (Acme), $25,000, 2026-11-27',
      'Tasks due (2)',
      '• Send quote (Acme), overdue since 2026-11-24',
      '• Call back, 2026-11-25',
      'New tickets on your accounts (1)',
      expect.stringMatching(/^• #\d+ SSO is down \(Acme, urgent\)$/),
    ]);
    const wang = deps.notifier.to(u.wang!);
    expect(wang).toHaveLength(1);
    expect(wang[0]!.text).toContain('早上好，王伟');
    expect(wang[0]!.text).toContain('到期的任务（1）');
    for (const who of ['otto', 'ed', 'gone', 'sam']) expect(deps.notifier.to(u[who]!)).toEqual([]);
  });

  it("sends each manager their team's last week in numbers, once", async () => {
    for (let i = 0; i < 2; i++) await handlers['digest.weekly']({}, ctx);
    await queue.whenIdle();
    const sam = deps.notifier.to(u.sam!);
    expect(sam).toHaveLength(1);
    expect(sam[0]!.title).toBe('Sales East: the week of 2026-11-16 to 2026-11-22');
    expect(sam[0]!.lines).toEqual([
      'New deals: 1',
      'Won: 1 ($10,000), lost: 1, win rate: 50.0%',
      'Open pipeline: $26,000',
      'Calls logged: 1',
      'Tickets opened: 2, resolved: 0, SLA breaches: 1',
    ]);
    expect(deps.notifier.to(u.mo!)).toEqual([]);
    expect(deps.notifier.to(u.nia!)).toEqual([]);
  });

  it('anonymises old contacts and drops old transcripts once, and does nothing without a retention period', async () => {
    const q = t.db;
    const acme = (await q.query<{ id: string }>(`select id from accounts where name = 'Acme'`)).rows[0]!.id;
    const old = new Date(NOW.getTime() - 400 * 86_400_000);
    const stale = (await q.query<{ id: string }>(
      `insert into contacts (account_id, name, email, phone, created_at, updated_at) values ($1, 'Old Olga', 'olga@acme.com', '+14155550100', $2, $2) returning id`,
      [acme, old],
    )).rows[0]!.id;
    const active = (await q.query<{ id: string }>(
      `insert into contacts (account_id, name, created_at, updated_at) values ($1, 'Busy Bea', $2, $2) returning id`,
      [acme, old],
    )).rows[0]!.id;
    await f.activity(q, { accountId: acme, contactId: active, occurredAt: hoursAgo(24) });
    const oldCall = await f.activity(q, { accountId: acme, body: 'Olga: my card is 4111 1111 1111 1111', subject: 'Old call', occurredAt: old });
    await q.query(`update activities set summary = 'Billing question' where id = $1`, [oldCall]);
    await q.query(`insert into processed_events (event_id, surface, received_at) values ('ev-old', 'slack', $1), ('ev-new', 'slack', $2)`, [old, NOW]);

    expect(await retentionJob.handle({}, deps)).toEqual({ skipped: 'CRM_RETENTION_DAYS is not set' });
    const first = await retentionJob.handle({}, { ...deps, retentionDays: 365 });
    expect(first).toEqual({ days: 365, contacts: 1, transcripts: 1, events: 1 });
    expect(await retentionJob.handle({ days: 365 }, deps)).toEqual({ days: 365, contacts: 0, transcripts: 0, events: 0 });

    const c = await q.query('select name, email, phone from contacts where id = any($1::uuid[]) order by name', [[stale, active]]);
    expect(c.rows).toEqual([
      { name: 'Anonymised contact', email: null, phone: null },
      { name: 'Busy Bea', email: null, phone: null },
    ]);
    const a = await q.query<{ body: string | null; summary: string; search_text: string }>('select body, summary, search_text from activities where id = $1', [oldCall]);
    expect(a.rows[0]).toEqual({ body: null, summary: 'Billing question', search_text: 'old call billing question' });
    const audit = await q.query(`select action, after from audit_log where action = 'retention'`);
    expect(audit.rows).toHaveLength(1);
  });
});
