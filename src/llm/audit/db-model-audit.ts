import type { Queryable } from '../../shared/db';
import type { ModelAuditSink, ModelCallEntry } from '../llm-port';

/**
 * The model audit trail in the model_calls table (migrations/001_core.sql): what each call was
 * given (task, prompt version, record ids), what it returned after validation, and how
 * (model, latency, tokens, fallback, error), so an admin can see what the assistant read and wrote.
 */
export interface ModelCallRow extends Omit<ModelCallEntry, 'at'> {
  id: number;
  at: string;
}

export function createDbModelAuditSink(db: Queryable): ModelAuditSink {
  return {
    async record(e: ModelCallEntry): Promise<void> {
      await db.query(
        `insert into model_calls (task, prompt_version, model, record_ids, output, latency_ms, prompt_tokens, completion_tokens, fallback, error, at)
         values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, coalesce($11::timestamptz, now()))`,
        [
          e.task,
          e.promptVersion ?? null,
          e.model,
          e.recordIds,
          e.output === undefined ? null : JSON.stringify(e.output),
          Math.round(e.latencyMs),
          e.promptTokens ?? null,
          e.completionTokens ?? null,
          e.fallback,
          e.error ?? null,
          e.at ?? null,
        ],
      );
    },
  };
}

interface Row {
  id: number | string;
  at: Date | string;
  task: ModelCallEntry['task'];
  prompt_version: string | null;
  model: string;
  record_ids: string[];
  output: unknown;
  latency_ms: number | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  fallback: boolean;
  error: string | null;
}

/** The most recent model calls, newest first; optionally only one task or those that touched one record. */
export async function listModelCalls(
  db: Queryable,
  opts: { limit?: number; task?: ModelCallEntry['task']; recordId?: string } = {},
): Promise<ModelCallRow[]> {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 500);
  const { rows } = await db.query<Row>(
    `select id, at, task, prompt_version, model, record_ids, output, latency_ms, prompt_tokens, completion_tokens, fallback, error
       from model_calls
      where ($1::text is null or task = $1) and ($2::text is null or $2 = any(record_ids))
      order by at desc, id desc
      limit $3`,
    [opts.task ?? null, opts.recordId ?? null, limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at instanceof Date ? r.at.toISOString() : String(r.at),
    task: r.task,
    promptVersion: r.prompt_version ?? undefined,
    model: r.model,
    recordIds: r.record_ids,
    output: r.output,
    latencyMs: r.latency_ms ?? 0,
    promptTokens: r.prompt_tokens ?? undefined,
    completionTokens: r.completion_tokens ?? undefined,
    fallback: r.fallback,
    error: r.error ?? undefined,
  }));
}
