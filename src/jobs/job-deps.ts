import type { Clock } from '../shared/clock';
import type { Db } from '../shared/db';
import type { Logger } from '../shared/logger';
import type { CallSummaryOut } from './call-summary';
import type { ChatSurfaceName, JobName, JobPayload, JobQueue, Notifier } from './contracts';

/** What job handlers need from the model layer: only these two calls, so any LLM adapter fits. */
export interface JobLlm {
  /** A CallSummary (see the contract of `crm summarise`) in the transcript's language. */
  summariseCall(transcript: string, opts: { now: Date }): Promise<CallSummaryOut>;
  /** One vector per text, of the dimension the embeddings table holds (256). */
  embed(texts: string[]): Promise<number[][]>;
  readonly embeddingModel: string;
}

/**
 * Runs one queued chat turn on its surface. The surfaces register these at start-up (they are built after
 * the jobs), so the map is shared by reference and read when a job runs.
 */
export type ChatTurnRunner = (data: Record<string, unknown>) => Promise<void>;
export type ChatTurnRunners = Partial<Record<ChatSurfaceName, ChatTurnRunner>>;

/** Everything a handler may touch; the composition root builds it once. */
export interface JobDeps {
  db: Db;
  llm: JobLlm;
  notifier: Notifier;
  clock: Clock;
  log: Logger;
  /** Handlers fan out follow-up work (notifications, embeddings) through the same queue. */
  queue: Pick<JobQueue, 'enqueue'>;
  /** The organisation's IANA time zone, for "today" and "this week". */
  timezone: string;
  retentionDays?: number;
  /** chat.turn: the surfaces' runners; a missing one makes the job wait and retry. */
  chatTurns?: ChatTurnRunners;
}

/** One job: its name and its handler, a function of the payload and the deps. */
export interface JobDefinition<N extends JobName = JobName> {
  name: N;
  handle(payload: JobPayload<N>, deps: JobDeps): Promise<unknown>;
}

export const defineJob = <N extends JobName>(def: JobDefinition<N>): JobDefinition<N> => def;
