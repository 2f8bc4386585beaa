import { buildContainer, type Container } from '../../../src/app/container';
import { startJobs, type JobsRuntime } from '../../../src/app/jobs-wiring';
import { buildChatSurfaces } from '../../../src/app/surfaces-wiring';
import { loadConfig } from '../../../src/config/config';
import type { InlineQueue } from '../../../src/jobs/inline-queue';
import { silentLogger } from '../../../src/shared/logger';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { finishedJob } from './support/chat-turn-queue';

// Wiring only: one engine is enough.
describe.each(engines().slice(0, 1))('chat.turn wiring of the composition root on %s', (engine) => {
  let t: TestDb;
  let c: Container;
  let jobs: JobsRuntime;

  beforeAll(async () => {
    t = await createTestDb(engine);
    const config = loadConfig({ LOG_LEVEL: 'silent', CRM_SEED_DEMO: 'false', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api/', TEAMS_ENABLED: 'true' });
    jobs = await startJobs(config, silentLogger);
    c = await buildContainer(config, { db: t.db, log: silentLogger, enqueue: jobs.enqueue });
  });

  afterAll(async () => {
    await jobs?.close();
    await c?.close();
    await t?.drop();
  });

  it('registers each enabled surface as the runner of its chat turns, so a job reaches the surface', async () => {
    expect(jobs.mode).toBe('inline');
    const surfaces = buildChatSurfaces(c, jobs);
    expect(Object.keys(surfaces).sort()).toEqual(['slack', 'teams']);
    expect(jobs.chatTurns.slack).toBe(surfaces.slack!.runTranscriptTurn);
    expect(jobs.chatTurns.teams).toBe(surfaces.teams!.runTranscriptTurn);
    await jobs.attach(c, { workers: true });
    // Data that is not a Teams turn is refused by the Teams runner: the job fails for good, not retried.
    await jobs.queue.enqueue('chat.turn', { surface: 'teams', key: 'wiring-1', data: { nope: true } });
    const job = await finishedJob(jobs.queue as InlineQueue, 'chat.turn');
    expect(job).toMatchObject({ id: 'chat/teams/wiring-1', state: 'failed', attemptsMade: 1 });
    expect(job.failedReason).toMatch(/Not a Teams chat turn/);
  });
});
