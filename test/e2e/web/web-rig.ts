import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import client from 'prom-client';
import { buildContainer, type Container } from '../../../src/app/container';
import { createHttpApp, listen } from '../../../src/bots/http-server';
import { mountWeb } from '../../../src/bots/web';
import { loadConfig } from '../../../src/config/config';
import { issueToken } from '../../../src/crm/users/api-tokens';
import { createTestDb, type Engine, type TestDb } from '../../support/test-db';

export interface WebRig {
  t: TestDb;
  c: Container;
  app: ReturnType<typeof createHttpApp>;
  server: http.Server;
  base: string;
  users: Record<'admin' | 'manager' | 'ray' | 'rita' | 'wes' | 'agent', string>;
  teams: Record<'east' | 'west', string>;
  /** A sign-in link token for this user, as `crm login-link` would issue it. */
  loginToken(userId: string, ttlMs?: number, now?: Date): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real app on a test database: East (manager Maria, reps Ray and Rita) and West (rep Wes).
 * Won this month: Ray 10,000, Rita 5,000, Wes 7,000; open deals Ray 20,000 (proposal), Wes 3,000
 * (qualified); open tickets: Ray high, Wes urgent, Rita normal; one resolved ticket of Ray's.
 */
export async function startWebRig(engine: Engine): Promise<WebRig> {
  const t = await createTestDb(engine);
  const q = async (sql: string, p: unknown[] = []) => (await t.db.query<{ id: string }>(sql, p)).rows[0]?.id as string;
  const east = await q("insert into teams (name) values ('East') returning id");
  const west = await q("insert into teams (name) values ('West') returning id");
  const user = (name: string, email: string, role: string, team: string | null) =>
    q('insert into users (name, email, role, team_id) values ($1, $2, $3, $4) returning id', [name, email, role, team]);
  const users = {
    admin: await user('Ada Admin', 'ada@example.com', 'admin', null),
    manager: await user('Maria Manager', 'maria@example.com', 'manager', east),
    ray: await user('Ray Rep', 'ray@example.com', 'rep', east),
    rita: await user('Rita Rep', 'rita@example.com', 'rep', east),
    wes: await user('Wes West', 'wes@example.com', 'rep', west),
    agent: await user('Ann Agent', 'ann@example.com', 'agent', null),
  };
  const acme = await q("insert into accounts (name, domain, owner_id, region) values ('Acme Corporation', 'acme.com', $1, 'East') returning id", [users.ray]);
  const deal = (owner: string, stage: string, amount: number, closedAt: string | null) =>
    q(`insert into deals (account_id, name, amount, stage, owner_id, closed_at, close_date, created_at)
       values ($1, $2, $3, $4, $5, ${closedAt ?? 'null'}, (now() + interval '20 days')::date, now() - interval '1 minute') returning id`,
    [acme, `Deal ${stage} ${amount}`, amount, stage, owner]);
  await deal(users.ray, 'won', 10_000, 'now()');
  await deal(users.rita, 'won', 5_000, 'now()');
  await deal(users.wes, 'won', 7_000, 'now()');
  await deal(users.ray, 'proposal', 20_000, null);
  await deal(users.wes, 'qualified', 3_000, null);
  const ticket = (assignee: string, priority: string, status: string) =>
    q(`insert into tickets (account_id, subject, priority, status, assignee_id, created_at, resolved_at)
       values ($1, $2, $3, $4, $5, now() - interval '1 minute', ${status === 'resolved' ? 'now()' : 'null'}) returning id`,
    [acme, `Ticket ${priority}`, priority, status, assignee]);
  await ticket(users.ray, 'high', 'open');
  await ticket(users.wes, 'urgent', 'open');
  await ticket(users.rita, 'normal', 'pending');
  await ticket(users.ray, 'low', 'resolved');

  const c = await buildContainer(loadConfig({ LOG_LEVEL: 'silent', CRM_SEED_DEMO: 'false' }), { db: t.db });
  const app = createHttpApp({
    db: t.db, engine: c.engine, log: c.log, registry: new client.Registry(),
    mount: [(a) => mountWeb(a, { db: t.db, engine: c.engine, log: c.log, timezone: c.config.timezone })],
  });
  const server = await listen(app, 0, '127.0.0.1');
  return {
    t, c, app, server, users, teams: { east, west },
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    loginToken: async (userId, ttlMs = 15 * 60_000, now = new Date()) => (await issueToken(t.db, userId, ttlMs, now, 'login')).token,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await c.close();
      await t.drop();
    },
  };
}
