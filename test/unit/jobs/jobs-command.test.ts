import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { Registry } from 'prom-client';
import type { JobHandlers, JobQueue } from '../../../src/jobs/contracts';
import { InlineQueue } from '../../../src/jobs/inline-queue';
import { formatJob, jobsCommand, workerCommand } from '../../../src/jobs/jobs-command';
import { registerJobMetrics } from '../../../src/jobs/job-metrics';
import { silentLogger } from '../../../src/shared/logger';

const USER = '6f1c1f7e-2a4b-4c1d-9e2f-123456789abc';
const capture = () => {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr: new PassThrough() }, out: () => out };
};
const handlers = (over: Partial<JobHandlers> = {}): JobHandlers =>
  new Proxy({} as JobHandlers, { get: (_t, name: string) => (over as Record<string, unknown>)[name] ?? (async () => null) });

describe('crm jobs and crm worker', () => {
  it('lists jobs as text or one JSON line each', async () => {
    const queue = new InlineQueue();
    const empty = capture();
    await jobsCommand({}, { queue, io: empty.io });
    expect(empty.out()).toBe('No jobs.\n');
    await queue.enqueue('notify', { userId: USER, message: { text: 'a' }, key: 'a' });
    await queue.enqueue('digest.morning', { date: '2026-11-25' });
    const json = capture();
    await jobsCommand({ json: true, limit: 1 }, { queue, io: json.io });
    const lines = json.out().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: expect.any(String), state: 'waiting', attemptsMade: 0 });
    const text = capture();
    await jobsCommand({}, { queue, io: text.io });
    expect(text.out()).toMatch(/waiting +notify +notify\/a +\(0 attempts\)/);
    expect(formatJob({ id: 'x', name: 'notify', state: 'failed', attemptsMade: 1, createdAt: 'T', failedReason: 'first\nsecond' }))
      .toBe('T  failed     notify                 x  (1 attempt)  first');
    await queue.close();
  });

  it('runs workers until SIGTERM or SIGINT, then lets the in-flight job finish', async () => {
    const queue = new InlineQueue();
    const signals = new EventEmitter();
    let finished = false;
    const running = workerCommand({
      queue,
      log: silentLogger,
      signals,
      handlers: handlers({
        notify: async () => {
          await new Promise((r) => setTimeout(r, 50));
          finished = true;
        },
      }),
    });
    await new Promise((r) => setImmediate(r));
    await queue.enqueue('notify', { userId: USER, message: { text: 'in flight' } });
    await new Promise((r) => setTimeout(r, 10));
    signals.emit('SIGINT');
    expect(await running).toBe(0);
    expect(finished).toBe(true);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    await expect(queue.enqueue('notify', { userId: USER, message: { text: 'late' } })).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('gives up waiting for a stuck job after the shutdown timeout', async () => {
    const queue = new InlineQueue();
    const signals = new EventEmitter();
    const running = workerCommand({
      queue, log: silentLogger, signals, shutdownTimeoutMs: 20,
      handlers: handlers({ notify: () => new Promise(() => {}) }),
    });
    await new Promise((r) => setImmediate(r));
    await queue.enqueue('notify', { userId: USER, message: { text: 'stuck' } });
    await new Promise((r) => setTimeout(r, 5));
    signals.emit('SIGTERM');
    expect(await running).toBe(0);
  });
});

describe('job metrics', () => {
  it('count attempts and failures, and survive a queue that cannot be read', async () => {
    const registry = new Registry();
    const m = registerJobMetrics(registry);
    expect(await registry.metrics()).not.toContain('crm_job_queue_depth{');
    m.observe('notify', 'completed', 0.02);
    m.observe('notify', 'failed', 0.5);
    const broken: Pick<JobQueue, 'counts' | 'mode'> = { mode: 'bullmq', counts: async () => Promise.reject(new Error('redis down')) };
    m.watch(broken);
    const text = await registry.metrics();
    expect(text).toContain('crm_job_failures_total{job="notify"} 1');
    expect(text).toContain('crm_job_duration_seconds_count{job="notify",status="completed"} 1');
    expect(text).not.toContain('crm_job_queue_depth{');
  });
});
