import pg from 'pg';
import { openDb } from '../../src/crm/db/open-db';
import { migrate } from '../../src/crm/db/migrate';
import { silentLogger } from '../../src/shared/logger';
import type { Db } from '../../src/shared/db';

export const withDb = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

/**
 * A migrated database of its own on the benchmark server, dropped afterwards unless kept;
 * `reuse` names an existing one (already filled) to measure again without refilling it.
 */
export async function scratchDb(baseUrl: string, prefix: string, opts: { reuse?: string; keep?: boolean } = {}): Promise<{ db: Db; name: string; url: string; fresh: boolean; drop(): Promise<void> }> {
  const name = opts.reuse ?? `${prefix}_${Date.now()}`;
  const fresh = !opts.reuse;
  if (fresh) {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
  }
  const url = withDb(baseUrl, name);
  const db = await openDb({ url, dataDir: '' }, silentLogger);
  if (fresh) await migrate(db);
  return {
    db,
    name,
    url,
    fresh,
    drop: async () => {
      await db.close();
      if (!fresh || opts.keep) return console.log(`kept database ${name}`);
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
