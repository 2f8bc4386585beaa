import type { Queryable } from '../../../src/shared/db';
import type { Actor } from '../../../src/crm/access/actor';

/**
 * A tiny CRM whose every KPI is computed by hand in kpi-engine.test.ts. Several records sit on
 * purpose at 23:30 UTC on 31 March or on New Year's Eve, so their day differs in Asia/Shanghai.
 * The data is inserted with plain SQL because the KPI engine reads tables, not services.
 */
export const NOW = new Date('2026-06-10T09:00:00Z');

type Role = Actor['role'];

export interface KpiFixture {
  teams: Record<'East' | 'West' | 'Care', string>;
  users: Record<UserKey, Actor>;
}

type UserKey = 'ada' | 'mia' | 'rex' | 'rita' | 'will' | 'sam' | 'cara';
const USERS: Array<[UserKey, string, Role, 'East' | 'West' | 'Care' | null]> = [
  ['ada', 'Ada Admin', 'admin', null],
  ['mia', 'Mia Manager', 'manager', 'East'],
  ['rex', 'Rex Rep', 'rep', 'East'],
  ['rita', 'Rita Rep', 'rep', 'East'],
  ['will', 'Will West', 'rep', 'West'],
  ['sam', 'Sam Agent', 'agent', 'Care'],
  ['cara', 'Cara Care', 'manager', 'Care'],
];

async function id(db: Queryable, sql: string, params: unknown[]): Promise<string> {
  const r = await db.query<{ id: string }>(`${sql} returning id`, params);
  return r.rows[0]!.id;
}

export async function loadKpiFixture(db: Queryable): Promise<KpiFixture> {
  const teams = {} as KpiFixture['teams'];
  for (const t of ['East', 'West', 'Care'] as const) teams[t] = await id(db, 'insert into teams (name) values ($1)', [t]);
  const users = {} as KpiFixture['users'];
  for (const [key, name, role, team] of USERS) {
    const teamId = team ? teams[team] : null;
    const email = `${key}@example.test`;
    const uid = await id(db, 'insert into users (name, email, role, team_id) values ($1, $2, $3, $4)', [name, email, role, teamId]);
    users[key] = { id: uid, name, email, role, teamId, teamName: team };
  }
  const u = (k: UserKey | null) => (k ? users[k].id : null);

  const acc: Record<string, string> = {};
  const accounts: Array<[string, UserKey | null, string | null, string]> = [
    ['Acme', 'rex', 'EMEA', '2026-01-15T10:00:00Z'],
    ['Kite', 'will', 'APAC', '2026-03-31T23:30:00Z'],
    ['Nova', 'rita', 'North America', '2025-12-31T20:00:00Z'],
    ['Lynx', 'mia', 'LATAM', '2025-06-01T00:00:00Z'],
    ['Zed', null, null, '2026-02-10T00:00:00Z'],
  ];
  for (const [name, owner, region, created] of accounts) {
    acc[name] = await id(db, 'insert into accounts (name, owner_id, region, created_at) values ($1, $2, $3, $4)', [name, u(owner), region, created]);
  }

  // [name, account, owner, amount, stage, created_at, closed_at, close_date]
  const deals: Array<[string, string, UserKey, number, string, string, string | null, string | null]> = [
    ['d1', 'Acme', 'rex', 10000, 'won', '2026-01-10T00:00:00Z', '2026-02-09T12:00:00Z', null],
    ['d2', 'Acme', 'rex', 5000, 'lost', '2026-01-20T00:00:00Z', '2026-03-05T00:00:00Z', null],
    ['d3', 'Nova', 'rita', 20000, 'won', '2026-02-01T00:00:00Z', '2026-03-31T23:30:00Z', null],
    ['d4', 'Kite', 'will', 8000, 'won', '2026-04-02T00:00:00Z', '2026-05-02T00:00:00Z', null],
    ['d5', 'Kite', 'will', 3000, 'lost', '2026-04-03T00:00:00Z', '2026-04-15T00:00:00Z', null],
    ['d6', 'Nova', 'rita', 12000, 'proposal', '2026-05-01T00:00:00Z', null, '2026-06-20'],
    ['d7', 'Acme', 'rex', 30000, 'negotiation', '2026-03-01T00:00:00Z', null, '2026-05-15'],
    ['d8', 'Kite', 'will', 7000, 'lead', '2026-06-01T00:00:00Z', null, '2026-08-01'],
    ['d9', 'Lynx', 'mia', 4000, 'won', '2025-11-01T00:00:00Z', '2025-12-15T00:00:00Z', null],
  ];
  for (const [name, account, owner, amount, stage, created, closed, closeDate] of deals) {
    await db.query(
      'insert into deals (name, account_id, owner_id, amount, stage, created_at, closed_at, close_date) values ($1, $2, $3, $4, $5, $6, $7, $8)',
      [name, acc[account], u(owner), amount, stage, created, closed, closeDate],
    );
  }

  // [subject, account, assignee, priority, status, created_at, first_response_at, resolved_at]
  const tickets: Array<[string, string, UserKey | null, string, string, string, string | null, string | null]> = [
    ['t1', 'Acme', 'sam', 'urgent', 'resolved', '2026-01-05T10:00:00Z', '2026-01-05T10:30:00Z', '2026-01-05T20:00:00Z'],
    ['t2', 'Kite', 'sam', 'high', 'resolved', '2026-01-10T10:00:00Z', '2026-01-10T15:00:00Z', '2026-01-12T10:00:00Z'],
    ['t3', 'Nova', 'cara', 'normal', 'closed', '2026-02-01T00:00:00Z', '2026-02-01T02:00:00Z', '2026-02-02T06:00:00Z'],
    ['t4', 'Acme', 'sam', 'low', 'open', '2026-03-31T23:30:00Z', null, null],
    ['t5', 'Kite', 'cara', 'normal', 'pending', '2026-06-10T00:00:00Z', null, null],
    ['t6', 'Lynx', 'sam', 'normal', 'closed', '2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z', '2026-05-03T00:00:00Z'],
    ['t7', 'Zed', null, 'urgent', 'open', '2026-06-09T00:00:00Z', '2026-06-09T03:00:00Z', null],
  ];
  for (const [subject, account, assignee, priority, status, created, fr, resolved] of tickets) {
    await db.query(
      `insert into tickets (subject, account_id, assignee_id, priority, status, created_at, first_response_at, resolved_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [subject, acc[account], u(assignee), priority, status, created, fr, resolved],
    );
  }

  // [subject, account, owner, kind, occurred_at]
  const activities: Array<[string, string, UserKey, string, string]> = [
    ['a1', 'Acme', 'rex', 'call', '2026-01-05T09:00:00Z'],
    ['a2', 'Acme', 'rex', 'email', '2026-01-06T09:00:00Z'],
    ['a3', 'Nova', 'rita', 'meeting', '2026-03-31T23:30:00Z'],
    ['a4', 'Kite', 'will', 'call', '2026-04-10T09:00:00Z'],
    ['a5', 'Kite', 'sam', 'note', '2026-04-11T09:00:00Z'],
    ['a6', 'Lynx', 'mia', 'call', '2025-12-31T23:59:59Z'],
    ['a7', 'Acme', 'sam', 'email', '2026-06-09T12:00:00Z'],
  ];
  for (const [subject, account, owner, kind, occurred] of activities) {
    await db.query('insert into activities (subject, account_id, owner_id, kind, occurred_at) values ($1, $2, $3, $4, $5)', [
      subject,
      acc[account],
      u(owner),
      kind,
      occurred,
    ]);
  }
  return { teams, users };
}
