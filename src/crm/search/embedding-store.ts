import crypto from 'node:crypto';
import { AppError } from '../../shared/app-error';
import type { DbInfo, Queryable } from '../../shared/db';
import { toVectorLiteral, type Embedder } from './embedder-port';

/** What gets embedded: the records history questions are answered from. */
export type EmbeddedType = 'activity' | 'ticket';

type VectorDb = Queryable & { info: DbInfo };

/**
 * The text embedded for each type, as SQL, so "is the stored vector stale?" is answered in the
 * database by comparing md5 of this text with content_hash, without fetching every record.
 */
const TEXT_SQL: Record<EmbeddedType, { table: string; text: string }> = {
  activity: { table: 'activities', text: `concat_ws(E'\\n', r.subject, r.summary, r.body)` },
  ticket: { table: 'tickets', text: `concat_ws(E'\\n', r.subject, r.description)` },
};

/** Long bodies are cut: embedding models cap their input and the opening carries the topic. */
const MAX_CHARS = 4000;

export const contentHash = (text: string): string => crypto.createHash('md5').update(text).digest('hex');

/**
 * Stores one record's vector; an unchanged (model, content_hash) is left alone. Returns false,
 * doing nothing, where the vector extension is not installed.
 */
export async function upsertEmbedding(
  db: VectorDb, recordType: EmbeddedType, recordId: string, model: string, hash: string, vector: readonly number[],
): Promise<boolean> {
  if (!db.info.vector) return false;
  await db.query(
    `insert into embeddings (record_type, record_id, model, content_hash, embedding, updated_at)
     values ($1, $2, $3, $4, $5::vector, now())
     on conflict (record_type, record_id) do update
       set model = excluded.model, content_hash = excluded.content_hash, embedding = excluded.embedding, updated_at = now()
       where embeddings.model <> excluded.model or embeddings.content_hash <> excluded.content_hash`,
    [recordType, recordId, model, hash, toVectorLiteral(vector)],
  );
  return true;
}

export interface StaleRecord {
  recordType: EmbeddedType;
  recordId: string;
  text: string;
  hash: string;
}

/** Records with no vector yet, a vector from another model, or text changed since. */
export async function staleEmbeddings(db: VectorDb, recordType: EmbeddedType, model: string, limit: number): Promise<StaleRecord[]> {
  if (!db.info.vector) return [];
  const { table, text } = TEXT_SQL[recordType];
  const rows = await db.query<{ id: string; text: string }>(
    `select r.id, ${text} as text from ${table} r
     left join embeddings e on e.record_type = $1 and e.record_id = r.id
     where e.record_id is null or e.model <> $2 or e.content_hash <> md5(${text})
     limit $3`,
    [recordType, model, limit],
  );
  return rows.rows.map((r) => ({ recordType, recordId: r.id, text: r.text, hash: contentHash(r.text) }));
}

/** Embeds what is stale, in batches, until nothing is or `max` records are done. Returns the count. */
export async function syncEmbeddings(db: VectorDb, embedder: Embedder, opts: { model: string; batch?: number; max?: number }): Promise<number> {
  if (!db.info.vector) return 0;
  const batch = opts.batch ?? 64;
  const max = opts.max ?? Number.POSITIVE_INFINITY;
  let done = 0;
  for (const type of ['activity', 'ticket'] as const) {
    const seen = new Set<string>();
    while (done < max) {
      const stale = await staleEmbeddings(db, type, opts.model, Math.min(batch, max - done));
      // A record still stale after its upsert would loop for ever: stop at the first repeat.
      if (stale.length === 0 || stale.every((s) => seen.has(s.recordId))) break;
      stale.forEach((s) => seen.add(s.recordId));
      const vectors = await embedder.embed(stale.map((s) => s.text.slice(0, MAX_CHARS)));
      if (vectors.length !== stale.length) throw new AppError('unavailable', 'The embedding service returned the wrong number of vectors.');
      for (const [i, s] of stale.entries()) await upsertEmbedding(db, type, s.recordId, opts.model, s.hash, vectors[i]!);
      done += stale.length;
    }
  }
  return done;
}
