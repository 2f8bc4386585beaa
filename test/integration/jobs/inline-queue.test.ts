import { PassThrough } from 'node:stream';
import { Registry } from 'prom-client';
import type { JobHandlers } from '../../../src/jobs/contracts';
import { createJobQueue } from '../../../src/jobs/create-queue';
import { InlineQueue } from '../../../src/jobs/inline-queue';
import { jobsCommand } from '../../../src/jobs/jobs-command';
import { createJobHandlers } from '../../../src/jobs/registry';
import { embedRecordJob } from '../../../src/jobs/workers/embed-record.job';
import { summariseCallJob } from '../../../src/jobs/workers/summarise-call.job';
import type { Db } from '../../../src/shared/db';
import { fixedClock } from '../../../src/shared/clock';
import { silentLogger } from '../../../src/shared/logger';
import { createTestDb, type TestDb } from '../../support/test-db';
import * as f from './support/fixtures';
import { testDeps, type TestDeps } from './support/job-deps';

const TRANSCRIPT = [
  'Dana: Thanks for joining, this is the renewal call for Acme.',
  'Chris: We are happy with the product but the price went up.',
  "Dana: I'll send a revised quote by Friday.",
  "Chris: I'll check the budget with finance.",
].join('\n');

const capture = () => {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr: new PassThrough() }, out: () => out };
};

describe('the in-process queue runs the real handlers with no Redis (PGlite)', () => {
  let t: TestDb;
  let queue: InlineQueue;
  let deps: TestDeps;
  let handlers: JobHandlers;
  let dana: string;
  let acme: string;

  beforeAll(async () => {
    t = await createTestDb('pglite');
    dana = await f.user(t.db, { name: 'Dana Scully', role: 'rep' });
    acme = await f.account(t.db, 'Acme', dana);
    queue = createJobQueue({ redis: { prefix: 'crm' } }, { log: silentLogger, retry: { attempts: 3, backoffMs: 5 } }) as InlineQueue;
    deps = testDeps(t.db, queue);
    handlers = createJobHandlers(deps);
  });

  afterAll(async () => {
    await queue.close({ timeoutMs: 2000 });
    await t.drop();
  });

  it('is chosen when REDIS_URL is unset, and says so in its health', async () => {
    expect(queue.mode).toBe('inline');
    expect(await queue.health()).toEqual({ mode: 'inline', ok: true });
  });

  it('holds jobs until workers start, then summarises the call, saves tasks and embeds the activity, once', async () => {
    const activityId = await f.activity(t.db, { accountId: acme, ownerId: dana, body: TRANSCRIPT, subject: 'Renewal call' });
    const first = await queue.enqueue('call.summarise', { activityId });
    expect(first).toEqual({ id: `summary/${activityId}`, deduplicated: false });
    expect((await queue.list())[0]).toMatchObject({ id: first.id, state: 'waiting' });

    await queue.startWorkers(handlers);
    expect(await queue.enqueue('call.summarise', { activityId })).toEqual({ id: first.id, deduplicated: true });
    await queue.whenIdle();

    const a = (await t.db.query<{ summary: string; sentiment: string; details: { call_summary: { action_items: unknown[] } } }>(
      'select summary, sentiment, details from activities where id = $1', [activityId],
    )).rows[0]!;
    expect(a.summary).toContain('renewal call for Acme');
    expect(a.sentiment).toBe('positive');
    expect(a.details.call_summary.action_items).toHaveLength(2);
    const tasks = await t.db.query<{ subject: string; owner_id: string; due_date: string }>(
      'select subject, owner_id, due_date from tasks where activity_id = $1 order by subject', [activityId],
    );
    expect(tasks.rows).toEqual([
      { subject: 'check the budget with finance.', owner_id: dana, due_date: '2026-11-28' }, // Chris is no user: the call's owner
      { subject: 'send a revised quote by Friday.', owner_id: dana, due_date: '2026-11-28' },
    ]);
    const emb = await t.db.query('select model from embeddings where record_type = $1 and record_id = $2', ['activity', activityId]);
    expect(emb.rows).toEqual([{ model: 'fake-embed-256' }]);
    expect(deps.llm.summaries).toBe(1);

    // Run again by hand, as a worker picking up a job that already ran would: nothing doubles.
    expect(await handlers['call.summarise']({ activityId }, { jobId: 'x', attempt: 2 })).toEqual({ skipped: 'already summarised' });
    expect((await t.db.query('select 1 from tasks where activity_id = $1', [activityId])).rowCount).toBe(2);
  });

  it('retries a failing model with back-off, then keeps the job in the failed list until retried', async () => {
    const flaky = await f.activity(t.db, { accountId: acme, ownerId: dana, body: TRANSCRIPT });
    deps.llm.failNext = 2;
    await queue.enqueue('call.summarise', { activityId: flaky });
    await queue.whenIdle();
    expect((await queue.list()).find((j) => j.id === `summary/${flaky}`)).toMatchObject({ state: 'completed', attemptsMade: 3 });

    const broken = await f.activity(t.db, { accountId: acme, ownerId: dana, body: TRANSCRIPT });
    deps.llm.failNext = 3;
    const { id } = await queue.enqueue('call.summarise', { activityId: broken });
    await queue.whenIdle();
    const failed = await queue.list({ failed: true });
    expect(failed).toEqual([expect.objectContaining({ id, state: 'failed', attemptsMade: 3, failedReason: 'model unavailable' })]);
    expect((await queue.counts())['call.summarise'].failed).toBe(1);

    const listing = capture();
    await jobsCommand({ failed: true }, { queue, io: listing.io });
    expect(listing.out()).toMatch(new RegExp(`failed +call\\.summarise +${id} +\\(3 attempts\\) +model unavailable`));

    const json = capture();
    await jobsCommand({ retry: id, json: true }, { queue, io: json.io });
    expect(JSON.parse(json.out())).toMatchObject({ retried: id, job: { state: 'waiting' } });
    await queue.whenIdle();
    expect((await queue.list()).find((j) => j.id === id)?.state).toBe('completed');
    const none = capture();
    await jobsCommand({ failed: true }, { queue, io: none.io });
    expect(none.out()).toBe('No failed jobs.\n');
  });

  it('does not retry what cannot succeed: a missing activity fails at once', async () => {
    const { id } = await queue.enqueue('call.summarise', { activityId: '00000000-0000-4000-8000-000000000000' });
    await queue.whenIdle();
    expect((await queue.list({ failed: true })).find((j) => j.id === id)).toMatchObject({ attemptsMade: 1, failedReason: expect.stringMatching(/does not exist/) });
    const empty = await f.activity(t.db, { accountId: acme, body: null });
    await expect(summariseCallJob.handle({ activityId: empty }, deps)).rejects.toMatchObject({ code: 'bad_input' });
    await expect(queue.retry('nope')).rejects.toMatchObject({ code: 'not_found' });
    await expect(queue.retry(`summary/${empty}`)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('embeds a changed ticket again but not an unchanged one, and skips without pgvector', async () => {
    const tk = await f.ticket(t.db, { accountId: acme, subject: 'Export fails', createdAt: new Date() });
    const run = (d: TestDeps | (TestDeps & { db: Db }), version: string) =>
      embedRecordJob.handle({ recordType: 'ticket', recordId: tk.id, version }, d);
    expect(await run(deps, 'v1')).toMatchObject({ embedded: true });
    expect(await run(deps, 'v1-again')).toEqual({ skipped: 'unchanged' });
    await t.db.query(`update tickets set description = 'CSV export times out' where id = $1`, [tk.id]);
    expect(await run(deps, 'v2')).toMatchObject({ embedded: true });
    expect(await embedRecordJob.handle({ recordType: 'activity', recordId: '00000000-0000-4000-8000-000000000000', version: '1' }, deps)).toEqual({ skipped: 'record is gone' });

    const db = t.db;
    const noVector: Db = { query: (s, p) => db.query(s, p), tx: (fn) => db.tx(fn), close: async () => {}, info: { ...db.info, vector: false } };
    expect(await run({ ...deps, db: noVector }, 'v3')).toEqual({ skipped: 'vector search is off' });

    const wrong = { ...deps, llm: { ...deps.llm, embeddingModel: 'other', embed: async () => [[1, 2, 3]] } } as unknown as TestDeps;
    await expect(run(wrong, 'v4')).rejects.toMatchObject({ code: 'config' });
  });

  it('runs repeatable schedules from its own timers, once per slot', async () => {
    const q = new InlineQueue({ tickMs: 10, clock: fixedClock('2026-11-25T08:05:00Z') });
    const seen: string[] = [];
    const noop = async () => {};
    const h = Object.fromEntries(Object.keys(handlers).map((n) => [n, noop])) as unknown as JobHandlers;
    h['sla.watch'] = async (_p, c) => void seen.push(c.jobId);
    h['digest.morning'] = async (_p, c) => void seen.push(c.jobId);
    await q.startWorkers(h, {
      schedules: [
        { id: 'sla-watch', name: 'sla.watch', every: 25 },
        { id: 'digest-morning', name: 'digest.morning', at: { hour: 8, minute: 0, weekdays: [3] }, tz: 'UTC' },
        { id: 'digest-weekly', name: 'digest.weekly', at: { hour: 8, minute: 0, weekdays: [1] }, tz: 'UTC' },
        { id: 'broken', name: 'maintenance.retention', at: { hour: 8, minute: 0 }, tz: 'Not/AZone' },
      ],
    });
    await new Promise((r) => setTimeout(r, 120));
    await q.whenIdle();
    await q.close({ timeoutMs: 1000 });
    // The clock stands still, so the every-minute slot is one slot: one run, however many ticks.
    expect(seen.filter((s) => s.startsWith('sla-watch/'))).toHaveLength(1);
    expect(seen.filter((s) => s.startsWith('digest-morning/'))).toEqual(['digest-morning/2026-11-25']); // a Wednesday
    expect(seen.some((s) => s.startsWith('digest-weekly/'))).toBe(false); // Mondays only
    await expect(q.enqueue('sla.watch', {})).rejects.toMatchObject({ code: 'unavailable' });
    expect(await q.health()).toEqual({ mode: 'inline', ok: false });
  });

  it('refuses to start without a handler for every queue, and honours delays', async () => {
    const q = new InlineQueue();
    const partial = { notify: handlers.notify } as unknown as JobHandlers;
    await expect(q.startWorkers(partial)).rejects.toMatchObject({ code: 'config', message: expect.stringMatching(/call\.summarise/) });
    await q.startWorkers(partial, { queues: ['notify'] });
    const user = await f.user(t.db, { name: 'Later', role: 'rep' });
    const r = await q.enqueue('notify', { userId: user, message: { text: 'later' } }, { delayMs: 30 });
    expect(r.id).toMatch(/^notify\//);
    expect((await q.list())[0]!.state).toBe('delayed');
    await q.whenIdle();
    expect(deps.notifier.to(user)).toEqual([{ text: 'later' }]);
    await q.close();
  });

  it('reports its depth through the metrics registry', async () => {
    const registry = new Registry();
    const q = createJobQueue({ redis: { prefix: 'crm' } }, { log: silentLogger, registry });
    await q.enqueue('digest.weekly', { weekStart: '2026-11-16' });
    expect(await registry.metrics()).toContain('crm_job_queue_depth{job="digest.weekly",state="waiting",mode="inline"} 1');
    await q.close();
  });
});
