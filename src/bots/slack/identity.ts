import type { webApi } from '@slack/bolt';
import { findActorByChatId, findActorByEmail, linkChatId, type Actor } from '../../intents/services';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';

/**
 * Slack user → CRM user. The email from users.info is the join key; once matched, the Slack id is stored on the
 * user (linkChatId) so later messages need one indexed query and no Web API call.
 */
export class SlackIdentity {
  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  async actorFor(client: webApi.WebClient, slackUserId: string): Promise<Actor | null> {
    if (!slackUserId) return null;
    const linked = await findActorByChatId(this.db, 'slack', slackUserId);
    if (linked) return linked;
    const info = await client.users.info({ user: slackUserId });
    if (info.user?.is_bot) return null;
    const email = info.user?.profile?.email;
    if (!email) {
      this.log.info({ slackUserId }, 'slack user has no visible email (is users:read.email granted?)');
      return null;
    }
    const actor = await findActorByEmail(this.db, email);
    if (actor?.id) await linkChatId(this.db, 'slack', actor.id, slackUserId);
    return actor;
  }
}
