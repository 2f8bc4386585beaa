import { Redis } from 'ioredis';
import { BullMqQueue } from '../../../src/jobs/bullmq-queue';
import { silentLogger } from '../../../src/shared/logger';
import { deleteKeys, describeRedis, eventually, sleep, uniquePrefix } from './support/redis-support';
import { spawnWorker } from './support/spawn-worker';

const USER = '6f1c1f7e-2a4b-4c1d-9e2f-123456789abc';

describeRedis('BullMQ workers that die or are stopped mid-job', (url) => {
  const prefix = uniquePrefix('recovery');
  // Short locks so a dead worker's job is noticed in about a second, not the production 30 s.
  const fast = { REDIS_URL: url, CHILD_PREFIX: prefix, LOCK_MS: '1000', STALLED_MS: '500' };
  let queue: BullMqQueue;
  let redis: Redis;

  const list = (key: 'started' | 'done') => redis.lrange(`${prefix}:test:${key}`, 0, -1);

  beforeAll(() => {
    queue = new BullMqQueue({ url, prefix, log: silentLogger });
    redis = new Redis(url);
  });

  afterAll(async () => {
    await queue.close({ timeoutMs: 5000 });
    redis.disconnect();
    await deleteKeys(url, prefix);
  });

  beforeEach(async () => {
    await redis.del(`${prefix}:test:started`, `${prefix}:test:done`);
  });

  it('finishes, once, the job of a worker killed with SIGKILL: another worker picks it up', async () => {
    const first = spawnWorker({ ...fast, NOTIFY_DELAY_MS: '5000' });
    const { id } = await queue.enqueue('notify', { userId: USER, message: { text: 'survives a crash' }, key: 'kill-me' });
    await eventually(async () => (await list('started')).length === 1, 15_000, 'the first worker to start the job');

    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(await list('done')).toEqual([]);

    const second = spawnWorker({ ...fast, NOTIFY_DELAY_MS: '100' });
    try {
      const done = await eventually(async () => {
        const d = await list('done');
        return d.length ? d : undefined;
      }, 15_000, 'the second worker to finish the stalled job');
      expect(done).toEqual([`survives a crash|${second.child.pid}`]);
      await eventually(async () => (await queue.list()).find((j) => j.id === id && j.state === 'completed'), 5000, 'completion');
      await sleep(1500); // two more stalled-check rounds: nothing runs it a third time
      expect(await list('done')).toHaveLength(1);
      expect((await list('started')).map((s) => s.split('|')[1])).toEqual([String(first.child.pid), String(second.child.pid)]);
    } finally {
      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
    }
  });

  it('lets the in-flight job finish on SIGTERM before the worker exits', async () => {
    const worker = spawnWorker({ ...fast, NOTIFY_DELAY_MS: '1500' });
    const { id } = await queue.enqueue('notify', { userId: USER, message: { text: 'graceful' }, key: 'sigterm' });
    await eventually(async () => (await list('started')).length === 1, 15_000, 'the worker to start the job');

    worker.child.kill('SIGTERM');
    const exit = await worker.exited;
    expect(exit.code).toBe(0);
    expect(await list('done')).toEqual([`graceful|${worker.child.pid}`]);
    const job = (await queue.list()).find((j) => j.id === id);
    expect(job?.state).toBe('completed');
  });
});
