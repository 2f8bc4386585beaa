import { InlineQueue } from '../../../src/jobs/inline-queue';
import type { ChatTurnRunners, JobDeps } from '../../../src/jobs/job-deps';
import { RecordingNotifier } from '../../../src/jobs/recording-notifier';
import { createJobHandlers } from '../../../src/jobs/registry';
import { chatTurnJob } from '../../../src/jobs/workers/chat-turn.job';
import { fixedClock } from '../../../src/shared/clock';
import { silentLogger } from '../../../src/shared/logger';

const deps = (queue: InlineQueue, chatTurns?: ChatTurnRunners): JobDeps => ({
  db: undefined as never, // chat.turn hands everything to the surface
  llm: undefined as never,
  notifier: new RecordingNotifier(),
  clock: fixedClock('2026-11-25T10:00:00Z'),
  log: silentLogger,
  queue,
  timezone: 'UTC',
  chatTurns,
});

const until = async (ok: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the chat.turn job', () => {
  it("hands the data to its surface's runner", async () => {
    const seen: Array<Record<string, unknown>> = [];
    const out = await chatTurnJob.handle({ surface: 'slack', data: { a: 1 } }, deps(new InlineQueue(), { slack: async (d) => void seen.push(d) }));
    expect(out).toEqual({ surface: 'slack' });
    expect(seen).toEqual([{ a: 1 }]);
  });

  it('fails retryably while the surface has no runner in this process', async () => {
    await expect(chatTurnJob.handle({ surface: 'teams', data: {} }, deps(new InlineQueue(), { slack: async () => {} }))).rejects.toMatchObject({ code: 'unavailable' });
    await expect(chatTurnJob.handle({ surface: 'teams', data: {} }, deps(new InlineQueue()))).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('runs once per key on the queue, and is retried until a runner registered later takes it', async () => {
    const queue = new InlineQueue({ retry: { attempts: 5, backoffMs: 10 } });
    const chatTurns: ChatTurnRunners = {};
    await queue.startWorkers(createJobHandlers(deps(queue, chatTurns)));
    try {
      const first = await queue.enqueue('chat.turn', { surface: 'teams', key: 'ev-1', data: { n: 1 } });
      expect(await queue.enqueue('chat.turn', { surface: 'teams', key: 'ev-1', data: { n: 1 } })).toEqual({ id: first.id, deduplicated: true });
      await until(async () => (await queue.list())[0]!.attemptsMade >= 1);
      const ran: unknown[] = [];
      chatTurns.teams = async (d) => void ran.push(d);
      await until(async () => (await queue.list())[0]!.state === 'completed');
      const [job] = await queue.list();
      expect(job).toMatchObject({ id: 'chat/teams/ev-1', state: 'completed' });
      expect(job!.attemptsMade).toBeGreaterThan(1);
      expect(ran).toEqual([{ n: 1 }]);
    } finally {
      await queue.close();
    }
  });

  it('refuses a payload without a known surface', async () => {
    await expect(new InlineQueue().enqueue('chat.turn', { surface: 'irc', data: {} } as never)).rejects.toMatchObject({ code: 'bad_input' });
  });
});
