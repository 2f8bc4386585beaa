import type { Registry } from 'prom-client';
import type { Config } from '../config/config';
import { createJobQueue } from '../jobs/create-queue';
import type { JobName, JobPayload, JobQueue, JobHandlers } from '../jobs/contracts';
import type { ChatTurnRunners, JobDeps } from '../jobs/job-deps';
import { createJobHandlers } from '../jobs/registry';
import { defaultSchedules } from '../jobs/schedules';
import type { LlmPort } from '../llm/llm-port';
import { systemClock } from '../shared/clock';
import type { Db } from '../shared/db';
import type { Logger } from '../shared/logger';
import { NotifierHub } from './notifier-hub';

export interface JobsRuntime {
  mode: JobQueue['mode'];
  queue: JobQueue;
  notifier: NotifierHub;
  enqueue: (name: string, payload: Record<string, unknown>) => Promise<unknown>;
  /** Each surface registers how it runs a queued `chat.turn` (e.g. `chatTurns.slack = slack.runTranscriptTurn`), before or after attach. */
  chatTurns: ChatTurnRunners;
  /** Binds the handlers to the database and model once they exist; starts workers if configured. */
  attach(c: { db: Db; llm: LlmPort }, opts?: { workers?: boolean }): Promise<JobHandlers>;
  /** Work to finish before the queue closes (a surface draining its in-flight replies). */
  onClose(fn: () => Promise<void>): void;
  close(): Promise<void>;
}

export async function startJobs(config: Config, log: Logger, registry?: Registry): Promise<JobsRuntime> {
  const queue = createJobQueue({ redis: config.redis }, { log, registry });
  const notifier = new NotifierHub(log);
  const closers: Array<() => Promise<void>> = [];
  const chatTurns: ChatTurnRunners = {};
  return {
    mode: queue.mode,
    queue,
    notifier,
    enqueue: (name, payload) => queue.enqueue(name as JobName, payload as JobPayload<JobName>),
    chatTurns,
    async attach(c, opts = {}) {
      const deps: JobDeps = {
        db: c.db,
        llm: {
          summariseCall: async (transcript, o) => ({ ...(await c.llm.summariseCall({ transcript, now: o.now, tz: config.timezone })) }),
          embed: (texts) => c.llm.embed(texts),
          embeddingModel: c.llm.embeddingModel,
        },
        notifier,
        clock: systemClock,
        log,
        queue,
        timezone: config.timezone,
        retentionDays: config.retentionDays,
        chatTurns,
      };
      const handlers = createJobHandlers(deps);
      if (opts.workers ?? config.workers) await queue.startWorkers(handlers, { schedules: defaultSchedules(config.timezone) });
      return handlers;
    },
    onClose: (fn) => closers.push(fn),
    async close() {
      for (const fn of closers) await fn().catch((e) => log.warn({ err: e }, 'a surface did not drain cleanly'));
      await queue.close({ timeoutMs: 10_000 });
    },
  };
}
