import type { Registry } from 'prom-client';
import type { Logger } from '../shared/logger';
import { BullMqQueue } from './bullmq-queue';
import type { JobQueue } from './contracts';
import { InlineQueue } from './inline-queue';
import type { RetryPolicy } from './job-policy';
import { registerJobMetrics } from './job-metrics';

export interface QueueSettings {
  redis: { url?: string; prefix: string };
}

/** BullMQ when REDIS_URL is set, otherwise the same handlers in-process; metrics on `registry` if given. */
export function createJobQueue(settings: QueueSettings, deps: { log: Logger; registry?: Registry; retry?: Partial<RetryPolicy> }): JobQueue {
  const metrics = deps.registry ? registerJobMetrics(deps.registry) : undefined;
  const queue: JobQueue = settings.redis.url
    ? new BullMqQueue({ url: settings.redis.url, prefix: settings.redis.prefix, log: deps.log, metrics, retry: deps.retry })
    : new InlineQueue({ log: deps.log, metrics, retry: deps.retry });
  metrics?.watch(queue);
  return queue;
}
