import { InlineQueue } from '../../../src/jobs/inline-queue';
import { createJobHandlers } from '../../../src/jobs/registry';
import type { JobHandlers } from '../../../src/jobs/contracts';
import { fixedClock } from '../../../src/shared/clock';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import * as f from './support/fixtures';
import { testDeps, type TestDeps } from './support/job-deps';

const T = new Date('2026-11-25T10:00:00Z');
const minutes = (n: number) => new Date(T.getTime() + n * 60_000);
const ctx = { jobId: 'test', attempt: 1 };

describe.each(engines())('SLA watch on %s', (engine) => {
  let t: TestDb;
  let queue: InlineQueue;
  let deps: TestDeps;
  let handlers: JobHandlers;
  const ids: Record<string, string> = {};
  const tickets: Record<string, { id: string; number: number }> = {};

  beforeAll(async () => {
    t = await createTestDb(engine);
    const q = t.db;
    const support = await f.team(q, 'Support');
    const sales = await f.team(q, 'Sales');
    ids.alice = await f.user(q, { name: 'Alice Agent', role: 'agent', teamId: support });
    ids.bob = await f.user(q, { name: 'Bob Agent', role: 'agent', teamId: support });
    ids.li = await f.user(q, { name: '李娜', role: 'agent', teamId: support, locale: 'zh-CN' });
    ids.mia = await f.user(q, { name: 'Mia Manager', role: 'manager', teamId: support });
    ids.rita = await f.user(q, { name: 'Rita Rep', role: 'rep', teamId: sales });
    ids.sam = await f.user(q, { name: 'Sam Manager', role: 'manager', teamId: sales });
    const acme = await f.account(q, 'Acme', ids.rita);
    const ticket = (subject: string, priority: string, createdMin: number, assignee: string | null, extra = {}) =>
      f.ticket(q, { accountId: acme, subject, priority, assigneeId: assignee, createdAt: minutes(createdMin), ...extra });
    tickets.nearly = await ticket('SSO is down', 'urgent', -50, ids.alice); // 83% of 1 h gone
    tickets.fresh = await ticket('Invoice question', 'normal', -60, ids.alice); // 4% of 24 h
    tickets.breached = await ticket('Export fails', 'high', -300, ids.bob); // 5 h > 4 h
    tickets.answered = await ticket('Answered', 'urgent', -50, ids.alice, { firstResponseAt: minutes(-40) });
    tickets.resolved = await ticket('Resolved', 'urgent', -120, ids.alice, { status: 'resolved' });
    tickets.orphan = await ticket('Nobody has it', 'urgent', -120, null); // escalates to the account owner's manager
    tickets.chinese = await ticket('无法登录', 'urgent', -46, ids.li);

    queue = new InlineQueue({ retry: { attempts: 2, backoffMs: 10 } });
    deps = testDeps(t.db, queue, { clock: fixedClock(T) });
    handlers = createJobHandlers(deps);
    await queue.startWorkers(handlers);
  });

  afterAll(async () => {
    await queue.close({ timeoutMs: 2000 });
    await t.drop();
  });

  it('warns the assignee once and tells the manager once, however many times it runs', async () => {
    for (let i = 0; i < 3; i++) await handlers['sla.watch']({ at: T.toISOString() }, ctx);
    await queue.enqueue('sla.watch', {}); // the scheduled path, reading the clock
    await queue.whenIdle();

    const alice = deps.notifier.to(ids.alice!);
    expect(alice).toHaveLength(1);
    expect(alice[0]).toMatchObject({ kind: 'sla.warning', record: { type: 'ticket', id: tickets.nearly!.id } });
    expect(alice[0]!.text).toContain(`#${tickets.nearly!.number} "SSO is down" (urgent) needs a first response by 10:10 UTC: 10 min left`);

    const mia = deps.notifier.to(ids.mia!);
    expect(mia).toHaveLength(1);
    expect(mia[0]!.text).toContain(`#${tickets.breached!.number} "Export fails" (high, Acme) missed its first-response target`);
    expect(mia[0]!.text).toContain('assigned to Bob Agent');

    const sam = deps.notifier.to(ids.sam!);
    expect(sam).toHaveLength(1);
    expect(sam[0]!.text).toContain('assigned to nobody');

    const li = deps.notifier.to(ids.li!);
    expect(li).toHaveLength(1);
    expect(li[0]!.text).toContain('工单');
    expect(li[0]!.text).toContain('还剩 14 分钟');

    expect(deps.notifier.to(ids.bob!)).toEqual([]); // already breached: the manager hears, not a late warning
    expect(deps.notifier.sent).toHaveLength(4);

    const stamped = await t.db.query<{ subject: string; sla_warned_at: Date | null; sla_escalated_at: Date | null }>(
      'select subject, sla_warned_at, sla_escalated_at from tickets order by number',
    );
    const bySubject = Object.fromEntries(stamped.rows.map((r) => [r.subject, r]));
    expect(bySubject['SSO is down']!.sla_warned_at).toEqual(T);
    expect(bySubject['Export fails']!.sla_escalated_at).toEqual(T);
    expect(bySubject['Export fails']!.sla_warned_at).toEqual(T);
    expect(bySubject['Invoice question']!.sla_warned_at).toBeNull();
    expect(bySubject['Answered']!.sla_warned_at).toBeNull();
    expect(bySubject['Resolved']!.sla_escalated_at).toBeNull();
  });

  it('escalates a warned ticket once its target passes, and only then', async () => {
    const before = deps.notifier.sent.length;
    await handlers['sla.watch']({ at: minutes(5).toISOString() }, ctx);
    await queue.whenIdle();
    expect(deps.notifier.sent.length).toBe(before);

    for (let i = 0; i < 2; i++) await handlers['sla.watch']({ at: minutes(15).toISOString() }, ctx);
    await queue.whenIdle();
    const mia = deps.notifier.to(ids.mia!);
    expect(mia.map((m) => m.record?.id)).toEqual([tickets.breached!.id, tickets.nearly!.id, tickets.chinese!.id]);
    expect(deps.notifier.to(ids.alice!)).toHaveLength(1);
  });

  it('sends one warning when two workers run the watch at the same moment', async () => {
    const acme = (await t.db.query<{ id: string }>(`select id from accounts where name = 'Acme'`)).rows[0]!.id;
    const race = await f.ticket(t.db, { accountId: acme, subject: 'Race', priority: 'urgent', assigneeId: ids.bob!, createdAt: minutes(0) });
    const at = minutes(50).toISOString();
    const results = await Promise.all([handlers['sla.watch']({ at }, ctx), handlers['sla.watch']({ at }, ctx)]);
    await queue.whenIdle();
    expect(results.map((r) => (r as { warned: number }).warned).sort()).toEqual([0, 1]);
    const bob = deps.notifier.to(ids.bob!);
    expect(bob).toHaveLength(1);
    expect(bob[0]!.record?.id).toBe(race.id);
  });
});
