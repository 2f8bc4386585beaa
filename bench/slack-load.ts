/** Shared set-up for the Slack benches: the real app (engine + Slack mount) on a scratch database, a fake Web API, a load driver. */
import http from 'node:http';
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import client from 'prom-client';
import { buildContainer, type Container } from '../src/app/container';
import { createHttpApp, listen } from '../src/bots/http-server';
import { mountSlack, type SlackDeps } from '../src/bots/slack/slack-app';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/shared/logger';
import { eventEnvelope, FakeSlackApi, slackSignature } from '../test/support/fake-slack-api';
import { createTestDb, type TestDb } from '../test/support/test-db';

export const SECRET = 'bench-signing-secret';

export interface Rig {
  fake: FakeSlackApi;
  tdb: TestDb;
  c: Container;
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

export async function startRig(users: number, extra: Pick<SlackDeps, 'pace' | 'retry' | 'concurrency'> = {}): Promise<Rig> {
  const fake = await new FakeSlackApi().start();
  const tdb = await createTestDb(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  const config = loadConfig({ LOG_LEVEL: 'silent', SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: fake.apiUrl });
  const c = await buildContainer(config, { db: tdb.db, log: silentLogger });
  for (let i = 0; i < users; i++) {
    const u = await tdb.db.query<{ id: string }>(`insert into users (name, email, role) values ($1, $2, 'rep') returning id`, [`Rep ${i}`, `rep${i}@example.com`]);
    await tdb.db.query(`insert into accounts (name, owner_id) values ($1, $2)`, [`Account ${i}`, u.rows[0]!.id]);
    fake.users.set(`U${i}`, { email: `rep${i}@example.com` });
  }
  const app = createHttpApp({
    db: c.db, engine: c.engine, log: silentLogger, registry: new client.Registry(),
    mount: [(a) => void mountSlack(a, { db: c.db, engine: c.engine, log: silentLogger, slack: config.slack, ...extra })],
  });
  const server = await listen(app, 0, '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  return {
    fake, tdb, c, server, port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await c.close();
      await tdb.drop();
      await fake.stop();
    },
  };
}

export interface Signed {
  body: string;
  headers: Record<string, string>;
}

/** Signs every delivery before the clock starts, so the driver measures the server, not HMAC in the client. */
export function signedMentions(n: number, users: number, texts: string[], channel = (i: number) => `C${i % 200}`): Signed[] {
  return Array.from({ length: n }, (_, i) => {
    const ts = `${1_900_000_000 + i}.000100`;
    const body = JSON.stringify(eventEnvelope({ type: 'app_mention', user: `U${i % users}`, text: `<@UBOT> ${texts[i % texts.length]}`, ts, channel: channel(i), event_ts: ts }));
    return { body, headers: { 'content-type': 'application/json', ...slackSignature(SECRET, body) } };
  });
}

// The load driver runs on its own thread so its HTTP client does not share the server's event loop.
const DRIVER = `
const http = require('node:http');
const { parentPort, workerData: { port, reqs, concurrency } } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const latencies = [];
let failed = 0, next = 0;
const one = (r) => new Promise((resolve) => {
  const t0 = process.hrtime.bigint();
  const req = http.request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) } }, (res) => {
    res.resume();
    res.on('end', () => { latencies.push(Number(process.hrtime.bigint() - t0) / 1e6); if (res.statusCode !== 200) failed++; resolve(); });
  });
  req.on('error', () => { failed++; resolve(); });
  req.end(r.body);
});
const t0 = Date.now();
Promise.all(Array.from({ length: concurrency }, async () => { while (next < reqs.length) await one(reqs[next++]); }))
  .then(() => { agent.destroy(); parentPort.postMessage({ latencies, seconds: (Date.now() - t0) / 1000, failed }); });
`;

/** Sends the deliveries with `concurrency` in flight; returns each one's time to the HTTP answer (the ack). */
export function drive(port: number, reqs: Signed[], concurrency: number): Promise<{ latencies: number[]; seconds: number; failed: number }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(DRIVER, { eval: true, workerData: { port, reqs, concurrency } });
    w.once('message', (m) => {
      resolve(m as { latencies: number[]; seconds: number; failed: number });
      void w.terminate();
    });
    w.once('error', reject);
  });
}

export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

export const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
