/**
 * The embedding port. src/llm provides the adapters (offline and OpenAI-compatible); the core
 * only needs vectors, so it never imports src/llm.
 */
export interface Embedder {
  /** One vector per text, EMBEDDING_DIMENSIONS long and L2-normalised, in the order given. */
  embed(texts: string[]): Promise<number[][]>;
}

/** Must match `vector(256)` in migrations/002_embeddings.vector.sql. */
export const EMBEDDING_DIMENSIONS = 256;

/** pgvector's text form, passed as a bind parameter and cast with `::vector`. */
export function toVectorLiteral(v: readonly number[]): string {
  if (v.length !== EMBEDDING_DIMENSIONS) throw new Error(`an embedding must have ${EMBEDDING_DIMENSIONS} dimensions, got ${v.length}`);
  return `[${v.map((x) => (Number.isFinite(x) ? x : 0)).join(',')}]`;
}
