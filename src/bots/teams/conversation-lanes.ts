/**
 * Runs work one at a time per conversation, in arrival order, and at most `maxConcurrent` at once
 * overall. Activities are acknowledged before the engine runs (Teams wants an answer within seconds),
 * so two quick messages in one chat must still be handled in order against the same dialogue state,
 * and a burst must not crowd out the acknowledgements on the event loop and the database pool.
 */
export class ConversationLanes {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly maxConcurrent = 8) {}

  /** Queues `work` behind earlier work for `key`; `work` must handle its own errors. */
  run(key: string, work: () => Promise<void>): Promise<void> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const mine = prev.then(() => this.withSlot(work)).catch(() => undefined);
    this.tails.set(key, mine);
    this.inFlight.add(mine);
    void mine.finally(() => {
      this.inFlight.delete(mine);
      if (this.tails.get(key) === mine) this.tails.delete(key);
    });
    return mine;
  }

  private async withSlot(work: () => Promise<void>): Promise<void> {
    if (this.running >= this.maxConcurrent) await new Promise<void>((r) => this.waiting.push(r));
    this.running++;
    try {
      await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  get size(): number {
    return this.inFlight.size;
  }

  /** Resolves once nothing is in flight (for shutdown and tests). */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }
}
