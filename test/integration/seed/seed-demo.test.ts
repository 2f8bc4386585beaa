import { PassThrough } from 'node:stream';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { isEmpty, seedCommand, seedDemo } from '../../../src/crm/seed';
import { generateOrg } from '../../../src/crm/seed/demo-people';
import { DemoRandom } from '../../../src/crm/seed/demo-random';
import { SLA_FIRST_RESPONSE_HOURS } from '../../../src/shared/contract/contract';

const NOW = new Date('2026-06-10T09:00:00Z');
const HAN = /\p{Script=Han}/u;

function capture() {
  const out = { stdout: '', stderr: '' };
  const stdout = new PassThrough().on('data', (d) => (out.stdout += d));
  const stderr = new PassThrough().on('data', (d) => (out.stderr += d));
  return { io: { stdout, stderr }, out };
}

describe.each(engines())('demo data on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterAll(() => t.drop());

  const rows = async <T>(sql: string) => (await t.db.query<T>(sql)).rows;

  it('fills an empty database with users of every role, English and Chinese companies and their history', async () => {
    expect(await isEmpty(t.db)).toBe(true);
    // 1,500 written from faker one by one, the other 500 made in bulk by the server
    const counts = await seedDemo(t.db, { now: NOW, realistic: 1500 });
    expect(await isEmpty(t.db)).toBe(false);
    expect(counts).toMatchObject({ users: 12, accounts: 60, tickets: 300, activities: 2000 });
    expect(counts.contacts).toBeGreaterThanOrEqual(120);
    expect(counts.deals).toBeGreaterThan(100);

    const users = await rows<{ email: string; role: string; name: string }>('select email, role, name from users');
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['admin', 'manager', 'rep', 'agent']));
    expect(users.map((u) => u.email)).toEqual(expect.arrayContaining(['admin@demo.crm', 'manager@demo.crm', 'rep@demo.crm', 'agent@demo.crm']));
    expect(users.some((u) => HAN.test(u.name))).toBe(true);

    const accounts = await rows<{ name: string; region: string }>('select name, region from accounts');
    expect(accounts.filter((a) => HAN.test(a.name)).length).toBe(20);
    expect(accounts.filter((a) => a.region === 'China').every((a) => HAN.test(a.name))).toBe(true);
  });

  it('spreads deals over every stage with close dates, closed ones with closed_at in the past', async () => {
    const stages = await rows<{ stage: string; n: number; closed: number; dated: number }>(
      `select stage, count(*)::int as n, count(closed_at)::int as closed, count(close_date)::int as dated from deals group by stage`,
    );
    expect(stages.map((s) => s.stage).sort()).toEqual(['lead', 'lost', 'negotiation', 'proposal', 'qualified', 'won']);
    for (const s of stages) {
      expect(s.dated).toBe(s.n);
      expect(s.closed).toBe(s.stage === 'won' || s.stage === 'lost' ? s.n : 0);
    }
    expect(await rows(`select 1 from deals where closed_at > '${NOW.toISOString()}'`)).toEqual([]);
  });

  it('has tickets of every priority with SLA timestamps, some breached and some still open', async () => {
    const tickets = await rows<{ priority: 'low' | 'normal' | 'high' | 'urgent'; status: string; created_at: Date; first_response_at: Date | null; resolved_at: Date | null }>(
      'select priority, status, created_at, first_response_at, resolved_at from tickets',
    );
    expect(new Set(tickets.map((x) => x.priority)).size).toBe(4);
    const hours = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 3_600_000;
    const breached = tickets.filter((x) => hours(x.created_at, x.first_response_at ?? NOW) > SLA_FIRST_RESPONSE_HOURS[x.priority]);
    expect(breached.length).toBeGreaterThan(10);
    expect(breached.length).toBeLessThan(tickets.length / 3);
    expect(tickets.filter((x) => x.status === 'open' || x.status === 'pending').length).toBeGreaterThan(5);
    for (const x of tickets.filter((x) => x.resolved_at)) expect(x.first_response_at).not.toBeNull();
  });

  it('logs calls, meetings, e-mails and notes in both languages, with summaries and search text', async () => {
    const kinds = await rows<{ kind: string; zh: number; summaries: number }>(
      `select kind, count(*) filter (where subject ~ '[一-龥]')::int as zh, count(summary)::int as summaries from activities group by kind order by kind`,
    );
    expect(kinds.map((k) => k.kind)).toEqual(['call', 'email', 'meeting', 'note']);
    for (const k of kinds) expect(k.zh).toBeGreaterThan(0);
    expect(kinds.find((k) => k.kind === 'call')!.summaries).toBeGreaterThan(0);
    expect(await rows("select 1 from activities where tsv @@ to_tsquery('simple', '续约') limit 1")).toHaveLength(1);
  });

  it('puts bulk-made activities on real accounts, owners and dates', async () => {
    const r = await rows<{ n: number; bad: number }>(
      `select count(*)::int as n,
              count(*) filter (where a.owner_id is null or a.search_text = '' or a.occurred_at < ac.created_at or a.occurred_at > '${NOW.toISOString()}')::int as bad
         from activities a join accounts ac on ac.id = a.account_id`,
    );
    expect(r).toEqual([{ n: 2000, bad: 0 }]);
  });

  it('refuses to seed a database that already has users', async () => {
    await expect(seedDemo(t.db)).rejects.toMatchObject({ code: 'conflict' });
    const { io, out } = capture();
    expect(await seedCommand({ demo: true }, { db: t.db, io })).toBe(1);
    expect(out.stderr).toMatch(/already has users/);
  });

  it('writes one audit entry for the seed', async () => {
    const a = await rows<{ after: { activities: number } }>("select after from audit_log where action = 'seed'");
    expect(a).toEqual([{ after: expect.objectContaining({ demo: true, activities: 2000 }) }]);
  });
});

describe('crm seed', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engines()[0]!);
  });
  afterAll(() => t.drop());

  it('rejects a missing --demo or a bad --scale as bad usage', async () => {
    const a = capture();
    expect(await seedCommand({ demo: false }, { db: t.db, io: a.io })).toBe(2);
    expect(a.out.stderr).toMatch(/usage: crm seed --demo/);
    const b = capture();
    expect(await seedCommand({ demo: true, scale: -3 }, { db: t.db, io: b.io })).toBe(2);
    expect(b.out.stderr).toMatch(/--scale must be a whole number/);
  });

  it('seeds the scale asked for and reports progress on stderr', async () => {
    const { io, out } = capture();
    expect(await seedCommand({ demo: true, scale: 300 }, { db: t.db, io })).toBe(0);
    expect(out.stdout).toMatch(/Seeded demo data: 12 users, 60 accounts, .* 300 activities\./);
    expect(out.stdout).toMatch(/admin@demo\.crm/);
    expect(out.stderr).toMatch(/seed: 300\/300 activities/);
    expect((await t.db.query('select count(*)::int as n from activities')).rows).toEqual([{ n: 300 }]);
  });
});

describe('the demo generator', () => {
  it('makes the same people and companies from the same seed', async () => {
    const names = async () => {
      const org = generateOrg(await DemoRandom.create(7), NOW, 12);
      return [...org.users, ...org.accounts, ...org.contacts].map((r) => r.name);
    };
    expect(await names()).toEqual(await names());
  });
});
