import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '../../src/crm/db/open-db';
import { migrate, MIGRATIONS_DIR } from '../../src/crm/db/migrate';
import { silentLogger } from '../../src/shared/logger';
import type { Db } from '../../src/shared/db';

export type Engine = 'postgres' | 'pglite';

/** The engines this run can test: PGlite always, the real server when DATABASE_URL is set. */
export function engines(): Engine[] {
  return process.env.DATABASE_URL ? ['postgres', 'pglite'] : ['pglite'];
}

export const serverUrl = (): string | undefined => process.env.DATABASE_URL;

function migrationsHash(): string {
  const h = crypto.createHash('sha1');
  for (const f of fs.readdirSync(MIGRATIONS_DIR).sort()) h.update(f).update(fs.readFileSync(path.join(MIGRATIONS_DIR, f)));
  return h.digest('hex').slice(0, 10);
}

function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

/** Migrates a template database once per migration set, then clones it per caller (immich's pattern). */
async function templateName(admin: pg.Client, url: string): Promise<string> {
  const name = `crm_tpl_${migrationsHash()}`;
  await admin.query('select pg_advisory_lock(724113002)');
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      await admin.query(`create database ${name}`);
      const db = await openDb({ url: withDb(url, name), dataDir: '' }, silentLogger);
      try {
        await migrate(db);
      } catch (e) {
        await db.close();
        await admin.query(`drop database ${name}`);
        throw e;
      }
      await db.close();
    }
  } finally {
    await admin.query('select pg_advisory_unlock(724113002)');
  }
  return name;
}

export interface TestDb {
  db: Db;
  engine: Engine;
  /** The URL other processes can use (postgres only). */
  url?: string;
  drop(): Promise<void>;
}

export async function createTestDb(engine: Engine): Promise<TestDb> {
  if (engine === 'pglite') {
    const db = await openDb({ dataDir: 'memory://' }, silentLogger);
    await migrate(db);
    return { db, engine, drop: () => db.close() };
  }
  const url = serverUrl();
  if (!url) throw new Error('DATABASE_URL is not set');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const tpl = await templateName(admin, url);
    const name = `crm_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    await admin.query(`create database ${name} template ${tpl}`);
    const dbUrl = withDb(url, name);
    const db = await openDb({ url: dbUrl, dataDir: '' }, silentLogger);
    await migrate(db); // refreshes info.vector; a no-op otherwise
    return {
      db,
      engine,
      url: dbUrl,
      drop: async () => {
        await db.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  } finally {
    await admin.end();
  }
}

/** An empty database on the server (not migrated), for tests of migrate itself. */
export async function createEmptyServerDb(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = serverUrl()!;
  const name = `crm_e_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: withDb(url, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
