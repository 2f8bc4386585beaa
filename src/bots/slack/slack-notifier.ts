import type { webApi } from '@slack/bolt';
import { findActorById } from '../../intents/services';
import type { Notifier, NotifyMessage } from '../../jobs/contracts';
import type { Db } from '../../shared/db';
import type { ChannelPacer } from './channel-pacer';
import { escapeMrkdwn } from './render';

/**
 * Direct messages to CRM users (a ticket assigned to them, SLA warnings, digests). The Slack id is found from the
 * user's email with users.lookupByEmail, the same join key as for incoming messages.
 */
export class SlackNotifier implements Notifier {
  constructor(
    private readonly db: Db,
    private readonly client: webApi.WebClient,
    private readonly pacer: ChannelPacer,
  ) {}

  async notify(userId: string, message: NotifyMessage): Promise<void> {
    const actor = await findActorById(this.db, userId);
    if (!actor) return;
    const slackId = await this.slackIdFor(actor.email);
    if (!slackId) return;
    const lines = [message.title ? `*${escapeMrkdwn(message.title)}*` : '', escapeMrkdwn(message.text), ...(message.lines ?? []).map((l) => `• ${escapeMrkdwn(l)}`), message.link ? `<${message.link}>` : '']
      .filter(Boolean)
      .join('\n');
    await this.pacer.run(slackId, () =>
      this.client.chat.postMessage({ channel: slackId, text: message.text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: lines.slice(0, 3000) } }] }),
    );
  }

  /** A CRM user who is not in the Slack workspace is simply not notified there; a retry would not change that. */
  private async slackIdFor(email: string): Promise<string | undefined> {
    try {
      return (await this.client.users.lookupByEmail({ email })).user?.id;
    } catch (e) {
      if ((e as { data?: { error?: string } }).data?.error === 'users_not_found') return undefined;
      throw e;
    }
  }
}
