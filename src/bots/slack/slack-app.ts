import { App, ExpressReceiver, webApi, type Authorize, type Middleware, type AnyMiddlewareArgs } from '@slack/bolt';
import { Router, type Express } from 'express';
import type { ConversationEngine } from '../../intents/engine';
import { recordEventOnce } from '../../intents/services';
import { AppError } from '../../shared/app-error';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';
import { boltLogger } from './bolt-logger';
import { chartUploader } from './chart-upload';
import { ChannelPacer, SLACK_CHANNEL_PACE, type PaceOptions } from './channel-pacer';
import type { EnqueueTurn, SlackRuntime } from './converse';
import { transcriptTurnRunner } from './transcripts';
import { SlackIdentity } from './identity';
import { registerActionListeners } from './listeners/actions.listener';
import { registerCommandListener } from './listeners/command.listener';
import { registerMessageListeners } from './listeners/messages.listener';
import { registerModalListeners } from './listeners/modals.listener';
import { registerShortcutListeners } from './listeners/shortcuts.listener';
import { registerHomeListener } from './listeners/home.listener';
import type { RenderOptions } from './render';
import { WorkLimiter } from './work-limiter';
import { SlackNotifier } from './slack-notifier';

export const SLACK_EVENTS_PATH = '/slack/events';
const SLACK_API_DEFAULT = 'https://slack.com/api/';

export interface SlackSettings {
  signingSecret?: string;
  botToken?: string;
  appToken?: string;
  apiUrl?: string;
}

export interface SlackDeps {
  db: Db;
  engine: ConversationEngine;
  log: Logger;
  /** config.slack */
  slack: SlackSettings;
  /** config.timezone (default UTC). */
  timezone?: string;
  /** Per-channel pacing of posts (default: a burst of 3, then one a second); false for none. */
  pace?: PaceOptions | false;
  /** Web API retries (429 Retry-After is always honoured); default: five retries in five minutes. */
  retry?: webApi.RetryOptions;
  chartUrl?: RenderOptions['chartUrl'];
  /** Turns worked on at once after their ack (default 8). */
  concurrency?: number;
  /** Queues a transcript turn as a chat.turn job (the bot says it is working at once); inline without it. */
  enqueueTurn?: EnqueueTurn;
}

export interface SlackSurface {
  bolt: App;
  /** Direct messages to CRM users: give it to the job workers as their Notifier. */
  notifier: SlackNotifier;
  /** Runs a queued chat.turn: summarises the transcript and posts it with its Save button. */
  runTranscriptTurn: (data: Record<string, unknown>) => Promise<void>;
  /** Adds POST /slack/events to the app (nothing in Socket Mode). */
  mount(app: Express): void;
  /** Connects Socket Mode when an app token is set; a no-op in HTTP mode (the Express app serves it). */
  start(): Promise<void>;
  /** Disconnects Socket Mode and waits (up to 10 s) for turns already acknowledged to finish. */
  stop(): Promise<void>;
}

const apiBase = (url?: string) => (url ? (url.endsWith('/') ? url : `${url}/`) : SLACK_API_DEFAULT);

/** The bot's own ids from auth.test, fetched once and again only if the first try failed (Slack was down). */
function cachedAuthorize(client: webApi.WebClient, botToken: string): Authorize<boolean> {
  let ids: Promise<{ botId?: string; botUserId?: string }> | undefined;
  return async () => {
    ids ??= client.auth.test({ token: botToken }).then(
      (r) => ({ botId: r.bot_id, botUserId: r.user_id }),
      (e: unknown) => {
        ids = undefined;
        throw e;
      },
    );
    return { botToken, ...(await ids) };
  };
}

/** A retried delivery (X-Slack-Retry-Num) of an event we already took is dropped here, after the ack. */
const dropRetries = (db: Db, log: Logger): Middleware<AnyMiddlewareArgs> => async ({ body, next }) => {
  const eventId = (body as { event_id?: unknown }).event_id;
  if (typeof eventId === 'string' && !(await recordEventOnce(db, eventId, 'slack'))) {
    log.debug({ eventId }, 'slack event already handled; retry dropped');
    return;
  }
  await next();
};

async function drain(inflight: Set<Promise<void>>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)));
  await Promise.race([Promise.allSettled([...inflight]), timeout]);
  clearTimeout(timer);
}

/**
 * Slack on the one Express app at POST /slack/events (signed; Bolt refuses a bad signature or a timestamp older
 * than five minutes with 401), or over Socket Mode when an app token is set. Every request is acknowledged
 * first (processBeforeResponse: false) and the work runs after.
 */
export function createSlackSurface(deps: SlackDeps): SlackSurface {
  const { botToken, signingSecret, appToken } = deps.slack;
  if (!botToken) throw new AppError('config', 'SLACK_BOT_TOKEN is required for the Slack surface.');
  if (!appToken && !signingSecret) throw new AppError('config', 'SLACK_SIGNING_SECRET is required for Slack over HTTP.');
  const logger = boltLogger(deps.log);
  const slackApiUrl = apiBase(deps.slack.apiUrl);
  const clientOptions: webApi.WebClientOptions = { slackApiUrl, retryConfig: deps.retry ?? webApi.retryPolicies.fiveRetriesInFiveMinutes, rejectRateLimitedCalls: false, logger };
  const client = new webApi.WebClient(botToken, clientOptions);
  const authorize = cachedAuthorize(client, botToken);
  const common = { authorize, clientOptions, logger, ignoreSelf: true, convoStore: false as const };
  // The receiver's routes live on a router the one Express app mounts; Bolt's own Express app is never listened on.
  const router = Router();
  const bolt = appToken
    ? new App({ ...common, socketMode: true, appToken })
    : new App({ ...common, receiver: new ExpressReceiver({ signingSecret: signingSecret!, endpoints: SLACK_EVENTS_PATH, processBeforeResponse: false, router, logger }) });

  const pacer = new ChannelPacer(deps.pace ?? SLACK_CHANNEL_PACE);
  const files = { fileOrigins: ['https://files.slack.com', new URL(slackApiUrl).origin] };
  const rt: SlackRuntime = {
    db: deps.db, engine: deps.engine, log: deps.log.child({ surface: 'slack' }), identity: new SlackIdentity(deps.db, deps.log), pacer, botToken,
    timezone: deps.timezone ?? 'UTC', chartUrl: deps.chartUrl, inflight: new Set(), limiter: new WorkLimiter(deps.concurrency ?? 8), files, enqueueTurn: deps.enqueueTurn,
  };
  rt.uploadChart = chartUploader(rt);
  bolt.use(dropRetries(deps.db, rt.log));
  registerMessageListeners(bolt, rt, files);
  registerCommandListener(bolt, rt);
  registerActionListeners(bolt, rt);
  registerShortcutListeners(bolt, rt);
  registerModalListeners(bolt, rt);
  registerHomeListener(bolt, rt);
  bolt.error(async (err) => {
    rt.log.error({ err }, 'slack listener failed');
  });

  return {
    bolt,
    notifier: new SlackNotifier(deps.db, client, pacer),
    runTranscriptTurn: transcriptTurnRunner(rt, client),
    mount: (app) => {
      if (!appToken) app.use(router);
    },
    start: async () => {
      if (appToken) await bolt.start();
    },
    stop: async () => {
      if (appToken) await bolt.stop();
      await drain(rt.inflight, 10_000);
    },
  };
}

/** createSlackSurface + mount in one call. */
export function mountSlack(app: Express, deps: SlackDeps): SlackSurface {
  const surface = createSlackSurface(deps);
  surface.mount(app);
  return surface;
}
