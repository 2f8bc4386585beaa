import { ConversationLanes } from '../../../src/bots/teams/conversation-lanes';
import { TEAMS_THREAD_LIMITS, ThreadPacer, withThrottleRetry } from '../../../src/bots/teams/thread-pacer';

describe('pacing sends per conversation', () => {
  it('computes the wait from every window', () => {
    let now = 10_000;
    const p = new ThreadPacer([{ windowMs: 1000, max: 2 }, { windowMs: 5000, max: 3 }], 0, () => now);
    expect(p.delay('c')).toBe(0);
    return (async () => {
      (await p.take('c'))();
      now += 100;
      const second = await p.take('c');
      expect(p.delay('c')).toBe(900); // the 1 s window is full until the first send leaves it
      second();
      expect(p.delay('c')).toBe(900); // the 1 s window is full until the first send leaves it
      now += 1000;
      (await p.take('c'))();
      expect(p.delay('c')).toBe(5000 - 1100); // now the 5 s window binds
      expect(p.delay('other')).toBe(0);
      const one = new ThreadPacer([{ windowMs: 1000, max: 1 }], 0, () => now);
      const inFlight = await one.take('k');
      expect(one.delay('k')).toBe(5); // unanswered: it may still arrive any moment, so look again shortly
      inFlight();
      expect(one.delay('k')).toBe(1000);
    })();
  });

  it('never lets more sends into a window than the limit allows, in order', async () => {
    const p = new ThreadPacer([{ windowMs: 100, max: 2 }], 5);
    const order: number[] = [];
    const times: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((i) => p.take('c').then((done) => { order.push(i); times.push(Date.now()); setTimeout(done, 3); })));
    expect(order).toEqual([0, 1, 2, 3, 4]);
    for (let i = 2; i < times.length; i++) expect(times[i]! - times[i - 2]!).toBeGreaterThanOrEqual(100);
  });

  it('uses the documented Teams limits by default', () => {
    expect(TEAMS_THREAD_LIMITS).toContainEqual({ windowMs: 1000, max: 7 });
    expect(TEAMS_THREAD_LIMITS).toContainEqual({ windowMs: 30_000, max: 60 });
  });

  it('retries a 429 honouring Retry-After and passes other errors on', async () => {
    let calls = 0;
    const throttled = Object.assign(new Error('429'), { statusCode: 429, response: { headers: { get: () => '0' } } });
    await expect(withThrottleRetry(async () => (++calls < 3 ? Promise.reject(throttled) : 'ok'), 4, 1)).resolves.toBe('ok');
    expect(calls).toBe(3);
    const other = Object.assign(new Error('boom'), { statusCode: 500 });
    await expect(withThrottleRetry(async () => Promise.reject(other), 4, 1)).rejects.toBe(other);
    const always = Object.assign(new Error('429'), { response: { status: 429 } });
    await expect(withThrottleRetry(async () => Promise.reject(always), 2, 1)).rejects.toBe(always);
  });
});

describe('conversation lanes', () => {
  it('runs work one at a time per conversation, in order, and drains', async () => {
    const lanes = new ConversationLanes();
    const log: string[] = [];
    const slow = (id: string, ms: number) => () => new Promise<void>((r) => setTimeout(() => { log.push(id); r(); }, ms));
    void lanes.run('a', slow('a1', 30));
    void lanes.run('a', slow('a2', 1));
    void lanes.run('b', slow('b1', 5));
    void lanes.run('a', async () => { throw new Error('ignored'); });
    expect(lanes.size).toBe(4);
    await lanes.drain();
    expect(log).toEqual(['b1', 'a1', 'a2']);
    expect(lanes.size).toBe(0);
  });
});
