import { Redis } from 'ioredis';

/** null when Redis answers PONG, else why not (short timeouts: doctor must not hang). */
export async function pingRedis(url: string): Promise<string | null> {
  const r = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => {});
  try {
    await r.connect();
    const pong = await r.ping();
    return pong === 'PONG' ? null : `unexpected answer ${pong}`;
  } catch (e) {
    return (e as Error).message || 'not reachable';
  } finally {
    r.disconnect();
  }
}
