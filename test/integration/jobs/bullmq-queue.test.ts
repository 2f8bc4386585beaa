import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { BullMqQueue } from '../../../src/jobs/bullmq-queue';
import type { Notifier, NotifyMessage } from '../../../src/jobs/contracts';
import { jobsCommand } from '../../../src/jobs/jobs-command';
import { registerJobMetrics } from '../../../src/jobs/job-metrics';
import { createJobHandlers } from '../../../src/jobs/registry';
import { fixedClock } from '../../../src/shared/clock';
import { silentLogger } from '../../../src/shared/logger';
import { FakeLlm } from './support/fake-llm';
import { noDb } from './support/no-db';
import { deleteKeys, describeRedis, eventually, sleep, uniquePrefix } from './support/redis-support';
import { spawnWorker } from './support/spawn-worker';

/** A notifier that can be told to fail, to drive retries. */
class SwitchableNotifier implements Notifier {
  sent: Array<{ userId: string; message: NotifyMessage }> = [];
  failing = false;
  async notify(userId: string, message: NotifyMessage): Promise<void> {
    if (this.failing) throw new Error('chat platform is down');
    this.sent.push({ userId, message });
  }
}

const io = () => {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr: new PassThrough() }, out: () => out };
};

describeRedis('BullMQ job queue on the real Redis', (url) => {
  const prefix = uniquePrefix('bullmq');
  const registry = new Registry();
  const metrics = registerJobMetrics(registry);
  const notifier = new SwitchableNotifier();
  let queue: BullMqQueue;

  beforeAll(async () => {
    queue = new BullMqQueue({ url, prefix, log: silentLogger, metrics, retry: { attempts: 3, backoffMs: 20 } });
    metrics.watch(queue);
  });

  afterAll(async () => {
    await queue.close({ timeoutMs: 5000 });
    await deleteKeys(url, prefix);
  });

  it('hands a job enqueued in this process to a worker in another process', async () => {
    const userId = randomUUID();
    const r = await queue.enqueue('notify', { userId, message: { text: 'hello from the test' }, key: 'cross-process' });
    expect(r).toEqual({ id: 'notify/cross-process', deduplicated: false });

    const worker = spawnWorker({ REDIS_URL: url, CHILD_PREFIX: prefix });
    try {
      const redis = new Redis(url);
      const done = await eventually(async () => {
        const d = await redis.lrange(`${prefix}:test:done`, 0, -1);
        return d.length ? d : undefined;
      }, 15_000, 'the child worker to finish the job');
      redis.disconnect();
      const [text, pid] = done[0]!.split('|');
      expect(text).toBe('hello from the test');
      expect(Number(pid)).toBe(worker.child.pid);
      expect(Number(pid)).not.toBe(process.pid);
      const job = await eventually(async () => (await queue.list()).find((j) => j.id === r.id && j.state === 'completed'));
      expect(job.name).toBe('notify');
    } finally {
      worker.child.kill('SIGTERM');
      const exit = await worker.exited;
      expect(exit.code).toBe(0);
    }
  });

  it('runs the same job once when it is enqueued twice, and still once after it is done', async () => {
    const userId = randomUUID();
    const payload = { userId, message: { text: 'only once' }, key: `sla-warn/${userId}` };
    const first = await queue.enqueue('notify', payload);
    const second = await queue.enqueue('notify', payload);
    expect(first.deduplicated).toBe(false);
    expect(second).toEqual({ id: first.id, deduplicated: true });

    const handlers = createJobHandlers({
      db: noDb, llm: new FakeLlm(), notifier, clock: fixedClock('2026-11-25T10:00:00Z'), log: silentLogger, queue, timezone: 'UTC',
    });
    await queue.startWorkers(handlers, { queues: ['notify'] });
    await eventually(async () => notifier.sent.some((s) => s.userId === userId));
    expect((await queue.enqueue('notify', payload)).deduplicated).toBe(true);
    await sleep(300);
    expect(notifier.sent.filter((s) => s.userId === userId)).toHaveLength(1);
  });

  it('retries a failing handler with back-off, keeps it in the failed list, and `crm jobs retry` completes it', async () => {
    notifier.failing = true;
    const userId = randomUUID();
    const { id } = await queue.enqueue('notify', { userId, message: { text: 'eventually' }, key: `retry-${userId}` });
    const failed = await eventually(async () => (await queue.list({ failed: true })).find((j) => j.id === id), 10_000, 'the job to fail');
    expect(failed.attemptsMade).toBe(3);
    expect(failed.failedReason).toMatch(/chat platform is down/);

    const listing = io();
    await jobsCommand({ failed: true, json: true }, { queue, io: listing.io });
    const lines = listing.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(expect.arrayContaining([expect.objectContaining({ id, state: 'failed', name: 'notify' })]));

    notifier.failing = false;
    const retried = io();
    expect(await jobsCommand({ retry: id }, { queue, io: retried.io })).toBe(0);
    expect(retried.out()).toContain(`Job ${id} (notify) is queued again.`);
    await eventually(async () => notifier.sent.some((s) => s.userId === userId));
    const done = await eventually(async () => (await queue.list()).find((j) => j.id === id && j.state === 'completed'));
    expect(done.attemptsMade).toBe(1); // counted afresh since the retry
    expect((await queue.list({ failed: true })).some((j) => j.id === id)).toBe(false);

    await expect(queue.retry(id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(queue.retry('no-such-job')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('rejects an invalid payload before it reaches Redis', async () => {
    await expect(queue.enqueue('notify', { userId: 'nope', message: { text: '' } } as never)).rejects.toMatchObject({ code: 'bad_input' });
    await expect(queue.enqueue('no.such.job' as never, {} as never)).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('reports health, depth and metrics, and writes only keys under its prefix', async () => {
    const health = await queue.health();
    expect(health).toMatchObject({ mode: 'bullmq', ok: true, prefix, redis: { ok: true } });
    await queue.enqueue('call.summarise', { activityId: randomUUID() }); // nobody serves this queue here
    const counts = await queue.counts();
    expect(counts['call.summarise'].waiting).toBe(1);
    const text = await registry.metrics();
    expect(text).toMatch(/crm_job_duration_seconds_count\{job="notify",status="completed"\} \d+/);
    expect(text).toMatch(/crm_job_failures_total\{job="notify"\} 3/);
    expect(text).toContain('crm_job_queue_depth{job="call.summarise",state="waiting",mode="bullmq"} 1');

    const redis = new Redis(url);
    const tag = prefix.split('-').slice(-1)[0]!;
    const [, keys] = await redis.scan('0', 'MATCH', `*${tag}*`, 'COUNT', 10_000);
    redis.disconnect();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith(`${prefix}:`))).toBe(true);
  });

  it('registers the repeatable schedules as BullMQ job schedulers under the prefix', async () => {
    const other = new BullMqQueue({ url, prefix, log: silentLogger });
    const handlers = createJobHandlers({
      db: noDb, llm: new FakeLlm(), notifier, clock: fixedClock('2026-11-25T10:00:00Z'), log: silentLogger, queue: other, timezone: 'UTC',
    });
    // Serve only `notify`, so the scheduled jobs are queued but not run against a missing database.
    await other.startWorkers(handlers, {
      queues: ['notify'],
      schedules: [
        { id: 'sla-watch', name: 'sla.watch', every: 60_000 },
        { id: 'digest-morning', name: 'digest.morning', at: { hour: 8, minute: 0, weekdays: [1, 2, 3, 4, 5] }, tz: 'Asia/Shanghai' },
      ],
    });
    await other.close({ timeoutMs: 5000 });
    const sla = new Queue('sla.watch', { connection: { url }, prefix });
    const morning = new Queue('digest.morning', { connection: { url }, prefix });
    try {
      expect(await sla.getJobScheduler('sla-watch')).toMatchObject({ every: 60_000 });
      expect(await morning.getJobScheduler('digest-morning')).toMatchObject({ pattern: '0 8 * * 1,2,3,4,5', tz: 'Asia/Shanghai' });
    } finally {
      await sla.close();
      await morning.close();
    }
  });
});
