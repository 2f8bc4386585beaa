import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { z } from 'zod';
import type { ConversationEngine } from '../../intents/engine';
import { actorForToken, buildDashboard, parseDashboardQuery } from '../../intents/services';
import { isAppError } from '../../shared/app-error';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';
import { chartFont } from '../charts/chart-font';
import { badLinkPage, signedOutPage, signInPage } from './auth-pages';
import { endSession, sessionActor, startSession } from './session';
import { pickLanguage } from './web-language';

export interface WebDeps {
  db: Db;
  engine: ConversationEngine;
  log: Logger;
  /** The organisation's time zone (CRM_TIMEZONE): dashboard periods are whole days in it, as in chat. */
  timezone?: string;
  now?: () => Date;
}

const ASSETS_DIR = path.join(__dirname, 'assets');
const ECHARTS_DIR = path.dirname(require.resolve('echarts/dist/echarts.min.js'));
// The same CJK font the PNG charts use, for browsers that have none (see dashboard.css).
const fontFile = chartFont().file;
const loginQuery = z.object({ token: z.string().min(8).max(200) });

const STATUS: Record<string, number> = { unauthenticated: 401, bad_input: 400, denied: 403, not_found: 404 };

/** The web dashboard and its sign-in, on the one Express app; the chat panel uses POST /api/ask. */
export function mountWeb(app: Express, deps: WebDeps): void {
  const now = deps.now ?? (() => new Date());
  // The browser draws the very option objects the server builds, with the same ECharts version.
  app.use('/vendor/echarts', express.static(ECHARTS_DIR, { index: false, maxAge: '1d' }));
  app.use('/assets', express.static(ASSETS_DIR, { index: false, maxAge: '1h' }));
  if (fontFile) app.use('/vendor/fonts', express.static(path.dirname(fontFile), { index: false, maxAge: '7d' }));

  app.get('/login', async (req: Request, res: Response) => {
    const lang = pickLanguage(req.get('accept-language'), req.query.lang);
    // The token sits in the URL: keep it out of caches and out of Referer headers.
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    const q = loginQuery.safeParse(req.query);
    try {
      if (!q.success) return res.status(401).type('html').send(badLinkPage(lang));
      // Not single-use on purpose: Slack and Teams fetch links to preview them, which would spend it.
      const actor = await actorForToken(deps.db, q.data.token, now(), 'login');
      await startSession(deps.db, req, res, actor.id!, now());
      return res.redirect(303, '/');
    } catch (e) {
      if (isAppError(e) && e.code === 'unauthenticated') return res.status(401).type('html').send(badLinkPage(lang));
      deps.log.error({ err: e }, 'web sign-in failed');
      return res.status(500).type('html').send(badLinkPage(lang));
    }
  });

  app.post('/logout', async (req: Request, res: Response) => {
    await endSession(deps.db, req, res);
    res.type('html').send(signedOutPage(pickLanguage(req.get('accept-language'))));
  });

  app.get('/', async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    const actor = await sessionActor(deps.db, req, now());
    if (!actor) return res.type('html').send(signInPage(pickLanguage(req.get('accept-language'), req.query.lang)));
    return res.sendFile(path.join(ASSETS_DIR, 'dashboard.html'));
  });

  app.get('/api/dashboard', async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    try {
      const actor = await sessionActor(deps.db, req, now());
      if (!actor) return res.status(401).json({ error: { code: 'unauthenticated', message: 'Sign in with a link first (say "dashboard" in chat).' } });
      const query = parseDashboardQuery(req.query);
      const tz = actor.timezone ?? deps.timezone ?? 'UTC';
      const lang = pickLanguage(req.get('accept-language'), req.query.lang);
      return res.json(await buildDashboard(deps.db, actor, { query, now: now(), tz, lang }));
    } catch (e) {
      if (isAppError(e)) return res.status(STATUS[e.code] ?? 500).json({ error: e.toJSON() });
      deps.log.error({ err: e }, 'dashboard failed');
      return res.status(500).json({ error: { code: 'internal', message: 'Something went wrong.' } });
    }
  });
}
