/**
 * Runs work one at a time per conversation, in arrival order, and keeps track of what is in flight.
 * Activities are acknowledged before the engine runs (Teams wants an answer within seconds), so two
 * quick messages in one chat must still be handled in order against the same dialogue state.
 */
export class ConversationLanes {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  /** Queues `work` behind earlier work for `key`; `work` must handle its own errors. */
  run(key: string, work: () => Promise<void>): Promise<void> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const mine = prev.then(work).catch(() => undefined);
    this.tails.set(key, mine);
    this.inFlight.add(mine);
    void mine.finally(() => {
      this.inFlight.delete(mine);
      if (this.tails.get(key) === mine) this.tails.delete(key);
    });
    return mine;
  }

  get size(): number {
    return this.inFlight.size;
  }

  /** Resolves once nothing is in flight (for shutdown and tests). */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }
}
