import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from '../../shared/logger';

/** The Teams part of the configuration (Config['teams'] fits it). */
export interface TeamsSettings {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
}

/**
 * The SDK adapter. With an app id every incoming token is validated by the SDK (unsigned → 401) and
 * replies are sent with the bot's credentials; without one (local mode, the Bot Framework Emulator)
 * activities are accepted unauthenticated and replies go to the activity's serviceUrl.
 */
export interface TeamsAdapter {
  adapter: CloudAdapter;
  /** Validates an activity's token by itself, so a message can be acknowledged before its turn runs. */
  auth: ConfigurationBotFrameworkAuthentication;
}

/** What a validated token yields; handed to the adapter so the turn is not authenticated twice. */
export type TeamsAuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

export function createTeamsAdapter(settings: TeamsSettings, log: Logger): TeamsAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId,
    MicrosoftAppPassword: settings.appPassword,
    MicrosoftAppTenantId: settings.tenantId,
    MicrosoftAppType: settings.appId ? (settings.tenantId ? 'SingleTenant' : 'MultiTenant') : undefined,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (ctx, err) => {
    log.error({ err, activity: ctx.activity?.id, type: ctx.activity?.type }, 'teams turn failed');
  };
  return { adapter, auth };
}
