import { ChannelPacer } from '../../../src/bots/slack/channel-pacer';

describe('per-channel pacing', () => {
  it('lets a burst through, then spaces messages to one channel', async () => {
    const pacer = new ChannelPacer({ burst: 2, intervalMs: 40 });
    const at: number[] = [];
    const t0 = Date.now();
    await Promise.all([1, 2, 3, 4].map(() => pacer.run('C1', async () => at.push(Date.now() - t0))));
    expect(at).toHaveLength(4);
    expect(at[3]! - at[1]!).toBeGreaterThanOrEqual(70);
  });

  it('does not hold one channel back for another', async () => {
    const pacer = new ChannelPacer({ burst: 1, intervalMs: 1000 });
    await pacer.run('C1', async () => 1);
    const t0 = Date.now();
    expect(await pacer.run('C2', async () => 'other')).toBe('other');
    expect(Date.now() - t0).toBeLessThan(900);
  });

  it('keeps going after a failed post', async () => {
    const pacer = new ChannelPacer({ burst: 5, intervalMs: 10 });
    await expect(pacer.run('C1', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(pacer.run('C1', async () => 'ok')).resolves.toBe('ok');
  });
});

describe('pacing turned off', () => {
  it('runs posts at once', async () => {
    const pacer = new ChannelPacer(false);
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => pacer.run('C1', async () => void order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });
});
