import { WorkLimiter } from '../../../src/bots/slack/work-limiter';

describe('work limiter', () => {
  it('runs at most the limit at once and everything eventually', async () => {
    const limiter = new WorkLimiter(2);
    let running = 0;
    let peak = 0;
    const job = (fail: boolean) => limiter.run(async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (fail) throw new Error('x');
      return 1;
    });
    const results = await Promise.allSettled([job(false), job(true), job(false), job(false), job(false)]);
    expect(peak).toBe(2);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    await expect(job(false)).resolves.toBe(1);
  });
});
