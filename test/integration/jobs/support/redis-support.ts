import crypto from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis tier runs only when REDIS_URL is set; the skip is said out loud, not silent. */
export const redisUrl = (): string | undefined => process.env.REDIS_URL;

export function describeRedis(name: string, fn: (url: string) => void): void {
  const url = redisUrl();
  if (!url) {
    describe(name, () => {
      it.skip('needs REDIS_URL (e.g. redis://127.0.0.1:6379): skipped', () => {});
    });
    return;
  }
  describe(name, () => fn(url));
}

/** A prefix of its own per test file, so files running at once never see each other's jobs. */
export const uniquePrefix = (tag: string): string => `crmtest-${tag}-${process.pid}-${crypto.randomBytes(3).toString('hex')}`;

export async function deleteKeys(url: string, prefix: string): Promise<number> {
  const r = new Redis(url);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) deleted += await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
  return deleted;
}

export async function eventually<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
