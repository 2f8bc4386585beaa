import { contentHash, staleEmbeddings, syncEmbeddings, upsertEmbedding } from '../../../src/crm/search/embedding-store';
import { EMBEDDING_DIMENSIONS, toVectorLiteral, type Embedder } from '../../../src/crm/search/embedder-port';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { hashedEmbedder, hashedEmbedding } from '../../support/hashed-embedder';
import { seedBriefFixture, type BriefIds } from '../../fixtures/history/brief-fixture';

describe.each(engines())('embeddings on %s', (engine) => {
  let t: TestDb;
  let ids: BriefIds;
  beforeAll(async () => {
    t = await createTestDb(engine);
    ids = await seedBriefFixture(t.db);
  });
  afterAll(() => t.drop());

  it('embeds every activity and ticket once, and again only what changed or came from another model', async () => {
    let calls = 0;
    const counting: Embedder = { embed: async (xs) => ((calls += xs.length), hashedEmbedder.embed(xs)) };
    if (!t.db.info.vector) {
      expect(await syncEmbeddings(t.db, counting, { model: 'm1' })).toBe(0);
      expect(await staleEmbeddings(t.db, 'activity', 'm1', 10)).toEqual([]);
      expect(await upsertEmbedding(t.db, 'activity', ids['activity.note']!, 'm1', 'h', hashedEmbedding('x'))).toBe(false);
      expect(calls).toBe(0);
      return;
    }
    expect(await syncEmbeddings(t.db, counting, { model: 'm1', batch: 4 })).toBe(11 + 10);
    expect(await syncEmbeddings(t.db, counting, { model: 'm1' })).toBe(0);
    await t.db.query("update activities set body = body || ' More.' where id = $1", [ids['activity.meeting']]);
    const stale = await staleEmbeddings(t.db, 'activity', 'm1', 10);
    expect(stale.map((s) => s.recordId)).toEqual([ids['activity.meeting']]);
    expect(stale[0]!.hash).toBe(contentHash(stale[0]!.text));
    expect(await syncEmbeddings(t.db, counting, { model: 'm1' })).toBe(1);
    expect(await syncEmbeddings(t.db, counting, { model: 'm2', max: 5 })).toBe(5);
    expect(calls).toBe(21 + 1 + 5);
    const rows = await t.db.query<{ n: number }>('select count(*)::int as n from embeddings');
    expect(rows.rows[0]!.n).toBe(21);
  });

  it('says so when the embedding service answers with the wrong number of vectors', async () => {
    if (!t.db.info.vector) return;
    const short: Embedder = { embed: async () => [] };
    await expect(syncEmbeddings(t.db, short, { model: 'm3' })).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describe('vector literals', () => {
  it('writes pgvector text and refuses a vector of the wrong size', () => {
    const v = hashedEmbedding('pricing call');
    expect(v).toHaveLength(EMBEDDING_DIMENSIONS);
    expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    expect(toVectorLiteral(v)).toMatch(/^\[-?[\d.e-]+(,-?[\d.e-]+){255}\]$/);
    expect(toVectorLiteral(Array.from({ length: 256 }, (_, i) => (i === 0 ? Number.NaN : 0)))).toMatch(/^\[0,0,/);
    expect(() => toVectorLiteral([1, 2, 3])).toThrow(/256 dimensions/);
  });
});
