import pg from 'pg';
import { PgDb, describeUrl } from './pg-db';
import { openEmbedded } from './embedded-store';
import { AppError } from '../../shared/app-error';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';

export interface DbSettings {
  url?: string;
  dataDir: string;
}

/** A real PostgreSQL when a URL is given, otherwise the embedded store. */
export async function openDb(settings: DbSettings, log: Logger): Promise<Db> {
  if (!settings.url) return openEmbedded(settings.dataDir, log);
  const pool = new pg.Pool({ connectionString: settings.url, max: 10, connectionTimeoutMillis: 5000 });
  try {
    const r = await pool.query<{ vector: boolean }>(
      "select exists(select 1 from pg_extension where extname = 'vector') as vector",
    );
    return new PgDb(pool, { engine: 'postgres', vector: r.rows[0]!.vector, location: describeUrl(settings.url) });
  } catch (e) {
    await pool.end().catch(() => {});
    const reason = (e as Error).message || String((e as { code?: string }).code ?? e);
    throw new AppError('unavailable', `Cannot connect to DATABASE_URL (${describeUrl(settings.url)}): ${reason}`);
  }
}
