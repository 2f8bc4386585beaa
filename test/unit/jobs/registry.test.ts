import { InlineQueue } from '../../../src/jobs/inline-queue';
import type { JobDefinition, JobDeps } from '../../../src/jobs/job-deps';
import { createJobHandlers } from '../../../src/jobs/registry';
import { RecordingNotifier, logNotifier } from '../../../src/jobs/recording-notifier';
import { JOB_DEFINITIONS } from '../../../src/jobs/workers';
import { notifyJob } from '../../../src/jobs/workers/notify.job';
import { fixedClock } from '../../../src/shared/clock';
import { silentLogger } from '../../../src/shared/logger';
import pino from 'pino';
import type { JobName } from '../../../src/jobs/contracts';

const deps = (notifier = new RecordingNotifier()): JobDeps => ({
  db: undefined as never, // the notify handler needs none
  llm: undefined as never,
  notifier,
  clock: fixedClock('2026-11-25T10:00:00Z'),
  log: silentLogger,
  queue: new InlineQueue(),
  timezone: 'UTC',
});

const USER = '6f1c1f7e-2a4b-4c1d-9e2f-123456789abc';

describe('the job registry', () => {
  it('binds one handler per job to the deps', async () => {
    const notifier = new RecordingNotifier();
    const handlers = createJobHandlers(deps(notifier));
    expect(Object.keys(handlers).sort()).toEqual(JOB_DEFINITIONS.map((d) => d.name).sort());
    await handlers.notify({ userId: USER, message: { text: 'hello' } }, { jobId: 'j', attempt: 1 });
    expect(notifier.to(USER)).toEqual([{ text: 'hello' }]);
  });

  it('refuses at start-up a queue with no handler, two handlers, or a handler for no queue', () => {
    const without = JOB_DEFINITIONS.filter((d) => d.name !== 'sla.watch');
    expect(() => createJobHandlers(deps(), without)).toThrow(/no handler for sla.watch/);
    expect(() => createJobHandlers(deps(), [...JOB_DEFINITIONS, notifyJob as JobDefinition<JobName>])).toThrow(/more than one handler for notify/);
    const stray = { name: 'fax.send', handle: async () => null } as unknown as JobDefinition<JobName>;
    expect(() => createJobHandlers(deps(), [...JOB_DEFINITIONS, stray])).toThrow(/handlers for unknown jobs fax.send/);
    try {
      createJobHandlers(deps(), without);
    } catch (e) {
      expect(e).toMatchObject({ code: 'config' });
    }
  });

  it('has a log-only notifier for installations without a chat surface', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) });
    await logNotifier(log).notify(USER, { text: 'hi', kind: 'sla.warning' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'notification (no chat surface configured)', kind: 'sla.warning', userId: USER });
  });
});
