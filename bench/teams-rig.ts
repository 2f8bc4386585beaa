/** A Teams surface on a real HTTP server with a fake connector and a fresh database, for the Teams benches. */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import client from 'prom-client';
import { buildContainer, type Container } from '../src/app/container';
import { createHttpApp, listen } from '../src/bots/http-server';
import { createTeamsSurface, type TeamsSurface } from '../src/bots/teams/mount-teams';
import type { RateLimit } from '../src/bots/teams/thread-pacer';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/shared/logger';
import { startFakeBotConnector, type FakeBotConnector } from '../test/support/fake-bot-connector';
import { createTestDb } from '../test/support/test-db';

export const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};

export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

export interface Rig {
  port: number;
  fake: FakeBotConnector;
  surface: TeamsSurface;
  container: Container;
  users: Array<{ id: string; teamsId: string }>;
  registry: client.Registry;
  close(): Promise<void>;
}

export async function startRig(opts: { users: number; enforceLimits?: boolean; limits?: RateLimit[]; threadLimits?: RateLimit[] }): Promise<Rig> {
  // A throw-away database: in-memory PGlite, or a fresh clone on the server named by DATABASE_URL (dropped at close).
  const tdb = await createTestDb(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  const db = tdb.db;
  const container = await buildContainer(loadConfig({ LOG_LEVEL: 'silent', CRM_SEED_DEMO: 'false' }), { db });
  const team = (await db.query<{ id: string }>("insert into teams (name) values ('Bench') returning id")).rows[0]!.id;
  const members: Record<string, { email: string }> = {};
  const users: Rig['users'] = [];
  for (let i = 0; i < opts.users; i++) {
    const email = `bench-${i}@example.com`;
    const id = (await db.query<{ id: string }>("insert into users (name, email, role, team_id) values ($1, $2, 'manager', $3) returning id", [`Manager ${i}`, email, team])).rows[0]!.id;
    const teamsId = `29:bench-${i}-${id.slice(0, 8)}`;
    members[teamsId] = { email };
    users.push({ id, teamsId });
  }
  const fake = await startFakeBotConnector({ members, enforceLimits: opts.enforceLimits, limits: opts.limits });
  const surface = createTeamsSurface({ db, engine: container.engine, log: silentLogger, teams: {}, threadLimits: opts.threadLimits });
  const registry = new client.Registry();
  const server: http.Server = await listen(createHttpApp({ db, engine: container.engine, log: silentLogger, registry, mount: [surface.mount] }), 0, '127.0.0.1');
  return {
    port: (server.address() as AddressInfo).port,
    fake,
    surface,
    container,
    users,
    registry,
    close: async () => {
      await surface.drain();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await fake.close();
      await container.close();
      await tdb.drop();
    },
  };
}

export function messageActivity(rig: Rig, user: { teamsId: string }, conversation: string, text: string, id: string): Record<string, unknown> {
  return {
    type: 'message',
    id,
    channelId: 'msteams',
    serviceUrl: rig.fake.url,
    from: { id: user.teamsId },
    recipient: { id: '28:bench-bot' },
    conversation: { id: conversation, conversationType: 'personal' },
    text,
  };
}

/** Server-side request durations for one route from the app's own histogram: count per upper bound (s). */
export async function serverBuckets(registry: client.Registry, route: string): Promise<Array<{ le: number; count: number }>> {
  const m = await registry.getSingleMetric('crm_http_request_duration_seconds')?.get();
  const rows = (m?.values ?? []).filter((v) => (v as { metricName?: string }).metricName?.endsWith('_bucket') && v.labels.route === route && v.labels.status === '200');
  const byLe = new Map<number, number>();
  for (const r of rows) {
    const le = r.labels.le === '+Inf' ? Infinity : Number(r.labels.le);
    byLe.set(le, (byLe.get(le) ?? 0) + r.value);
  }
  return [...byLe.entries()].sort((a, b) => a[0] - b[0]).map(([le, count]) => ({ le, count }));
}
