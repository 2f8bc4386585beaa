import { z } from 'zod';

/**
 * The job contract: names, typed payloads and the queue port. Intents import only this file,
 * so enqueuing slow work never pulls in BullMQ, Redis or any handler.
 */
export const JOB_NAMES = [
  'call.summarise',
  'record.embed',
  'notify',
  'sla.watch',
  'digest.morning',
  'digest.weekly',
  'maintenance.retention',
  'chat.turn',
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** The chat surfaces that can hand a turn to the queue. */
export const CHAT_SURFACES = ['slack', 'teams'] as const;
export type ChatSurfaceName = (typeof CHAT_SURFACES)[number];

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const notifyMessageSchema = z.object({
  text: z.string().min(1).max(4000),
  title: z.string().max(200).optional(),
  lines: z.array(z.string().max(500)).max(50).optional(),
  /** What kind of message this is (e.g. "sla.warning"), so a surface may render it natively. */
  kind: z.string().max(50).optional(),
  record: z.object({ type: z.string(), id: z.string() }).optional(),
  link: z.string().url().optional(),
});
export type NotifyMessage = z.infer<typeof notifyMessageSchema>;

export const jobPayloadSchemas = {
  'call.summarise': z.object({
    activityId: z.uuid(),
    /** When absent the transcript is the activity's body. */
    transcript: z.string().min(1).max(500_000).optional(),
  }),
  'record.embed': z.object({
    recordType: z.enum(['activity', 'ticket']),
    recordId: z.uuid(),
    /** What changed (updated_at or a content hash): a new version is a new job, a repeat is not. */
    version: z.string().min(1).max(100),
  }),
  notify: z.object({
    userId: z.uuid(),
    message: notifyMessageSchema,
    /** What the message is about (e.g. "sla-warn/<ticketId>"); the same key is sent once. */
    key: z.string().min(1).max(200).optional(),
  }),
  'sla.watch': z.object({ at: z.iso.datetime({ offset: true }).optional() }),
  'digest.morning': z.object({ date: ymd.optional() }),
  'digest.weekly': z.object({ weekStart: ymd.optional() }),
  'maintenance.retention': z.object({ days: z.number().int().positive().optional() }),
  /** A slow chat turn (a transcript to summarise) taken off the platform's ack path; the surface reads `data`. */
  'chat.turn': z.object({
    surface: z.enum(CHAT_SURFACES),
    /** The platform event it answers (e.g. Slack's event id): a redelivered event is the same job. */
    key: z.string().min(1).max(500).optional(),
    data: z.record(z.string(), z.unknown()),
  }),
} satisfies Record<JobName, z.ZodType>;

export type JobPayload<N extends JobName> = z.infer<(typeof jobPayloadSchemas)[N]>;

/** BullMQ forbids ':' in custom ids (its own separator), so parts are kept to a safe alphabet. */
const safe = (part: string): string => part.replace(/[^A-Za-z0-9._@+/-]/g, '_');

/**
 * The id of a job is derived from what it is about, so enqueuing the same thing twice is one job.
 * Undefined means "every enqueue is new" (e.g. a notification without a key).
 */
export function jobIdFor<N extends JobName>(name: N, payload: JobPayload<N>): string | undefined {
  const p = payload as Record<string, unknown>;
  switch (name) {
    case 'call.summarise':
      return `summary/${p.activityId}`;
    case 'record.embed':
      return safe(`embed/${p.recordType}/${p.recordId}/${p.version}`);
    case 'notify':
      return p.key ? safe(`notify/${p.key}`) : undefined;
    case 'sla.watch':
      return p.at ? safe(`sla/${String(p.at).slice(0, 16)}`) : undefined;
    case 'digest.morning':
      return p.date ? `digest-morning/${p.date}` : undefined;
    case 'digest.weekly':
      return p.weekStart ? `digest-weekly/${p.weekStart}` : undefined;
    case 'chat.turn':
      return p.key ? safe(`chat/${p.surface}/${p.key}`) : undefined;
    default:
      return p.days ? `retention/${p.days}` : undefined;
  }
}

export interface EnqueueOptions {
  /** Overrides the derived id. */
  jobId?: string;
  delayMs?: number;
  attempts?: number;
}

export interface EnqueueResult {
  id: string;
  /** True when a job with this id already existed, so nothing new was queued. */
  deduplicated: boolean;
}

export type JobState = 'waiting' | 'active' | 'delayed' | 'completed' | 'failed' | 'unknown';

export interface JobInfo {
  id: string;
  name: JobName;
  state: JobState;
  attemptsMade: number;
  createdAt: string;
  finishedAt?: string;
  failedReason?: string;
  payload?: unknown;
}

export interface JobContext {
  jobId: string;
  /** 1 for the first try. */
  attempt: number;
}

export type JobHandler<N extends JobName> = (payload: JobPayload<N>, ctx: JobContext) => Promise<unknown>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

/** Repeatable work: every N ms, or at a local time of day (on some weekdays, 0 = Sunday). */
export type Schedule = {
  id: string;
  name: JobName;
  payload?: Record<string, unknown>;
} & ({ every: number } | { at: { hour: number; minute: number; weekdays?: number[] }; tz: string });

export interface StartWorkersOptions {
  schedules?: Schedule[];
  /** Run only these queues in this process (default: all). */
  queues?: JobName[];
  concurrency?: Partial<Record<JobName, number>>;
}

export type QueueCounts = Record<JobName, { waiting: number; active: number; delayed: number; failed: number }>;

export interface QueueHealth {
  mode: 'bullmq' | 'inline';
  ok: boolean;
  prefix?: string;
  redis?: { ok: boolean; latencyMs?: number; error?: string };
}

/** The queue port; BullMQ on Redis and an in-process twin implement it. */
export interface JobQueue {
  readonly mode: 'bullmq' | 'inline';
  /** Validates the payload and queues it once per derived id. */
  enqueue<N extends JobName>(name: N, payload: JobPayload<N>, opts?: EnqueueOptions): Promise<EnqueueResult>;
  /** Starts processing (and the schedules given); throws when a queue has no handler. */
  startWorkers(handlers: JobHandlers, opts?: StartWorkersOptions): Promise<void>;
  /** Recent jobs, newest first; only failed ones with `failed`. */
  list(filter?: { failed?: boolean; limit?: number }): Promise<JobInfo[]>;
  /** Queues a failed job again with its attempts reset. */
  retry(id: string): Promise<JobInfo>;
  counts(): Promise<QueueCounts>;
  health(): Promise<QueueHealth>;
  /** Stops taking jobs, lets in-flight ones finish (or returns them to the queue after timeoutMs). */
  close(opts?: { timeoutMs?: number }): Promise<void>;
}

/** Sends a message to a CRM user on their chat surface; the Slack and Teams bots implement it. */
export interface Notifier {
  notify(userId: string, message: NotifyMessage): Promise<void>;
}
