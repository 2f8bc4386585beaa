import { Queue, UnrecoverableError, Worker, type Job, type JobType } from 'bullmq';
import { Redis } from 'ioredis';
import { AppError, isAppError } from '../shared/app-error';
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
  type StartWorkersOptions,
} from './contracts';
import {
  assertHandlers, assertJobName, DEFAULT_RETRY, errorMessage, isPermanentJobError, KEEP_COMPLETED, KEEP_FAILED,
  parsePayload, type RetryPolicy,
} from './job-policy';
import type { JobMetrics } from './job-metrics';
import { toRepeat } from './schedules';

export interface BullMqQueueOptions {
  url: string;
  /** Every Redis key starts with it (CRM_QUEUE_PREFIX), so installations can share a Redis. */
  prefix: string;
  log?: Logger;
  metrics?: JobMetrics;
  retry?: Partial<RetryPolicy>;
  /** A worker that stops renewing its lock for this long is presumed dead and its job runs again. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  concurrency?: Partial<Record<JobName, number>>;
}

/** One queue per job, so slow summaries never hold up notifications. */
const DEFAULT_CONCURRENCY: Record<JobName, number> = {
  'call.summarise': 2, 'record.embed': 4, notify: 8, 'sla.watch': 1, 'digest.morning': 1, 'digest.weekly': 1,
  'maintenance.retention': 1, 'chat.turn': 4,
};

const STATES: Array<[JobType, JobState]> = [
  ['active', 'active'], ['waiting', 'waiting'], ['prioritized', 'waiting'], ['delayed', 'delayed'],
  ['failed', 'failed'], ['completed', 'completed'],
];

/** The BullMQ driver: durable, retried, shared by any number of worker processes. */
export class BullMqQueue implements JobQueue {
  readonly mode = 'bullmq' as const;
  private readonly producer: Redis;
  private readonly queues = new Map<JobName, Queue>();
  private readonly workers: Worker[] = [];
  private workerConnection?: Redis;
  private readonly policy: RetryPolicy;
  private readonly log: Logger;

  constructor(private readonly opts: BullMqQueueOptions) {
    this.policy = { ...DEFAULT_RETRY, ...opts.retry };
    this.log = opts.log ?? silentLogger;
    // Producers fail fast (a chat answer must not hang on a down Redis); workers wait forever.
    this.producer = new Redis(opts.url, {
      maxRetriesPerRequest: 2,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 100, 1000),
    });
    this.producer.on('error', (e) => this.log.debug({ err: e.message }, 'redis (producer) error'));
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, opts: EnqueueOptions = {}): Promise<EnqueueResult> {
    assertJobName(name);
    const data = parsePayload(name, payload);
    const id = opts.jobId ?? jobIdFor(name, data);
    const queue = this.queue(name);
    try {
      // The add itself is atomic and never duplicates; this read only tells the caller which case it was.
      if (id && (await queue.getJob(id))) return { id, deduplicated: true };
      // Only set keys: an explicit undefined would override the queue's default attempts.
      const jobOpts = Object.fromEntries(
        Object.entries({ jobId: id, delay: opts.delayMs, attempts: opts.attempts }).filter(([, v]) => v !== undefined),
      );
      const job = await queue.add(name, data, jobOpts);
      return { id: job.id!, deduplicated: false };
    } catch (e) {
      throw this.unavailable(e);
    }
  }

  async startWorkers(handlers: JobHandlers, opts: StartWorkersOptions = {}): Promise<void> {
    const names = opts.queues ?? JOB_NAMES;
    assertHandlers(handlers, names);
    this.workerConnection ??= new Redis(this.opts.url, { maxRetriesPerRequest: null });
    this.workerConnection.on('error', (e) => this.log.debug({ err: e.message }, 'redis (worker) error'));
    for (const name of names) {
      const worker = new Worker(name, (job: Job) => this.process(name, handlers, job), {
        connection: this.workerConnection,
        prefix: this.opts.prefix,
        concurrency: opts.concurrency?.[name] ?? this.opts.concurrency?.[name] ?? DEFAULT_CONCURRENCY[name],
        lockDuration: this.opts.lockDurationMs ?? 30_000,
        stalledInterval: this.opts.stalledIntervalMs ?? 30_000,
        maxStalledCount: 2,
      });
      worker.on('failed', (job, err) =>
        this.log.warn({ job: name, id: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed'),
      );
      worker.on('stalled', (id) => this.log.warn({ job: name, id }, 'job stalled; it will run again'));
      worker.on('error', (e) => this.log.error({ job: name, err: e.message }, 'worker error'));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
    for (const s of opts.schedules ?? []) {
      await this.queue(s.name).upsertJobScheduler(s.id, toRepeat(s), { name: s.name, data: s.payload ?? {} });
    }
    this.log.info({ queues: names, prefix: this.opts.prefix }, 'job workers started');
  }

  async list(filter: { failed?: boolean; limit?: number } = {}): Promise<JobInfo[]> {
    const limit = filter.limit ?? 100;
    const states = filter.failed ? STATES.filter(([, s]) => s === 'failed') : STATES;
    const out: JobInfo[] = [];
    try {
      for (const name of JOB_NAMES) {
        for (const [type, state] of states) {
          for (const job of await this.queue(name).getJobs(type, 0, limit - 1, false)) out.push(toInfo(name, job, state));
        }
      }
    } catch (e) {
      throw this.unavailable(e);
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
  }

  async retry(id: string): Promise<JobInfo> {
    for (const name of JOB_NAMES) {
      const job = await this.queue(name).getJob(id).catch((e) => Promise.reject(this.unavailable(e)));
      if (!job) continue;
      const state = await job.getState();
      if (state !== 'failed') throw new AppError('conflict', `Job ${id} is ${state}, not failed.`);
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return { ...toInfo(name, job, 'waiting'), attemptsMade: 0, failedReason: undefined, finishedAt: undefined };
    }
    throw new AppError('not_found', `There is no job ${id}.`);
  }

  async counts(): Promise<QueueCounts> {
    const out = {} as QueueCounts;
    for (const name of JOB_NAMES) {
      const c = await this.queue(name).getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
      out[name] = { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
    }
    return out;
  }

  async health(): Promise<QueueHealth> {
    const started = performance.now();
    try {
      await this.producer.ping();
      return { mode: 'bullmq', ok: true, prefix: this.opts.prefix, redis: { ok: true, latencyMs: Math.round(performance.now() - started) } };
    } catch (e) {
      return { mode: 'bullmq', ok: false, prefix: this.opts.prefix, redis: { ok: false, error: errorMessage(e) } };
    }
  }

  /**
   * Graceful: workers take no new job and in-flight ones finish. Past timeoutMs the workers are
   * closed by force; their jobs keep their lock until it expires and are then run again elsewhere.
   */
  async close(opts: { timeoutMs?: number } = {}): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), opts.timeoutMs ?? 30_000)));
    const outcome = await Promise.race([Promise.all(this.workers.map((w) => w.close())), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.log.warn('in-flight jobs did not finish in time; they will be run again by another worker');
      await Promise.all(this.workers.map((w) => w.close(true)));
    }
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await Promise.all([this.workerConnection, this.producer].map((c) => c?.quit().catch(() => c.disconnect())));
  }

  private queue(name: JobName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: this.producer,
        prefix: this.opts.prefix,
        // Otherwise an enqueue waits for Redis forever; the producer's retry limit makes it fail fast.
        skipWaitingForReady: true,
        defaultJobOptions: {
          attempts: this.policy.attempts,
          backoff: { type: 'exponential', delay: this.policy.backoffMs },
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: KEEP_FAILED,
        },
      });
      q.on('error', (e) => this.log.debug({ err: e.message }, 'queue error'));
      this.queues.set(name, q);
    }
    return q;
  }

  private async process(name: JobName, handlers: JobHandlers, job: Job): Promise<unknown> {
    const started = performance.now();
    try {
      const handler = handlers[name] as (p: unknown, ctx: { jobId: string; attempt: number }) => Promise<unknown>;
      const out = await handler(parsePayload(name, job.data), { jobId: job.id!, attempt: job.attemptsMade + 1 });
      this.opts.metrics?.observe(name, 'completed', (performance.now() - started) / 1000);
      return out ?? null;
    } catch (e) {
      this.opts.metrics?.observe(name, 'failed', (performance.now() - started) / 1000);
      if (isPermanentJobError(e)) throw new UnrecoverableError(errorMessage(e));
      throw e;
    }
  }

  private unavailable(e: unknown): Error {
    if (isAppError(e)) return e;
    if (/Custom Id|JobId cannot/i.test(errorMessage(e))) return new AppError('bad_input', errorMessage(e));
    return new AppError('unavailable', `The job queue (Redis) is not reachable: ${errorMessage(e)}`);
  }
}

function toInfo(name: JobName, job: Job, state: JobState): JobInfo {
  return {
    id: job.id!,
    name,
    state,
    attemptsMade: job.attemptsMade,
    createdAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : undefined,
    failedReason: job.failedReason || undefined,
    payload: job.data,
  };
}
