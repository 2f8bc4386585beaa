import type { App } from '@slack/bolt';
import { buildDashboard, parseDashboardQuery, userAgenda, type DashboardData, type UserAgenda } from '../../../intents/services';
import type { SlackRuntime } from '../converse';
import { homeBlocks, homeLanguage } from '../home-view';

/**
 * App Home, published when the user opens it. The KPI snapshot comes from the same code as the web dashboard,
 * computed as this user; help comes from the engine's help intent in a dialogue of its own.
 */
export function registerHomeListener(app: App, rt: SlackRuntime): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      const actor = await rt.identity.actorFor(client, event.user);
      const lang = homeLanguage(actor);
      let kpis: DashboardData | null = null;
      let help = null;
      let agenda: UserAgenda | null = null;
      if (actor) {
        const now = new Date();
        kpis = await buildDashboard(rt.db, actor, { query: parseDashboardQuery({}), now, tz: actor.timezone ?? rt.timezone, lang }).catch((err: unknown) => {
          rt.log.warn({ err }, 'no KPI snapshot for App Home');
          return null;
        });
        agenda = await userAgenda(rt.db, actor, { now, tz: actor.timezone ?? rt.timezone }).catch((err: unknown) => {
          rt.log.warn({ err }, 'no agenda for App Home');
          return null;
        });
        help = await rt.engine.handle({ surface: 'slack-home', channel: event.user, thread: 'home', actor, text: lang === 'zh' ? '帮助' : 'help', now });
      }
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: homeBlocks(actor, lang, kpis, help, agenda) } });
    } catch (err) {
      rt.log.warn({ err }, 'could not publish App Home');
    }
  });
}
