/**
 * Slack allows about one message per second per channel, with short bursts. The WebClient already waits out a
 * 429, but a burst of replies to one busy channel would hit the limit again and again; a token bucket per channel
 * keeps us under it instead. Hand-written because it is twenty lines and no maintained package does per-key pacing
 * without a Redis dependency.
 */
export interface PaceOptions {
  /** Messages allowed back to back. */
  burst: number;
  /** One more message allowed every intervalMs. */
  intervalMs: number;
}

export const SLACK_CHANNEL_PACE: PaceOptions = { burst: 3, intervalMs: 1000 };

interface Bucket {
  tokens: number;
  at: number;
  tail: Promise<unknown>;
}

export class ChannelPacer {
  private readonly buckets = new Map<string, Bucket>();

  /** `false` turns pacing off (benchmarks compare against it). */
  constructor(private readonly pace: PaceOptions | false = SLACK_CHANNEL_PACE) {}

  /** Runs fn when the channel has a free slot; calls to one channel run in order. */
  run<T>(channel: string, fn: () => Promise<T>): Promise<T> {
    const pace = this.pace;
    if (!pace) return fn();
    const b = this.buckets.get(channel) ?? { tokens: pace.burst, at: Date.now(), tail: Promise.resolve() };
    this.buckets.set(channel, b);
    const next = b.tail.then(async () => {
      const now = Date.now();
      b.tokens = Math.min(pace.burst, b.tokens + (now - b.at) / pace.intervalMs);
      b.at = now;
      if (b.tokens < 1) {
        const wait = (1 - b.tokens) * pace.intervalMs;
        await new Promise((r) => setTimeout(r, wait));
        b.tokens = 1;
        b.at = Date.now();
      }
      b.tokens -= 1;
      try {
        return await fn();
      } finally {
        // Refill from when the post finished, not when it started: Slack counts arrivals, and a slow or retried
        // post must not let the next one arrive right behind it.
        b.at = Date.now();
      }
    });
    b.tail = next.catch(() => undefined);
    return next;
  }
}
