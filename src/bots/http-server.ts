import http from 'node:http';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import client from 'prom-client';
import { pendingMigrations } from '../intents/services';
import type { ConversationEngine } from '../intents/engine';
import type { Db } from '../shared/db';
import type { Logger } from '../shared/logger';
import { askRoute } from './web/ask-route';

export interface HttpDeps {
  db: Db;
  engine: ConversationEngine;
  log: Logger;
  registry: client.Registry;
  /** Surfaces mount themselves here (Slack, Teams, web dashboard) before the fallbacks. */
  mount?: Array<(app: Express) => void>;
}

/** The one Express app: health, readiness, metrics, the ask API, and whatever surfaces are enabled. */
export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  const duration = new client.Histogram({
    name: 'crm_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [deps.registry],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });
  app.use((req, res, next) => {
    const end = duration.startTimer({ method: req.method });
    res.on('finish', () => end({ route: req.route?.path ?? req.path.split('/').slice(0, 3).join('/'), status: String(res.statusCode) }));
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      const pending = await pendingMigrations(deps.db);
      if (pending.length) return res.status(503).json({ status: 'migrating', pending });
      return res.json({ status: 'ready', engine: deps.db.info.engine, vector: deps.db.info.vector });
    } catch (e) {
      return res.status(503).json({ status: 'unavailable', error: (e as Error).message });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', deps.registry.contentType);
    res.send(await deps.registry.metrics());
  });
  for (const m of deps.mount ?? []) m(app);
  app.post('/api/ask', express.json({ limit: '1mb' }), askRoute(deps));
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: number }).status ?? 500;
    if (status >= 500) deps.log.error({ err }, 'request failed');
    res.status(status).json({ error: { code: status === 400 ? 'bad_input' : 'internal', message: status === 400 ? 'The request body is not valid JSON.' : 'Something went wrong.' } });
  });
  return app;
}

export function listen(app: Express, port: number, host: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
