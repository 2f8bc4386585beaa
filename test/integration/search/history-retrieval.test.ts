import fs from 'node:fs';
import path from 'node:path';
import { searchHistory } from '../../../src/crm/search/hybrid-search';
import { syncEmbeddings } from '../../../src/crm/search/embedding-store';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { hashedEmbedder } from '../../support/hashed-embedder';
import { generateHistoryFixture } from '../../fixtures/history/history-generator';
import { fixtureActor, loadHistoryFixture } from '../../fixtures/history/load-fixture';
import type { HistoryFixture } from '../../fixtures/history/fixture-types';

/** The labelled questions of the generated fixture, a smaller cut of what scripts/eval-history.ts measures. */
describe.each(engines())('history retrieval quality on %s', (engine) => {
  let t: TestDb;
  let fx: HistoryFixture;
  let ids: Map<string, string>;

  beforeAll(async () => {
    t = await createTestDb(engine);
    fx = await generateHistoryFixture({ accounts: 9 });
    ids = await loadHistoryFixture(t.db, fx);
    if (t.db.info.vector) await syncEmbeddings(t.db, hashedEmbedder, { model: 'hashed-test' });
  });
  afterAll(() => t.drop());

  const recallAt5 = async (withVectors: boolean) => {
    const admin = await fixtureActor(t.db, 'u-admin');
    const external = new Map([...ids].map(([x, id]) => [id, x]));
    let found = 0;
    for (const q of fx.questions) {
      const r = await searchHistory(t.db, admin, {
        text: q.text, accountId: q.account ? ids.get(q.account) : undefined, period: q.period, now: new Date(fx.now),
        embedder: withVectors ? hashedEmbedder : undefined,
      });
      const got = r.hits.map((h) => external.get(h.id));
      found += q.expect.filter((e) => got.includes(e)).length / q.expect.length;
    }
    return found / fx.questions.length;
  };

  it('has a labelled set in English and Chinese', () => {
    expect(fx.questions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(fx.questions.map((q) => q.lang))).toEqual(new Set(['en', 'zh']));
  });

  it('finds the labelled record in the top 5 for most questions with full-text alone', async () => {
    expect(await recallAt5(false)).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least as many with vectors where pgvector is on', async () => {
    if (!t.db.info.vector) return;
    expect(await recallAt5(true)).toBeGreaterThanOrEqual(Math.max(0.9, await recallAt5(false)));
  });
});

describe('the saved history fixture', () => {
  it('is exactly what the generator makes (regenerate with `npx tsx scripts/eval-history.ts --write`)', async () => {
    const fx = await generateHistoryFixture();
    const saved = fs.readFileSync(path.join(__dirname, '../../fixtures/history/questions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(saved).toEqual(JSON.parse(JSON.stringify(fx.questions)));
    expect(saved.length).toBeGreaterThanOrEqual(50);
    const lines = fs.readFileSync(path.join(__dirname, '../../fixtures/history/crm.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(fx.users.length + fx.accounts.length + fx.contacts.length + fx.tickets.length + fx.activities.length);
  });
});
