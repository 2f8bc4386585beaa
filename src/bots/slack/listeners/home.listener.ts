import type { App } from '@slack/bolt';
import type { SlackRuntime } from '../converse';
import { renderReply } from '../render';

/**
 * App Home: who the user is to the CRM and what they can ask. The answer comes from the engine's help intent
 * in a dialogue of its own, so Home speaks the same words (and language) as the chat.
 */
export function registerHomeListener(app: App, rt: SlackRuntime): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      const actor = await rt.identity.actorFor(client, event.user);
      const header = actor ? `*${actor.name}* · ${actor.role}${actor.teamName ? ` · ${actor.teamName}` : ''}` : 'You are not registered in the CRM yet: ask an admin to add your Slack email.';
      const blocks: ReturnType<typeof renderReply>['blocks'] = [{ type: 'section', text: { type: 'mrkdwn', text: header } }];
      if (actor) {
        const help = await rt.engine.handle({ surface: 'slack-home', channel: event.channel ?? event.user, thread: 'home', actor, text: 'help' });
        blocks.push({ type: 'divider' }, ...renderReply(help, { thread: 'home' }).blocks);
      }
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks } });
    } catch (err) {
      rt.log.warn({ err }, 'could not publish App Home');
    }
  });
}
