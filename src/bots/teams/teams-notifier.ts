import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Notifier, NotifyMessage } from '../../jobs/contracts';
import { AppError } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import { renderNotification } from './notification-card';
import { findTeamsReference } from './reference-store';
import { cardAttachment, sendPaced } from './teams-turn';
import type { ThreadPacer } from './thread-pacer';

export interface TeamsNotifierDeps {
  db: Queryable;
  adapter: CloudAdapter;
  /** The bot's app id ('' in local mode). */
  appId: string;
  pacer: ThreadPacer;
}

/**
 * The jobs' Notifier for Teams: job results, assigned tickets and digests reach the user in the
 * conversation whose reference was stored (their personal chat first), also after a restart,
 * paced within Teams' per-thread limits.
 */
export class TeamsNotifier implements Notifier {
  constructor(private readonly deps: TeamsNotifierDeps) {}

  async notify(userId: string, message: NotifyMessage): Promise<void> {
    const reference = await findTeamsReference(this.deps.db, userId);
    if (!reference) throw new AppError('not_found', 'This user has not talked to the assistant in Teams yet, so there is no conversation to send to.');
    const card = renderNotification(message);
    await this.deps.adapter.continueConversationAsync(this.deps.appId, reference as Partial<ConversationReference> as ConversationReference, async (ctx) => {
      await sendPaced(ctx, this.deps.pacer, card ? { type: 'message', attachments: [cardAttachment(card)], summary: message.text.slice(0, 200) } : { type: 'message', text: message.text });
    });
  }
}
