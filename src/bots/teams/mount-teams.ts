import express, { type Express, type Request, type Response } from 'express';
import type { Activity } from 'botbuilder';
import type { ConversationEngine } from '../../intents/engine';
import { describeZodIssues } from '../../shared/app-error';
import { pngDataUri, renderChartPngAsync } from '../charts/render-png';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';
import { incomingActivitySchema, type IncomingActivity } from './activity-schema';
import { ConversationLanes } from './conversation-lanes';
import { createTeamsAdapter, type TeamsAuthResult, type TeamsSettings } from './teams-adapter';
import { TeamsBot } from './teams-bot';
import { TeamsNotifier } from './teams-notifier';
import { ThreadPacer, type RateLimit } from './thread-pacer';
import type { TeamsTurnDeps } from './teams-turn';
import { transcriptTurnRunner } from './transcript-turn';

export interface TeamsSurfaceDeps {
  db: Db;
  engine: ConversationEngine;
  log: Logger;
  /** config.teams */
  teams: TeamsSettings;
  /** A PNG (URL or data URI) for a chart spec; by default the shared ECharts renderer, inlined as a data URI. */
  chartImage?: (spec: Record<string, unknown>, title: string) => Promise<string | null>;
  /** For downloading transcripts sent as files (tests point it anywhere). */
  fetch?: typeof fetch;
  /** Per-conversation send limits; Teams' own by default (the bench scales them). */
  threadLimits?: readonly RateLimit[];
  /** Message turns running at once (default 8); more wait, acknowledged, in their conversation's lane. */
  maxConcurrentTurns?: number;
  /** Queues a transcript as a chat.turn job; without it the transcript is summarised in the message's turn. */
  enqueueTurn?: TeamsTurnDeps['enqueueTurn'];
}

export interface TeamsSurface {
  /** Adds POST /api/messages to the one Express app. */
  mount(app: Express): void;
  /** The jobs' Notifier port for Teams users. */
  notifier: TeamsNotifier;
  /** Runs a queued chat.turn: the summary, with its Save/Cancel card, sent proactively to the conversation. */
  runTranscriptTurn: (data: Record<string, unknown>) => Promise<void>;
  /** Resolves when every acknowledged message has been answered (graceful shutdown, tests). */
  drain(): Promise<void>;
}

/** ~10 kB per chart at this size, so the card stays well within Teams' message limit. */
const inlineChart = async (spec: Record<string, unknown>) => pngDataUri(await renderChartPngAsync(spec, { width: 600, height: 320 }));

const refuse = (res: Response, status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });

/** Builds the Teams surface once, so the route and the notifier share one adapter and one pacer. */
export function createTeamsSurface(deps: TeamsSurfaceDeps): TeamsSurface {
  const { adapter, auth } = createTeamsAdapter(deps.teams, deps.log);
  const appId = deps.teams.appId ?? '';
  const pacer = new ThreadPacer(deps.threadLimits);
  const lanes = new ConversationLanes(deps.maxConcurrentTurns);
  const turnDeps: TeamsTurnDeps = { db: deps.db, engine: deps.engine, log: deps.log, pacer, chartImage: deps.chartImage ?? inlineChart, fetch: deps.fetch, enqueueTurn: deps.enqueueTurn };
  const bot = new TeamsBot(turnDeps);
  const runTranscriptTurn = transcriptTurnRunner({ ...turnDeps, adapter, appId });
  const notifier = new TeamsNotifier({ db: deps.db, adapter, appId, pacer });
  if (!appId) deps.log.warn('Teams runs in local mode: activities are accepted without a token (set MICROSOFT_APP_ID for production)');

  /**
   * A message is acknowledged as soon as its token checks out and runs afterwards in its conversation's
   * lane: Teams expects an answer within seconds, and the engine may take longer under load.
   */
  const acceptMessage = async (req: Request, res: Response, activity: IncomingActivity) => {
    const header = req.headers.authorization ?? '';
    let authorization: string | TeamsAuthResult = header;
    if (appId) {
      try {
        authorization = await auth.authenticateRequest(activity as unknown as Activity, header);
      } catch (e) {
        const status = (e as { statusCode?: number }).statusCode === 401 ? 401 : 500;
        if (status === 500) deps.log.error({ err: e }, 'teams token check failed');
        refuse(res, status, status === 401 ? 'unauthenticated' : 'internal', status === 401 ? 'The Bot Framework token is not valid.' : 'Something went wrong.');
        return;
      }
    }
    res.status(200).end();
    void lanes.run(activity.conversation.id, () =>
      adapter.processActivityDirect(authorization, activity as unknown as Activity, (ctx) => bot.run(ctx)).catch((err) => deps.log.error({ err, activity: activity.id }, 'teams turn failed')),
    );
  };

  const mount = (app: Express) => {
    app.post('/api/messages', express.json({ limit: '1mb' }), async (req, res) => {
      // Refused before the SDK so it does not log a stack trace for every unsigned probe.
      if (appId && !req.headers.authorization) return void refuse(res, 401, 'unauthenticated', 'A Bot Framework token is required.');
      const parsed = incomingActivitySchema.safeParse(req.body);
      if (!parsed.success) return void refuse(res, 400, 'bad_input', `Not a Bot Framework activity: ${describeZodIssues(parsed.error.issues)}`);
      if (parsed.data.type === 'message') return acceptMessage(req, res, parsed.data);
      // Invokes (card and message-extension actions) answer in this exchange; the SDK checks the token.
      await adapter.process(req, res, (ctx) => bot.run(ctx));
    });
  };
  return { mount, notifier, runTranscriptTurn, drain: () => lanes.drain() };
}

/** Mounts Teams on `app` and returns the surface (for its notifier and drain). */
export function mountTeams(app: Express, deps: TeamsSurfaceDeps): TeamsSurface {
  const surface = createTeamsSurface(deps);
  surface.mount(app);
  return surface;
}
