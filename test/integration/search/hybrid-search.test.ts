import { searchHistory } from '../../../src/crm/search/hybrid-search';
import { syncEmbeddings } from '../../../src/crm/search/embedding-store';
import type { Embedder } from '../../../src/crm/search/embedder-port';
import type { Actor } from '../../../src/crm/access/actor';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { hashedEmbedder } from '../../support/hashed-embedder';
import { BRIEF_NOW, seedBriefFixture, type BriefIds } from '../../fixtures/history/brief-fixture';
import { actorById } from '../../fixtures/history/load-fixture';

const now = BRIEF_NOW;

describe.each(engines())('customer history search on %s', (engine) => {
  let t: TestDb;
  let ids: BriefIds;
  let as: Record<string, Actor>;
  const name = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;

  beforeAll(async () => {
    t = await createTestDb(engine);
    ids = await seedBriefFixture(t.db);
    as = {};
    for (const k of ['admin', 'riley', 'lina', 'alex', 'mona']) as[k] = await actorById(t.db, ids[`user.${k}`]!);
    if (t.db.info.vector) await syncEmbeddings(t.db, hashedEmbedder, { model: 'hashed-test', batch: 7 });
  });
  afterAll(() => t.drop());

  it('answers "what did Acme say about pricing?" with the pricing call first, full-text alone', async () => {
    const r = await searchHistory(t.db, as.riley!, { text: 'What did Acme say about pricing?', accountId: ids['account.acme'], now });
    expect(r.mode).toBe('fulltext');
    expect(name(r.hits[0]!.id)).toBe('activity.pricing');
    expect(r.hits[0]).toMatchObject({ type: 'activity', kind: 'call', account_id: ids['account.acme'], date: '2026-06-01T15:00:00.000Z', title: 'Pricing call with Dana' });
    expect(r.hits[0]!.snippet).toContain('discount');
  });

  it('answers with vectors too where pgvector is on, and the same call comes first', async () => {
    const r = await searchHistory(t.db, as.riley!, { text: 'Did Acme complain about our prices?', accountId: ids['account.acme'], now, embedder: hashedEmbedder });
    expect(r.mode).toBe(t.db.info.vector ? 'hybrid' : 'fulltext');
    expect(name(r.hits[0]!.id)).toBe('activity.pricing');
  });

  it('finds a Chinese complaint about a double charge among tickets and emails', async () => {
    const r = await searchHistory(t.db, as.lina!, { text: '华星科技最近有什么扣费的投诉？', accountId: ids['account.hx'], now, embedder: hashedEmbedder });
    expect(r.hits.slice(0, 2).map((h) => name(h.id)).sort()).toEqual(['activity.hxmail', 'ticket.hx']);
    const ticket = r.hits.find((h) => h.type === 'ticket')!;
    expect(ticket.number).toEqual(expect.any(Number));
    expect(ticket.title).toBe(`#${ticket.number} 发票INV-2026-1973信用卡被重复扣费`);
  });

  it('keeps to the period asked about, in whole days of the asker\'s zone', async () => {
    const q = { text: 'any escalations from Acme?', accountId: ids['account.acme'], now };
    const inQ2 = await searchHistory(t.db, as.admin!, { ...q, period: { start: '2026-04-01', end: '2026-06-30' } });
    expect(name(inQ2.hits[0]!.id)).toBe('activity.c0520');
    const inQ1 = await searchHistory(t.db, as.admin!, { ...q, period: { start: '2026-01-01', end: '2026-03-31' } });
    expect(inQ1.hits).toEqual([]);
    // 2026-05-20T15:00Z is already 21 May in Auckland (UTC+12).
    const may20 = { start: '2026-05-20', end: '2026-05-20' };
    const may21 = { start: '2026-05-21', end: '2026-05-21' };
    expect((await searchHistory(t.db, as.admin!, { ...q, period: may20, tz: 'UTC' })).hits.map((h) => name(h.id))).toEqual(['activity.c0520']);
    expect((await searchHistory(t.db, as.admin!, { ...q, period: may20, tz: 'Pacific/Auckland' })).hits).toEqual([]);
    expect((await searchHistory(t.db, as.admin!, { ...q, period: may21, tz: 'Pacific/Auckland' })).hits.map((h) => name(h.id))).toEqual(['activity.c0520']);
  });

  it('answers a question without a topic with the latest records, none after now', async () => {
    const r = await searchHistory(t.db, as.riley!, { text: "what's going on with Acme?", accountId: ids['account.acme'], now, limit: 50 });
    // Tickets opened in the last hours come first; the email dated after now is not history yet.
    expect(r.hits.slice(0, 3).map((h) => name(h.id))).toEqual(['ticket.sso', 'ticket.export', 'ticket.pdf']);
    expect(r.hits.map((h) => h.date)).toEqual([...r.hits.map((h) => h.date)].sort().reverse());
    expect(r.hits.map((h) => name(h.id))).not.toContain('activity.future');
    expect(r.hits).toHaveLength(7 + 6); // Acme's 7 tickets and 6 activities up to now
  });

  it('prefers the newer of two matching records when the question asks for the latest', async () => {
    const r = await searchHistory(t.db, as.riley!, { text: 'When did we last talk to Acme about the outage call?', accountId: ids['account.acme'], now });
    expect(name(r.hits[0]!.id)).toBe('activity.c0520');
  });

  it('gives a rep nothing from another rep\'s account, whether asked by account or across the CRM', async () => {
    const theirs = await searchHistory(t.db, as.riley!, { text: 'pricing discount', accountId: ids['account.globex'], now, embedder: hashedEmbedder });
    expect(theirs.hits).toEqual([]);
    const everywhere = await searchHistory(t.db, as.riley!, { text: 'pricing discount price', now, limit: 20, embedder: hashedEmbedder });
    expect(everywhere.hits.length).toBeGreaterThan(0);
    expect(new Set(everywhere.hits.map((h) => h.account_id))).toEqual(new Set([ids['account.acme']]));
    const admin = await searchHistory(t.db, as.admin!, { text: 'pricing discount price', now, limit: 20 });
    expect(new Set(admin.hits.map((h) => h.account_id))).toEqual(new Set([ids['account.acme'], ids['account.globex']]));
  });

  it('lets an agent search every account\'s tickets, and a manager only the team\'s history', async () => {
    const agent = await searchHistory(t.db, as.alex!, { text: 'API rate limit errors', now });
    expect(name(agent.hits[0]!.id)).toBe('ticket.globex');
    const mgr = await searchHistory(t.db, as.mona!, { text: '扣费', accountId: ids['account.hx'], now });
    expect(mgr.hits).toEqual([]);
  });

  it('falls back to full-text, and says so, when the embedder fails', async () => {
    const broken: Embedder = { embed: async () => { throw new Error('connection refused'); } };
    const r = await searchHistory(t.db, as.riley!, { text: 'pricing', accountId: ids['account.acme'], now, embedder: broken });
    expect(r.mode).toBe('fulltext');
    expect(name(r.hits[0]!.id)).toBe('activity.pricing');
    if (t.db.info.vector) expect(r.degraded).toContain('connection refused');
    else expect(r.degraded).toBeUndefined();
  });

  it('rejects a bad query with a user-facing error', async () => {
    await expect(searchHistory(t.db, as.admin!, { text: 'x', limit: 0 })).rejects.toMatchObject({ code: 'bad_input' });
    await expect(searchHistory(t.db, as.admin!, { text: 'x', accountId: 'acme' })).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('treats quotes, operators and SQL in the question as plain words', async () => {
    for (const text of ["'; drop table tickets; --", 'pricing & | ! <-> :*', "O'Brien's (discount)"]) {
      await expect(searchHistory(t.db, as.admin!, { text, now })).resolves.toMatchObject({ mode: 'fulltext' });
    }
    expect((await t.db.query('select count(*)::int as n from tickets')).rows[0]).toEqual({ n: 10 });
  });
});
