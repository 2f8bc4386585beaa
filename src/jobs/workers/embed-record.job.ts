import crypto from 'node:crypto';
import { AppError } from '../../shared/app-error';
import { defineJob } from '../job-deps';

/** The dimension of embeddings.embedding (002_embeddings.vector.sql). */
export const EMBEDDING_DIMENSION = 256;
/** Long transcripts are cut: the head of a call carries its topic, and models have input limits. */
const MAX_CHARS = 8000;

const TEXT_SQL = {
  activity: `select concat_ws(E'\\n', subject, summary, body) as text from activities where id = $1`,
  ticket: `select concat_ws(E'\\n', subject, description) as text from tickets where id = $1`,
} as const;

/**
 * Embeds a new or changed activity or ticket for semantic search. Skipped when the database has
 * no vector extension, when the record is gone, and when the stored embedding already matches
 * the text and model (the content hash), so a repeat costs one query and no model call.
 */
export const embedRecordJob = defineJob({
  name: 'record.embed',
  async handle(payload, deps) {
    if (!deps.db.info.vector) return { skipped: 'vector search is off' };
    const r = await deps.db.query<{ text: string | null }>(TEXT_SQL[payload.recordType], [payload.recordId]);
    const text = r.rows[0]?.text?.trim().slice(0, MAX_CHARS);
    if (!r.rows[0]) return { skipped: 'record is gone' };
    if (!text) return { skipped: 'nothing to embed' };

    const model = deps.llm.embeddingModel;
    const hash = crypto.createHash('sha256').update(`${model}\n${text}`).digest('hex').slice(0, 32);
    const stored = await deps.db.query<{ content_hash: string }>(
      'select content_hash from embeddings where record_type = $1 and record_id = $2',
      [payload.recordType, payload.recordId],
    );
    if (stored.rows[0]?.content_hash === hash) return { skipped: 'unchanged' };

    const [vector] = await deps.llm.embed([text]);
    if (!vector || vector.length !== EMBEDDING_DIMENSION || !vector.every(Number.isFinite)) {
      throw new AppError('config', `The embedding model returned ${vector?.length ?? 0} numbers; ${EMBEDDING_DIMENSION} are needed.`);
    }
    await deps.db.query(
      `insert into embeddings (record_type, record_id, model, content_hash, embedding, updated_at)
       values ($1, $2, $3, $4, $5::vector, $6)
       on conflict (record_type, record_id) do update
         set model = excluded.model, content_hash = excluded.content_hash,
             embedding = excluded.embedding, updated_at = excluded.updated_at
         where embeddings.content_hash <> excluded.content_hash`,
      [payload.recordType, payload.recordId, model, hash, JSON.stringify(vector), deps.clock.now()],
    );
    return { embedded: true, hash };
  },
});
