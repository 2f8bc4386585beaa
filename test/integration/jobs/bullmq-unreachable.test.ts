import { BullMqQueue } from '../../../src/jobs/bullmq-queue';
import { silentLogger } from '../../../src/shared/logger';

// Needs no Redis: it is about what the product says when Redis is not there.
describe('BullMQ queue when Redis cannot be reached', () => {
  const queue = new BullMqQueue({ url: 'redis://127.0.0.1:1', prefix: 'crmtest-down', log: silentLogger });
  afterAll(async () => {
    await queue.close({ timeoutMs: 1000 });
    // ioredis leaves a destroy-the-socket timer (its connectTimeout, 2 s here) on a socket that never opened.
    await new Promise((r) => setTimeout(r, 2100));
  });

  it('fails an enqueue fast with a clear unavailable error, and says so in its health', async () => {
    const started = Date.now();
    await expect(
      queue.enqueue('notify', { userId: '6f1c1f7e-2a4b-4c1d-9e2f-123456789abc', message: { text: 'x' }, key: 'k' }),
    ).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/^The job queue \(Redis\) is not reachable/) });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await queue.health()).toMatchObject({ mode: 'bullmq', ok: false, prefix: 'crmtest-down', redis: { ok: false } });
    await expect(queue.list({ failed: true })).rejects.toMatchObject({ code: 'unavailable' });
    await expect(queue.retry('x')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
