/** 256 everywhere: the embeddings table is vector(256) (migrations/002_embeddings.vector.sql). */
export const EMBEDDING_DIMS = 256;
export const OFFLINE_MODEL = 'offline';
export const OFFLINE_EMBEDDING_MODEL = 'offline-hash-256';
