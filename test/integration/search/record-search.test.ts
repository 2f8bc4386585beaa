import { searchRecords } from '../../../src/crm/search/hybrid-search';
import { parseRecordQuery } from '../../../src/crm/search/record-query-parser';
import type { Actor } from '../../../src/crm/access/actor';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { seedBriefFixture, type BriefIds } from '../../fixtures/history/brief-fixture';
import { actorById } from '../../fixtures/history/load-fixture';

describe.each(engines())('record search on %s', (engine) => {
  let t: TestDb;
  let ids: BriefIds;
  let as: Record<string, Actor>;
  const name = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;

  beforeAll(async () => {
    t = await createTestDb(engine);
    ids = await seedBriefFixture(t.db);
    as = {};
    for (const k of ['admin', 'riley', 'alex', 'mona']) as[k] = await actorById(t.db, ids[`user.${k}`]!);
  });
  afterAll(() => t.drop());

  it('lists the contacts of an account for "contacts at Acme"', async () => {
    const r = await searchRecords(t.db, as.admin!, { text: 'find contacts at Acme' });
    expect(r.map((x) => name(x.id)).sort()).toEqual(['contact.dana', 'contact.omar']);
    expect(r[0]).toMatchObject({ type: 'contact', account_id: ids['account.acme'] });
    expect(r.find((x) => x.title === 'Dana Whitfield')!.subtitle).toBe('CFO · Acme Corporation · dana@acme.example · +14155550123');
  });

  it('reads the same request in Chinese, and with the type given apart', async () => {
    expect((await searchRecords(t.db, as.admin!, { text: '华星科技的联系人' })).map((x) => name(x.id))).toEqual(['contact.wei']);
    expect((await searchRecords(t.db, as.admin!, { text: 'Globex', recordType: 'contact' })).map((x) => name(x.id))).toEqual(['contact.gina']);
    expect((await searchRecords(t.db, as.admin!, { text: 'deals for Acme' })).map((x) => x.type)).toEqual(['deal', 'deal', 'deal', 'deal', 'deal']);
  });

  it('finds a ticket by words of its subject, and by its number', async () => {
    const r = await searchRecords(t.db, as.admin!, { text: 'PDF export columns', recordType: 'ticket' });
    expect(name(r[0]!.id)).toBe('ticket.pdf');
    expect(r[0]).toMatchObject({ type: 'ticket', title: 'PDF export cuts off table columns', number: expect.any(Number) });
    const byNumber = await searchRecords(t.db, as.admin!, { text: `#${r[0]!.number}`, recordType: 'ticket' });
    expect(byNumber.map((x) => name(x.id))).toEqual(['ticket.pdf']);
    expect((await searchRecords(t.db, as.admin!, { text: '重复扣费', recordType: 'ticket' })).map((x) => name(x.id))).toEqual(['ticket.hx']);
  });

  it('finds accounts by part of the name, an alias, a Chinese name or a typo, best match first', async () => {
    expect(name((await searchRecords(t.db, as.admin!, { text: 'acme' }))[0]!.id)).toBe('account.acme');
    expect((await searchRecords(t.db, as.admin!, { text: 'Acme', recordType: 'account' }))[0]!.score).toBe(1); // alias
    expect((await searchRecords(t.db, as.admin!, { text: '华星', recordType: 'account' })).map((x) => name(x.id))).toEqual(['account.hx']);
    const typo = await searchRecords(t.db, as.admin!, { text: 'Globx', recordType: 'account' });
    expect(typo.map((x) => name(x.id))).toEqual(['account.globex']); // a typo still finds it, ranked below an exact name
    expect(typo[0]!.score).toBeLessThan(0.9);
    expect(await searchRecords(t.db, as.admin!, { text: 'Zebra', recordType: 'account' })).toEqual([]);
  });

  it('finds contacts by email or phone in any common writing', async () => {
    expect((await searchRecords(t.db, as.admin!, { text: 'DANA@acme.example', recordType: 'contact' })).map((x) => name(x.id))).toEqual(['contact.dana']);
    expect((await searchRecords(t.db, as.admin!, { text: '(415) 555-0123', recordType: 'contact' })).map((x) => name(x.id))).toEqual(['contact.dana']);
  });

  it('searches activities and deals by their words', async () => {
    expect(name((await searchRecords(t.db, as.admin!, { text: 'Kiteline rollout', recordType: 'activity' }))[0]!.id)).toBe('activity.meeting');
    expect(name((await searchRecords(t.db, as.admin!, { text: 'Kiteline', recordType: 'deal' }))[0]!.id)).toBe('deal.kite');
  });

  it('shows a rep only their own accounts\' records, an agent no deals', async () => {
    expect(await searchRecords(t.db, as.riley!, { text: 'contacts at Globex' })).toEqual([]);
    expect(await searchRecords(t.db, as.riley!, { text: 'Globex' })).toEqual([]);
    const mine = await searchRecords(t.db, as.riley!, { text: 'deals for Acme' });
    expect(mine.map((x) => name(x.id)).sort()).toEqual(['deal.kite', 'deal.lost', 'deal.slipped', 'deal.won']);
    expect(await searchRecords(t.db, as.alex!, { text: 'Kiteline', recordType: 'deal' })).toEqual([]);
    expect((await searchRecords(t.db, as.alex!, { text: 'Globex API', recordType: 'ticket' })).map((x) => name(x.id))).toEqual(['ticket.globex']);
  });

  it('searches the words when "issues with login" names no account', async () => {
    const r = await searchRecords(t.db, as.admin!, { text: 'issues with login' });
    expect(r.map((x) => name(x.id))).toContain('ticket.sso');
  });

  it('rejects an empty search with a user-facing error', async () => {
    await expect(searchRecords(t.db, as.admin!, { text: '   ' })).rejects.toMatchObject({ code: 'bad_input' });
  });
});

describe('reading a record search', () => {
  it.each([
    ['contacts at Initech', { recordType: 'contact', accountText: 'Initech' }],
    ['Show me all the deals for Stark Industries?', { recordType: 'deal', accountText: 'Stark Industries' }],
    ['tickets from Hooli', { recordType: 'ticket', accountText: 'Hooli' }],
    ['calls with Globex', { recordType: 'activity', accountText: 'Globex' }],
    ['Initech的联系人', { recordType: 'contact', accountText: 'Initech' }],
    ['找一下华为那边的工单', { recordType: 'ticket', accountText: '华为' }],
    ['SSO outage', { text: 'SSO outage' }],
  ])('%s', (text, expected) => {
    expect(parseRecordQuery(text)).toMatchObject(expected);
  });
});
