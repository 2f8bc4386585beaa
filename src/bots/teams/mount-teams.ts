import express, { type Express } from 'express';
import type { ConversationEngine } from '../../intents/engine';
import { describeZodIssues } from '../../shared/app-error';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';
import { incomingActivitySchema } from './activity-schema';
import { ConversationLanes } from './conversation-lanes';
import { createTeamsAdapter, type TeamsSettings } from './teams-adapter';
import { TeamsBot } from './teams-bot';
import { TeamsNotifier } from './teams-notifier';
import { ThreadPacer, type RateLimit } from './thread-pacer';

export interface TeamsSurfaceDeps {
  db: Db;
  engine: ConversationEngine;
  log: Logger;
  /** config.teams */
  teams: TeamsSettings;
  /** A PNG (URL or data URI) for a chart spec; without it KPI cards carry no chart image. */
  chartImage?: (spec: Record<string, unknown>, title: string) => Promise<string | null>;
  /** For downloading transcripts sent as files (tests point it anywhere). */
  fetch?: typeof fetch;
  /** Per-conversation send limits; Teams' own by default (the bench scales them). */
  threadLimits?: readonly RateLimit[];
}

export interface TeamsSurface {
  /** Adds POST /api/messages to the one Express app. */
  mount(app: Express): void;
  /** The jobs' Notifier port for Teams users. */
  notifier: TeamsNotifier;
  /** Resolves when every acknowledged message has been answered (graceful shutdown, tests). */
  drain(): Promise<void>;
}

/** Builds the Teams surface once, so the route and the notifier share one adapter and one pacer. */
export function createTeamsSurface(deps: TeamsSurfaceDeps): TeamsSurface {
  const adapter = createTeamsAdapter(deps.teams, deps.log);
  const appId = deps.teams.appId ?? '';
  const pacer = new ThreadPacer(deps.threadLimits);
  const lanes = new ConversationLanes();
  const bot = new TeamsBot({ ...deps, adapter, appId, pacer, lanes });
  const notifier = new TeamsNotifier({ db: deps.db, adapter, appId, pacer });
  if (!appId) deps.log.warn('Teams runs in local mode: activities are accepted without a token (set MICROSOFT_APP_ID for production)');

  const mount = (app: Express) => {
    app.post('/api/messages', express.json({ limit: '1mb' }), async (req, res) => {
      // Refused before the SDK so it does not log a stack trace for every unsigned probe.
      if (appId && !req.headers.authorization) {
        res.status(401).json({ error: { code: 'unauthenticated', message: 'A Bot Framework token is required.' } });
        return;
      }
      const parsed = incomingActivitySchema.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: { code: 'bad_input', message: `Not a Bot Framework activity: ${describeZodIssues(parsed.error.issues)}` } });
        return;
      }
      await adapter.process(req, res, (ctx) => bot.run(ctx));
    });
  };
  return { mount, notifier, drain: () => lanes.drain() };
}

/** Mounts Teams on `app` and returns the surface (for its notifier and drain). */
export function mountTeams(app: Express, deps: TeamsSurfaceDeps): TeamsSurface {
  const surface = createTeamsSurface(deps);
  surface.mount(app);
  return surface;
}
