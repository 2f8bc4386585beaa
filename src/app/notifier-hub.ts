import type { Notifier, NotifyMessage } from '../jobs/contracts';
import type { Logger } from '../shared/logger';

/** The jobs' Notifier, fanned out to whichever surfaces are enabled; a user on none is logged, not lost silently. */
export class NotifierHub implements Notifier {
  private readonly surfaces: Array<{ name: string; notifier: Notifier }> = [];

  constructor(private readonly log: Logger) {}

  add(name: string, notifier: Notifier): void {
    this.surfaces.push({ name, notifier });
  }

  async notify(userId: string, message: NotifyMessage): Promise<void> {
    if (!this.surfaces.length) {
      this.log.info({ userId, kind: message.kind }, 'no chat surface enabled; notification not delivered');
      return;
    }
    const errors: unknown[] = [];
    for (const s of this.surfaces) {
      try {
        await s.notifier.notify(userId, message);
      } catch (e) {
        errors.push(e);
        this.log.warn({ err: e, surface: s.name, userId }, 'notification failed on one surface');
      }
    }
    // Every surface failing is a job failure, so the queue retries it.
    if (errors.length === this.surfaces.length) throw errors[0];
  }
}
