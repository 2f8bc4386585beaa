/**
 * At most `limit` turns run at once. Work happens after the ack, so nothing forces it to be concurrent; bounding it
 * keeps the event loop free to answer new deliveries quickly (the 3-second ack rule) while a burst is worked off,
 * and keeps the database pool from queueing hundreds of requests. Hand-written: a counting semaphore is ten lines.
 */
export class WorkLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    else this.running++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
