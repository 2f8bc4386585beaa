import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { JobQueue } from './contracts';

/** What a queue driver reports about each job it runs. */
export interface JobMetrics {
  /** Records one finished attempt. */
  observe(job: string, status: 'completed' | 'failed', seconds: number): void;
  /** Reads the queue depth when /metrics is scraped. */
  watch(queue: Pick<JobQueue, 'counts' | 'mode'>): void;
}

/** Registers the job metrics on the given registry (call once per registry). */
export function registerJobMetrics(registry: Registry): JobMetrics {
  let watched: Pick<JobQueue, 'counts' | 'mode'> | undefined;
  const duration = new Histogram({
    name: 'crm_job_duration_seconds',
    help: 'Time a job attempt took, by job and outcome',
    labelNames: ['job', 'status'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'crm_job_failures_total',
    help: 'Failed job attempts, by job',
    labelNames: ['job'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'crm_job_queue_depth',
    help: 'Jobs in the queue, by job and state (waiting, active, delayed, failed)',
    labelNames: ['job', 'state', 'mode'] as const,
    registers: [registry],
    async collect() {
      if (!watched) return;
      try {
        const counts = await watched.counts();
        this.reset();
        for (const [job, byState] of Object.entries(counts)) {
          for (const [state, n] of Object.entries(byState)) this.set({ job, state, mode: watched.mode }, n);
        }
      } catch {
        // Redis being down must not break the whole /metrics page; health() reports it.
      }
    },
  });
  return {
    observe(job, status, seconds) {
      duration.observe({ job, status }, seconds);
      if (status === 'failed') failures.inc({ job });
    },
    watch(queue) {
      watched = queue;
    },
  };
}
