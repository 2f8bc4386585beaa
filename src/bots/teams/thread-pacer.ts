/** A sliding-window limit: at most `max` sends in any `windowMs`. */
export interface RateLimit {
  windowMs: number;
  max: number;
}

/** Teams' documented per-bot, per-thread limits; past them it answers 429. */
export const TEAMS_THREAD_LIMITS: readonly RateLimit[] = [
  { windowMs: 1000, max: 7 },
  { windowMs: 2000, max: 8 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1800 },
];

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A send counts from when its answer came back: it reached the server no later than that. */
interface Sent {
  at?: number;
}

/**
 * Paces sends per conversation so bursts (digests, job results) stay under Teams' limits instead of
 * collecting 429s. Hand-written because the limits are several windows at once per key, which the
 * single-bucket limiters on npm do not model; it is in-process, so each replica paces its own sends.
 * A send is dated when it completes, so network jitter cannot bunch arrivals at the server.
 */
export class ThreadPacer {
  private readonly sent = new Map<string, Sent[]>();
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly horizon: number;

  constructor(
    private readonly limits: readonly RateLimit[] = TEAMS_THREAD_LIMITS,
    /** Slack for clock granularity between our count and the server's. */
    private readonly marginMs = 60,
    private readonly now: () => number = Date.now,
  ) {
    this.horizon = Math.max(...limits.map((l) => l.windowMs));
  }

  /**
   * Resolves when one more send to `key` is within every limit; callers are served in order.
   * Call the returned function once the send is answered (or failed).
   */
  take(key: string): Promise<() => void> {
    const prev = this.chains.get(key) ?? Promise.resolve();
    const mine = prev.then(() => this.waitTurn(key));
    this.chains.set(key, mine);
    void mine.finally(() => {
      if (this.chains.get(key) === mine) this.chains.delete(key);
    });
    return mine;
  }

  /** How long until one more send to `key` fits, in ms (0 = now); a send still in flight holds its place. */
  delay(key: string, at = this.now()): number {
    const entries = this.sent.get(key) ?? [];
    let wait = 0;
    for (const l of this.limits) {
      const inWindow = entries.filter((e) => e.at === undefined || e.at > at - l.windowMs).map((e) => e.at ?? Infinity).sort((a, b) => a - b);
      if (inWindow.length < l.max) continue;
      const pivot = inWindow[inWindow.length - l.max]!;
      wait = Math.max(wait, pivot === Infinity ? 5 : pivot + l.windowMs + Math.min(this.marginMs, l.windowMs * 0.05) - at);
    }
    return wait;
  }

  private async waitTurn(key: string): Promise<() => void> {
    for (;;) {
      const d = this.delay(key);
      if (d <= 0) break;
      await sleep(d);
    }
    const at = this.now();
    const kept = (this.sent.get(key) ?? []).filter((e) => e.at === undefined || e.at > at - this.horizon);
    const entry: Sent = {};
    kept.push(entry);
    this.sent.set(key, kept);
    if (this.sent.size > 10_000) this.prune(at);
    return () => {
      entry.at ??= this.now();
    };
  }

  private prune(at: number): void {
    for (const [k, entries] of this.sent) if (entries.every((e) => e.at !== undefined && e.at <= at - this.horizon)) this.sent.delete(k);
  }
}

/** The status and Retry-After (in ms) of a failed connector call, whatever shape the SDK gave it. */
function throttleOf(e: unknown): { status?: number; retryAfterMs?: number } {
  const err = e as { statusCode?: number; response?: { status?: number; headers?: { get?(n: string): string | undefined } } };
  const status = err?.statusCode ?? err?.response?.status;
  const ra = err?.response?.headers?.get?.('retry-after');
  const secs = ra !== undefined ? Number(ra) : NaN;
  return { status, retryAfterMs: Number.isFinite(secs) ? secs * 1000 : undefined };
}

/**
 * Retries a connector call answered 429 (after the SDK's own retries gave up), honouring Retry-After
 * and otherwise backing off exponentially; any other error is passed on at once.
 */
export async function withThrottleRetry<T>(fn: () => Promise<T>, attempts = 4, baseMs = 500): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      const t = throttleOf(e);
      if (t.status !== 429 || i >= attempts) throw e;
      await sleep(t.retryAfterMs ?? baseMs * 2 ** (i - 1));
    }
  }
}
