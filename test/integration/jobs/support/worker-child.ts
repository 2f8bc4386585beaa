/**
 * A worker in a process of its own, for the cross-process, SIGKILL and SIGTERM tests. It serves
 * the `notify` queue with the real handler and a Notifier that writes to Redis (under the test's
 * prefix) and can be slowed down, so a test can kill it mid-job.
 *   env: REDIS_URL, CHILD_PREFIX, NOTIFY_DELAY_MS, LOCK_MS, STALLED_MS
 */
import { Redis } from 'ioredis';
import { systemClock } from '../../../../src/shared/clock';
import { createLogger } from '../../../../src/shared/logger';
import { BullMqQueue } from '../../../../src/jobs/bullmq-queue';
import type { Notifier } from '../../../../src/jobs/contracts';
import { workerCommand } from '../../../../src/jobs/jobs-command';
import { createJobHandlers } from '../../../../src/jobs/registry';
import { noDb } from './no-db';

const env = process.env;
const prefix = env.CHILD_PREFIX!;
const delayMs = Number(env.NOTIFY_DELAY_MS ?? 0);
const log = createLogger('warn', 'worker-child');
const redis = new Redis(env.REDIS_URL!);

const notifier: Notifier = {
  async notify(userId, message) {
    await redis.rpush(`${prefix}:test:started`, `${message.text}|${process.pid}`);
    await new Promise((r) => setTimeout(r, delayMs));
    await redis.rpush(`${prefix}:test:done`, `${message.text}|${process.pid}`);
  },
};

const queue = new BullMqQueue({
  url: env.REDIS_URL!,
  prefix,
  log,
  lockDurationMs: Number(env.LOCK_MS ?? 30_000),
  stalledIntervalMs: Number(env.STALLED_MS ?? 30_000),
  retry: { attempts: 3, backoffMs: 50 },
});
const handlers = createJobHandlers({
  db: noDb,
  llm: { embeddingModel: 'none', summariseCall: async () => Promise.reject(new Error('no llm')), embed: async () => [] },
  notifier,
  clock: systemClock,
  log,
  queue,
  timezone: 'UTC',
});

workerCommand({ queue, handlers, log, queues: ['notify'], shutdownTimeoutMs: 10_000 })
  .then(async (code) => {
    await redis.quit();
    process.exit(code);
  })
  .catch((e) => {
    log.error({ err: (e as Error).message }, 'worker crashed');
    process.exit(1);
  });
