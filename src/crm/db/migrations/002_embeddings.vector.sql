-- Only where the vector extension exists (PGlite ships it; Debian's PostgreSQL 15 does not).
create extension if not exists vector;
create table embeddings (
  record_type text not null,
  record_id uuid not null,
  model text not null,
  content_hash text not null,
  embedding vector(256) not null,
  updated_at timestamptz not null default now(),
  primary key (record_type, record_id)
);
create index embeddings_hnsw_idx on embeddings using hnsw (embedding vector_cosine_ops);
