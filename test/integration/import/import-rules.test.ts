import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { importJsonl } from '../../../src/crm/import';
import { account, clearData, jsonl, linesOf, user } from './import-support';

const run = (t: TestDb, lines: string[], extra: Partial<Parameters<typeof importJsonl>[2]> = {}) =>
  importJsonl(t.db, linesOf(lines), { region: 'US', ...extra });

describe.each(engines())('import rules on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterEach(() => clearData(t.db));
  afterAll(() => t.drop());

  it('rejects bad lines with their line number and reason while the good ones land', async () => {
    const report = await run(t, jsonl(
      user('u1'),
      '{"type": "account", "external_id": "a1", "name": "Acme"', // 2: cut off
      { type: 'planet', external_id: 'p1' }, // 3
      account('a1'), // 4
      { type: 'contact', external_id: 'c1', account: 'a1', name: 'Ann', email: 'ann@@acme' }, // 5
      { type: 'contact', external_id: 'c2', account: 'a1', name: 'Bob', phone: '12' }, // 6
      { type: 'contact', external_id: 'c3', account: 'nope', name: 'Cat' }, // 7
      { type: 'deal', external_id: 'd1', account: 'a1', name: 'Big deal', stage: 'maybe' }, // 8
      { type: 'ticket', external_id: 't1', account: 'a1' }, // 9: no subject
      '', // 10: blank, skipped
      '[1, 2]', // 11
      { external_id: 'x' }, // 12: no type
      { type: 'activity', external_id: 'act1', kind: 'call', occurred_at: 'yesterday' }, // 13
      { type: 'contact', external_id: 'c4', account: 'a1', name: 'Dee', email: 'DEE@Acme.com ', phone: '(415) 555-2671' }, // 14
    ));
    expect(report.created).toBe(3);
    expect(report.rejected.map((r) => r.line)).toEqual([2, 3, 5, 6, 7, 8, 9, 11, 12, 13]);
    const reason = (line: number) => report.rejected.find((r) => r.line === line)!.error;
    expect(reason(2)).toMatch(/^not valid JSON/);
    expect(reason(3)).toMatch(/unknown type "planet"/);
    expect(reason(5)).toMatch(/email: "ann@@acme" is not a valid email address/);
    expect(reason(6)).toMatch(/phone: "12" is not a valid phone number/);
    expect(reason(7)).toMatch(/account: no account with external_id "nope"/);
    expect(reason(8)).toMatch(/stage: "maybe" is not one of lead, qualified/);
    expect(reason(9)).toMatch(/subject: is required/);
    expect(reason(11)).toBe('not a JSON object');
    expect(reason(12)).toMatch(/type: is required/);
    expect(reason(13)).toMatch(/occurred_at: must be an ISO 8601 timestamp/);
    const c = await t.db.query('select name, email, phone from contacts');
    expect(c.rows).toEqual([{ name: 'Dee', email: 'dee@acme.com', phone: '+14155552671' }]);
  });

  it('merges contacts with the same e-mail in another case or the same phone written differently', async () => {
    const report = await run(t, jsonl(
      account('a1'),
      { type: 'contact', external_id: 'c1', account: 'a1', name: 'Li Wei', email: 'li.wei@acme.com', phone: null },
      { type: 'contact', external_id: 'c2', account: 'a1', name: 'Li Wei', email: ' Li.Wei@ACME.com', phone: '+1 415-555-2671', title: 'CTO' },
      { type: 'contact', external_id: 'c3', account: 'a1', name: 'Wei Li', email: null, phone: '415.555.2671' },
      { type: 'contact', external_id: 'c4', account: 'a1', name: 'Someone Else', email: 'else@acme.com', phone: '4155550100' },
      { type: 'ticket', external_id: 't1', account: 'a1', contact: 'c3', subject: 'Cannot log in', priority: 'P1' },
      { type: 'activity', external_id: 'x1', account: 'a1', contact: 'c2', kind: 'Call', subject: '续约回访电话', body: '客户对续约满意' },
    ), { batchSize: 2 });
    expect(report).toEqual({ created: 5, updated: 0, merged: 2, rejected: [] });
    const c = await t.db.query<{ external_id: string; email: string; phone: string; title: string }>(
      'select external_id, email, phone, title from contacts order by created_at, external_id',
    );
    expect(c.rows).toHaveLength(2);
    const kept = c.rows.find((r) => r.external_id === 'c1')!;
    expect(kept).toMatchObject({ email: 'li.wei@acme.com', phone: '+14155552671', title: 'CTO' });
    const tk = await t.db.query<{ contact: string; priority: string; search_text: string }>(
      'select c.external_id as contact, t.priority, t.search_text from tickets t join contacts c on c.id = t.contact_id',
    );
    expect(tk.rows).toEqual([{ contact: 'c1', priority: 'urgent', search_text: 'cannot log in' }]);
    const act = await t.db.query<{ contact: string; kind: string; search_text: string }>(
      'select c.external_id as contact, a.kind, a.search_text from activities a join contacts c on c.id = a.contact_id',
    );
    expect(act.rows[0]).toMatchObject({ contact: 'c1', kind: 'call' });
    expect(act.rows[0]!.search_text.split(' ')).toEqual(expect.arrayContaining(['续约', '续', '约']));

    // Importing the same lines again: every line is counted again, nothing new appears.
    const again = await run(t, jsonl(
      account('a1'),
      { type: 'contact', external_id: 'c1', account: 'a1', name: 'Li Wei', email: 'li.wei@acme.com' },
      { type: 'contact', external_id: 'c2', account: 'a1', name: 'Li Wei (dup)', email: 'li.wei@acme.com', title: 'CEO' },
      { type: 'contact', external_id: 'c3', account: 'a1', name: 'Wei Li', phone: '415.555.2671' },
    ));
    expect(again).toEqual({ created: 0, updated: 2, merged: 2, rejected: [] });
    const after = await t.db.query('select name, title from contacts where external_id = $1', ['c1']);
    expect(after.rows).toEqual([{ name: 'Li Wei', title: 'CTO' }]); // a merge never overwrites
  });

  it('updates a record on re-import, leaving fields the line does not mention alone', async () => {
    await run(t, jsonl(
      user('u1', { team: 'Sales EMEA' }),
      account('a1', { owner: 'u1', industry: 'Retail', created_at: '2025-02-01T10:00:00Z' }),
      { type: 'deal', external_id: 'd1', account: 'a1', name: 'Renewal', amount: '12,500.50', currency: 'eur', owner: 'u1@example.com', close_date: '2025-03-31' },
    ));
    const report = await run(t, jsonl(
      user('u1', { role: 'Manager', team: 'sales emea' }),
      { type: 'account', external_id: 'a1', name: 'Account a1 GmbH' },
      { type: 'deal', external_id: 'd1', account: 'a1', name: 'Renewal', stage: 'won', closed_at: '2025-03-30', owner: null },
    ));
    expect(report).toEqual({ created: 0, updated: 3, merged: 0, rejected: [] });
    const a = await t.db.query('select name, industry, region, created_at from accounts');
    expect(a.rows).toEqual([{ name: 'Account a1 GmbH', industry: 'Retail', region: 'EMEA', created_at: new Date('2025-02-01T10:00:00Z') }]);
    const d = await t.db.query('select amount, currency, stage, owner_id, close_date, closed_at from deals');
    expect(d.rows).toEqual([{ amount: 12500.5, currency: 'EUR', stage: 'won', owner_id: null, close_date: '2025-03-31', closed_at: new Date('2025-03-30T00:00:00Z') }]);
    const u = await t.db.query('select u.role, tm.name as team from users u join teams tm on tm.id = u.team_id');
    expect(u.rows).toEqual([{ role: 'manager', team: 'Sales EMEA' }]);
    expect((await t.db.query('select count(*)::int as n from teams')).rows).toEqual([{ n: 1 }]);
  });

  it('merges a new account line whose domain is already known and remembers its name as an alias', async () => {
    const report = await run(t, jsonl(
      account('a1', { name: 'Acme Corporation', domain: 'acme.com', industry: null }),
      account('a2', { name: 'ACME Europe', domain: 'https://www.Acme.com/about', industry: 'Software' }),
      account('a3', { name: 'Acme Corp.', domain: 'ACME.COM' }),
      { type: 'contact', external_id: 'c1', account: 'a2', name: 'Eve' },
    ));
    expect(report).toEqual({ created: 2, updated: 0, merged: 2, rejected: [] });
    const a = await t.db.query<{ id: string; name: string; aliases: string[]; industry: string }>('select id, name, aliases, industry from accounts');
    expect(a.rows).toEqual([expect.objectContaining({ name: 'Acme Corporation', aliases: ['ACME Europe'], industry: 'Software' })]);
    const c = await t.db.query('select account_id from contacts');
    expect(c.rows).toEqual([{ account_id: a.rows[0]!.id }]);
  });

  it('loses only the line the database refuses when a batch fails as a whole', async () => {
    await run(t, jsonl(user('u1'), user('u2')));
    const progress: number[] = [];
    const report = await run(
      t,
      jsonl(user('u3'), user('u1', { email: 'u2@example.com' }), user('u4'), account('a1', { owner: 'u4' })),
      { batchSize: 10, onProgress: (n) => progress.push(n) },
    );
    expect(report.created).toBe(3);
    expect(report.rejected).toEqual([{ line: 2, error: expect.stringMatching(/^could not be saved: .*unique/) }]);
    expect(progress).toEqual([4]);
    const owners = await t.db.query("select u.external_id from accounts a join users u on u.id = a.owner_id");
    expect(owners.rows).toEqual([{ external_id: 'u4' }]);
  });

  it('records one audit entry per run with the acting user and the report', async () => {
    await run(t, jsonl(user('admin', { role: 'admin' })));
    const admin = (await t.db.query<{ id: string }>("select id from users where external_id = 'admin'")).rows[0]!;
    const actor = { id: admin.id, name: 'Admin', email: 'admin@example.com', role: 'admin' as const, teamId: null };
    const lines = jsonl(...Array.from({ length: 30 }, (_, i) => account(`a${i}`)), 'oops');
    const report = await run(t, lines, { actor, batchSize: 7 });
    expect(report.created).toBe(30);
    const audit = await t.db.query("select actor_id, record_type, after from audit_log where action = 'import' order by id");
    expect(audit.rows).toHaveLength(2);
    expect(audit.rows[1]).toEqual({ actor_id: admin.id, record_type: 'import', after: report });
  });

  it('reads an explicit null as "none" or the default, and a known e-mail as the same user', async () => {
    await t.db.query("insert into users (name, email, role) values ('Made in chat', 'pat@example.com', 'agent')");
    const report = await run(t, jsonl(
      user('u1', { team: null }),
      user('pat', { email: 'PAT@example.com', name: 'Pat', team: 'Care' }),
      account('a1', { domain: null }),
      { type: 'deal', external_id: 'd1', account: 'a1', name: 'D', currency: null, stage: null, amount: null },
      { type: 'ticket', external_id: 't1', account: 'a1', subject: 'S', priority: null, status: null, assignee: 'pat' },
    ));
    expect(report).toEqual({ created: 4, updated: 0, merged: 1, rejected: [] });
    expect((await t.db.query("select name, external_id, team_id is not null as has_team from users where email = 'pat@example.com'")).rows)
      .toEqual([{ name: 'Made in chat', external_id: 'pat', has_team: true }]);
    expect((await t.db.query('select team_id from users where external_id = $1', ['u1'])).rows).toEqual([{ team_id: null }]);
    expect((await t.db.query('select currency, stage, amount from deals')).rows).toEqual([{ currency: 'USD', stage: 'lead', amount: null }]);
    expect((await t.db.query('select priority, status from tickets')).rows).toEqual([{ priority: 'normal', status: 'open' }]);
  });

  it('reports a reference to a record that exists only outside external_refs as resolved', async () => {
    await t.db.query("insert into accounts (name, external_id) values ('Made in chat', 'crm-42')");
    const report = await run(t, jsonl({ type: 'deal', external_id: 'd9', account: 'crm-42', name: 'Chat deal', amount: 1 }));
    expect(report).toEqual({ created: 1, updated: 0, merged: 0, rejected: [] });
  });
});
