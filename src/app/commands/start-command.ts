import client from 'prom-client';
import type { Config } from '../../config/config';
import type { Logger } from '../../shared/logger';
import { createHttpApp, listen } from '../../bots/http-server';
import { buildContainer } from '../container';
import type { CommandIO } from '../command-io';
import { isEmpty, seedDemo } from '../../crm/seed';
import { dashboardBaseUrl, issueLoginLink } from '../../bots/web/session';
import { startJobs } from '../jobs-wiring';
import { surfaceMounts } from '../surfaces-wiring';
import { warmUpNlu } from '../../intents/nlu';

/** `crm start`: one port for everything; workers in-process unless CRM_WORKERS=off. */
export async function startCommand(config: Config, log: Logger, io: CommandIO): Promise<number> {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  warmUpNlu(); // trains the small intent classifier now rather than on the first message
  const jobs = await startJobs(config, log, registry);
  const c = await buildContainer(config, { log, enqueue: jobs.enqueue });
  await jobs.attach(c);
  if (!c.db.info.vector) log.warn('pgvector is not installed on this PostgreSQL: semantic search is off, full-text search only');
  if (!config.database.url && config.seedDemo && (await isEmpty(c.db))) {
    io.stderr.write('First run on an empty embedded database: loading demo data…\n');
    await seedDemo(c.db, { onProgress: (p) => io.stderr.write(`  ${p.stage}: ${p.done}/${p.total}\n`) });
  }
  const app = createHttpApp({ db: c.db, engine: c.engine, log, registry, mount: await surfaceMounts(c, registry, jobs) });
  const server = await listen(app, config.http.port, config.http.host);
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.http.port;
  const base = dashboardBaseUrl({ ...config.http, port });
  const admin = await c.db.query<{ id: string; email: string }>("select id, email from users where role in ('manager', 'admin') and active order by (role = 'manager') desc, created_at limit 1");
  if (admin.rows[0] && !config.database.url) {
    const link = await issueLoginLink(c.db, admin.rows[0].id, base, new Date());
    io.stderr.write(`Dashboard sign-in for ${admin.rows[0].email} (15 min): ${link.url}\n`);
  }
  log.info({ port, engine: c.db.info.engine, vector: c.db.info.vector, llm: config.llm.mode, queue: jobs.mode }, 'crm listening');
  io.stderr.write(`crm is listening on ${base} (database: ${c.db.info.engine}, jobs: ${jobs.mode}, llm: ${config.llm.mode})\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  io.stderr.write('shutting down…\n');
  await new Promise<void>((r) => server.close(() => r()));
  await jobs.close();
  await c.close();
  return 0;
}
