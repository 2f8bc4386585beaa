import type { EventEmitter } from 'node:events';
import { writeJsonLine, type CommandIO } from '../app/command-io';
import type { Logger } from '../shared/logger';
import type { JobHandlers, JobInfo, JobName, JobQueue, Schedule } from './contracts';

export interface JobsCommandArgs {
  failed?: boolean;
  retry?: string;
  json?: boolean;
  limit?: number;
}

/**
 * `crm jobs [--failed] [--json]` lists recent (or failed) jobs, one JSON line per job with --json;
 * `crm jobs retry ID` queues a failed job again. Errors are AppErrors for the CLI's boundary.
 */
export async function jobsCommand(args: JobsCommandArgs, deps: { queue: JobQueue; io: CommandIO }): Promise<number> {
  const { queue, io } = deps;
  if (args.retry) {
    const job = await queue.retry(args.retry);
    if (args.json) writeJsonLine(io, { retried: job.id, job });
    else io.stdout.write(`Job ${job.id} (${job.name}) is queued again.\n`);
    return 0;
  }
  const jobs = await queue.list({ failed: args.failed, limit: args.limit });
  if (args.json) {
    for (const job of jobs) writeJsonLine(io, job);
    return 0;
  }
  if (!jobs.length) {
    io.stdout.write(args.failed ? 'No failed jobs.\n' : 'No jobs.\n');
    return 0;
  }
  for (const job of jobs) io.stdout.write(formatJob(job) + '\n');
  return 0;
}

export function formatJob(j: JobInfo): string {
  const attempts = `${j.attemptsMade} attempt${j.attemptsMade === 1 ? '' : 's'}`;
  const reason = j.failedReason ? `  ${j.failedReason.split('\n')[0]}` : '';
  return `${j.createdAt}  ${j.state.padEnd(9)}  ${j.name.padEnd(21)}  ${j.id}  (${attempts})${reason}`;
}

export interface WorkerCommandDeps {
  queue: JobQueue;
  handlers: JobHandlers;
  log: Logger;
  schedules?: Schedule[];
  queues?: JobName[];
  /** Where SIGTERM/SIGINT come from (the process by default). */
  signals?: Pick<EventEmitter, 'once' | 'removeListener'>;
  /** How long in-flight jobs may take to finish after the signal. */
  shutdownTimeoutMs?: number;
}

/** `crm worker`: runs the job workers until SIGTERM or SIGINT, then lets in-flight jobs finish. */
export async function workerCommand(deps: WorkerCommandDeps): Promise<number> {
  const source = deps.signals ?? process;
  await deps.queue.startWorkers(deps.handlers, { schedules: deps.schedules, queues: deps.queues });
  deps.log.info({ mode: deps.queue.mode }, 'worker running; send SIGTERM or SIGINT to stop');
  // BullMQ's sockets keep the process alive; the in-process driver's timers do not, so hold it open.
  const keepAlive = setInterval(() => {}, 1 << 30);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const onTerm = () => done('SIGTERM');
    const onInt = () => done('SIGINT');
    const done = (s: NodeJS.Signals) => {
      source.removeListener('SIGTERM', onTerm);
      source.removeListener('SIGINT', onInt);
      resolve(s);
    };
    source.once('SIGTERM', onTerm);
    source.once('SIGINT', onInt);
  });
  deps.log.info({ signal }, 'stopping: finishing in-flight jobs');
  try {
    await deps.queue.close({ timeoutMs: deps.shutdownTimeoutMs ?? 30_000 });
  } finally {
    clearInterval(keepAlive);
  }
  deps.log.info('worker stopped');
  return 0;
}
