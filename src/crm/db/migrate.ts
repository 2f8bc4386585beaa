import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../shared/db';

/**
 * Plain numbered SQL files with a migrations table: the same files run on PostgreSQL and
 * PGlite, which no migrator we know supports on both without an adapter. Files named
 * `*.vector.sql` need the vector extension and wait until it is available.
 */
export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
const LOCK_KEY = 724_113_001;

export interface MigrationReport {
  applied: string[];
  skipped: string[];
  total: number;
}

export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<MigrationReport> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  await db.query('create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())');
  const vector = await ensureVector(db);
  db.info.vector = vector;
  const report: MigrationReport = { applied: [], skipped: [], total: files.length };
  await db.tx(async (q) => {
    // One migrator at a time across replicas; a no-op cost on PGlite.
    await q.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const done = new Set((await q.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name));
    for (const f of files) {
      if (done.has(f)) continue;
      if (f.endsWith('.vector.sql') && !vector) {
        report.skipped.push(f);
        continue;
      }
      await q.query(fs.readFileSync(path.join(dir, f), 'utf8'));
      await q.query('insert into schema_migrations (name) values ($1)', [f]);
      report.applied.push(f);
    }
  });
  return report;
}

async function ensureVector(db: Db): Promise<boolean> {
  const avail = await db.query<{ n: number }>("select count(*)::int as n from pg_available_extensions where name = 'vector'");
  if (avail.rows[0]!.n === 0) return false;
  try {
    await db.query('create extension if not exists vector');
    return true;
  } catch {
    return false;
  }
}

export async function pendingMigrations(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql') && (db.info.vector || !f.endsWith('.vector.sql')));
  const exists = await db.query<{ t: string | null }>("select to_regclass('schema_migrations')::text as t");
  if (!exists.rows[0]!.t) return files;
  const done = new Set((await db.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name));
  return files.filter((f) => !done.has(f));
}
