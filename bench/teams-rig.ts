/** A Teams surface on a real HTTP server with a fake connector and a fresh database, for the Teams benches. */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import client from 'prom-client';
import { buildContainer, type Container } from '../src/app/container';
import { createHttpApp, listen } from '../src/bots/http-server';
import { createTeamsSurface, type TeamsSurface } from '../src/bots/teams/mount-teams';
import type { RateLimit } from '../src/bots/teams/thread-pacer';
import { loadConfig } from '../src/config/config';
import { openDb } from '../src/crm/db/open-db';
import { silentLogger } from '../src/shared/logger';
import { startFakeBotConnector, type FakeBotConnector } from '../test/support/fake-bot-connector';

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
  close(): Promise<void>;
}

export async function startRig(opts: { users: number; enforceLimits?: boolean; limits?: RateLimit[]; threadLimits?: RateLimit[] }): Promise<Rig> {
  const url = process.env.DATABASE_URL; // the bench's own choice of tier, like the tests'
  const db = await openDb({ url, dataDir: 'memory://' }, silentLogger);
  const container = await buildContainer(loadConfig({ LOG_LEVEL: 'silent', CRM_SEED_DEMO: 'false', DATABASE_URL: url }), { db });
  const team = (await db.query<{ id: string }>("insert into teams (name) values ('Bench ' || gen_random_uuid()) returning id")).rows[0]!.id;
  const members: Record<string, { email: string }> = {};
  const users: Rig['users'] = [];
  for (let i = 0; i < opts.users; i++) {
    const email = `bench-${Date.now()}-${i}@example.com`;
    const id = (await db.query<{ id: string }>("insert into users (name, email, role, team_id) values ($1, $2, 'manager', $3) returning id", [`Manager ${i}`, email, team])).rows[0]!.id;
    const teamsId = `29:bench-${i}-${id.slice(0, 8)}`;
    members[teamsId] = { email };
    users.push({ id, teamsId });
  }
  const fake = await startFakeBotConnector({ members, enforceLimits: opts.enforceLimits, limits: opts.limits });
  const surface = createTeamsSurface({ db, engine: container.engine, log: silentLogger, teams: {}, threadLimits: opts.threadLimits });
  const server: http.Server = await listen(createHttpApp({ db, engine: container.engine, log: silentLogger, registry: new client.Registry(), mount: [surface.mount] }), 0, '127.0.0.1');
  return {
    port: (server.address() as AddressInfo).port,
    fake,
    surface,
    container,
    users,
    close: async () => {
      await surface.drain();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await fake.close();
      await container.close();
      await db.close();
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
