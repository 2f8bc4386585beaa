import type { ChatTurnRunners } from '../../../../src/jobs/job-deps';
import { InlineQueue } from '../../../../src/jobs/inline-queue';
import { RecordingNotifier } from '../../../../src/jobs/recording-notifier';
import { createJobHandlers } from '../../../../src/jobs/registry';
import { systemClock } from '../../../../src/shared/clock';
import type { Db } from '../../../../src/shared/db';
import { silentLogger } from '../../../../src/shared/logger';
import { FakeLlm } from './fake-llm';

/**
 * The in-process queue with every real job handler, for surface tests: `chatTurns` is shared by reference,
 * so a surface built afterwards registers its runner on it, as the composition root does.
 */
export async function startChatTurnQueue(db: Db, chatTurns: ChatTurnRunners = {}): Promise<{ queue: InlineQueue; chatTurns: ChatTurnRunners }> {
  const queue = new InlineQueue({ retry: { attempts: 3, backoffMs: 20 } });
  const handlers = createJobHandlers({ db, llm: new FakeLlm(), notifier: new RecordingNotifier(), clock: systemClock, log: silentLogger, queue, timezone: 'UTC', chatTurns });
  await queue.startWorkers(handlers);
  return { queue, chatTurns };
}

/** A job of this name once it has reached a final state. */
export async function finishedJob(queue: InlineQueue, name: string, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = (await queue.list()).find((j) => j.name === name && (j.state === 'completed' || j.state === 'failed'));
    if (job) return job;
    if (Date.now() > until) throw new Error(`no finished ${name} job within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
