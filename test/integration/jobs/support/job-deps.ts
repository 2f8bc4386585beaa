import type { Clock } from '../../../../src/shared/clock';
import { fixedClock } from '../../../../src/shared/clock';
import type { Db } from '../../../../src/shared/db';
import { silentLogger } from '../../../../src/shared/logger';
import type { JobQueue } from '../../../../src/jobs/contracts';
import type { JobDeps } from '../../../../src/jobs/job-deps';
import { RecordingNotifier } from '../../../../src/jobs/recording-notifier';
import { FakeLlm } from './fake-llm';

export interface TestDeps extends JobDeps {
  llm: FakeLlm;
  notifier: RecordingNotifier;
}

/** Real database, real queue; the model and the chat platform are in-memory twins. */
export function testDeps(db: Db, queue: Pick<JobQueue, 'enqueue'>, over: Partial<JobDeps> & { clock?: Clock } = {}): TestDeps {
  return {
    db,
    queue,
    llm: new FakeLlm(),
    notifier: new RecordingNotifier(),
    clock: fixedClock('2026-11-25T10:00:00Z'),
    log: silentLogger,
    timezone: 'UTC',
    ...over,
  } as TestDeps;
}
