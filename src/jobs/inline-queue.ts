import { randomUUID } from 'node:crypto';
import { AppError } from '../shared/app-error';
import { systemClock, type Clock } from '../shared/clock';
import { silentLogger, type Logger } from '../shared/logger';
import {
  JOB_NAMES,
  jobIdFor,
  type EnqueueOptions,
  type EnqueueResult,
  type JobHandlers,
  type JobInfo,
  type JobName,
  type JobPayload,
  type JobQueue,
  type JobState,
  type QueueCounts,
  type QueueHealth,
  type Schedule,
  type StartWorkersOptions,
} from './contracts';
import { assertHandlers, assertJobName, backoffDelay, DEFAULT_RETRY, errorMessage, isPermanentJobError, parsePayload, type RetryPolicy } from './job-policy';
import type { JobMetrics } from './job-metrics';
import { dueOccurrence } from './schedules';

export interface InlineQueueOptions {
  log?: Logger;
  metrics?: JobMetrics;
  retry?: Partial<RetryPolicy>;
  /** The clock schedules read (tests stand in for it). */
  clock?: Clock;
  /** How many finished jobs are remembered, so a repeated enqueue stays one job. */
  keepFinished?: number;
  /** How often time-of-day schedules are checked. */
  tickMs?: number;
}

interface InlineJob {
  id: string;
  name: JobName;
  payload: unknown;
  state: JobState;
  attemptsMade: number;
  maxAttempts: number;
  createdAt: Date;
  finishedAt?: Date;
  failedReason?: string;
}

/**
 * The same handlers in this process, with no Redis: for a first run and for tests. It keeps the
 * delivery rules of the BullMQ driver (ids derived from the payload, retries with exponential
 * back-off, a failed list, retry) but not durability: jobs live in memory. Its timers are unref'd,
 * so they never keep a process alive on their own.
 */
export class InlineQueue implements JobQueue {
  readonly mode = 'inline' as const;
  private readonly jobs = new Map<string, InlineJob>();
  private readonly running = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly policy: RetryPolicy;
  private readonly log: Logger;
  private readonly clock: Clock;
  private handlers?: Partial<JobHandlers>;
  private served = new Set<JobName>();
  private closed = false;

  constructor(private readonly opts: InlineQueueOptions = {}) {
    this.policy = { ...DEFAULT_RETRY, ...opts.retry };
    this.log = opts.log ?? silentLogger;
    this.clock = opts.clock ?? systemClock;
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, opts: EnqueueOptions = {}): Promise<EnqueueResult> {
    if (this.closed) throw new AppError('unavailable', 'The job queue is closed.');
    assertJobName(name);
    const data = parsePayload(name, payload);
    const id = opts.jobId ?? jobIdFor(name, data) ?? `${name}/${randomUUID()}`;
    if (this.jobs.has(id)) return { id, deduplicated: true };
    const job: InlineJob = {
      id, name, payload: data, state: opts.delayMs ? 'delayed' : 'waiting', attemptsMade: 0,
      maxAttempts: opts.attempts ?? this.policy.attempts, createdAt: new Date(),
    };
    this.jobs.set(id, job);
    this.forgetOldFinished();
    if (opts.delayMs) this.later(opts.delayMs, () => this.wake(job));
    else this.dispatch(job);
    return { id, deduplicated: false };
  }

  async startWorkers(handlers: JobHandlers, opts: StartWorkersOptions = {}): Promise<void> {
    const queues = opts.queues ?? JOB_NAMES;
    assertHandlers(handlers, queues);
    this.handlers = handlers;
    this.served = new Set(queues);
    for (const job of this.jobs.values()) this.dispatch(job);
    for (const s of opts.schedules ?? []) this.schedule(s);
  }

  async list(filter: { failed?: boolean; limit?: number } = {}): Promise<JobInfo[]> {
    return [...this.jobs.values()]
      .filter((j) => !filter.failed || j.state === 'failed')
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, filter.limit ?? 100)
      .map(info);
  }

  async retry(id: string): Promise<JobInfo> {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not_found', `There is no job ${id}.`);
    if (job.state !== 'failed') throw new AppError('conflict', `Job ${id} is ${job.state}, not failed.`);
    Object.assign(job, { state: 'waiting', attemptsMade: 0, failedReason: undefined, finishedAt: undefined });
    const queued = info(job);
    this.dispatch(job);
    return queued;
  }

  async counts(): Promise<QueueCounts> {
    const out = Object.fromEntries(JOB_NAMES.map((n) => [n, { waiting: 0, active: 0, delayed: 0, failed: 0 }])) as QueueCounts;
    for (const j of this.jobs.values()) {
      if (j.state === 'waiting' || j.state === 'active' || j.state === 'delayed' || j.state === 'failed') out[j.name][j.state]++;
    }
    return out;
  }

  async health(): Promise<QueueHealth> {
    return { mode: 'inline', ok: !this.closed };
  }

  /** Resolves when every job this process serves has finished (for one-shot commands and tests). */
  async whenIdle(): Promise<void> {
    const busy = () => [...this.jobs.values()].some((j) => this.served.has(j.name) && ['waiting', 'active', 'delayed'].includes(j.state));
    while (!this.closed && this.handlers && busy()) await new Promise((r) => setTimeout(r, 5));
    await Promise.allSettled([...this.running]);
  }

  async close(opts: { timeoutMs?: number } = {}): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((r) => (timer = setTimeout(r, opts.timeoutMs ?? 30_000)));
    await Promise.race([Promise.allSettled([...this.running]), timeout]);
    clearTimeout(timer);
  }

  private dispatch(job: InlineJob): void {
    if (this.closed || job.state !== 'waiting' || !this.handlers || !this.served.has(job.name)) return;
    job.state = 'active';
    const run = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run(job));
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  private async run(job: InlineJob): Promise<void> {
    job.attemptsMade++;
    const started = performance.now();
    try {
      const handler = this.handlers![job.name] as (p: unknown, ctx: { jobId: string; attempt: number }) => Promise<unknown>;
      await handler(parsePayload(job.name, job.payload), { jobId: job.id, attempt: job.attemptsMade });
      Object.assign(job, { state: 'completed', finishedAt: new Date() });
      this.opts.metrics?.observe(job.name, 'completed', (performance.now() - started) / 1000);
    } catch (e) {
      this.opts.metrics?.observe(job.name, 'failed', (performance.now() - started) / 1000);
      job.failedReason = errorMessage(e);
      const again = !isPermanentJobError(e) && job.attemptsMade < job.maxAttempts && !this.closed;
      this.log.warn({ job: job.name, id: job.id, attempt: job.attemptsMade, err: job.failedReason, retry: again }, 'job failed');
      if (again) {
        job.state = 'delayed';
        this.later(backoffDelay(this.policy, job.attemptsMade), () => this.wake(job));
      } else {
        Object.assign(job, { state: 'failed', finishedAt: new Date() });
      }
    }
  }

  private wake(job: InlineJob): void {
    if (job.state !== 'delayed') return;
    job.state = 'waiting';
    this.dispatch(job);
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    t.unref();
    this.timers.add(t);
  }

  private schedule(s: Schedule): void {
    const failed = (e: unknown) => this.log.error({ err: errorMessage(e), schedule: s.id }, 'could not enqueue a scheduled job');
    const fire = () => {
      if (this.closed) return;
      try {
        const now = this.clock.now();
        const slot = 'every' in s ? String(Math.floor(now.getTime() / s.every)) : dueOccurrence(s, now);
        if (slot !== null) this.enqueue(s.name, (s.payload ?? {}) as never, { jobId: `${s.id}/${slot}` }).catch(failed);
      } catch (e) {
        failed(e); // a timer callback that throws would take the whole process down
      }
    };
    const t = setInterval(fire, 'every' in s ? s.every : (this.opts.tickMs ?? 30_000));
    t.unref();
    this.timers.add(t as unknown as NodeJS.Timeout);
    fire();
  }

  private forgetOldFinished(): void {
    const keep = this.opts.keepFinished ?? 10_000;
    if (this.jobs.size <= keep) return;
    for (const [id, j] of this.jobs) {
      if (this.jobs.size <= keep) break;
      if (j.state === 'completed') this.jobs.delete(id);
    }
  }
}

function info(j: InlineJob): JobInfo {
  return {
    id: j.id,
    name: j.name,
    state: j.state,
    attemptsMade: j.attemptsMade,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString(),
    failedReason: j.failedReason,
    payload: j.payload,
  };
}
