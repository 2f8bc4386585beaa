import type { Logger } from '../shared/logger';
import type { Notifier, NotifyMessage } from './contracts';

/** The Notifier's in-memory twin: keeps what would have been sent (tests, `crm` without a chat surface). */
export class RecordingNotifier implements Notifier {
  readonly sent: Array<{ userId: string; message: NotifyMessage }> = [];

  async notify(userId: string, message: NotifyMessage): Promise<void> {
    this.sent.push({ userId, message });
  }

  to(userId: string): NotifyMessage[] {
    return this.sent.filter((s) => s.userId === userId).map((s) => s.message);
  }
}

/** Used when no chat surface is configured: the message goes to the log rather than nowhere. */
export const logNotifier = (log: Logger): Notifier => ({
  async notify(userId, message) {
    log.info({ userId, kind: message.kind, text: message.text }, 'notification (no chat surface configured)');
  },
});
