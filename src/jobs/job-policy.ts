import { AppError, describeZodIssues, isAppError } from '../shared/app-error';
import { JOB_NAMES, jobPayloadSchemas, type JobHandlers, type JobName, type JobPayload } from './contracts';

/** Delivery rules shared by both drivers, so a first run without Redis behaves like production. */
export interface RetryPolicy {
  attempts: number;
  /** The first retry waits this long; each next one twice as long. */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, backoffMs: 2000 };

/** Completed jobs are kept this long so a repeated enqueue of the same thing stays one job. */
export const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 20_000 };
/** Failed jobs are kept until someone looks at them (`crm jobs --failed`). */
export const KEEP_FAILED = { count: 50_000 };

export const backoffDelay = (policy: RetryPolicy, attemptsMade: number): number =>
  policy.backoffMs * 2 ** Math.max(0, attemptsMade - 1);

/** Retrying cannot fix these: bad input, a missing record, a denied action or bad set-up. */
export function isPermanentJobError(e: unknown): boolean {
  return isAppError(e) && ['bad_input', 'not_found', 'denied', 'config'].includes(e.code);
}

export function parsePayload<N extends JobName>(name: N, payload: unknown): JobPayload<N> {
  const parsed = jobPayloadSchemas[name].safeParse(payload);
  if (!parsed.success) {
    throw new AppError('bad_input', `Invalid payload for job ${name}: ${describeZodIssues(parsed.error.issues)}`);
  }
  return parsed.data as JobPayload<N>;
}

export function assertJobName(name: string): asserts name is JobName {
  if (!(JOB_NAMES as readonly string[]).includes(name)) throw new AppError('bad_input', `Unknown job "${name}".`);
}

/** Start-up check: every queue this process serves has exactly one handler function. */
export function assertHandlers(handlers: Partial<JobHandlers>, queues: readonly JobName[] = JOB_NAMES): void {
  const missing = queues.filter((n) => typeof handlers[n] !== 'function');
  if (missing.length) throw new AppError('config', `No handler for job queue(s): ${missing.join(', ')}.`);
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
