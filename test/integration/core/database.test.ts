import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { openDb } from '../../../src/crm/db/open-db';
import { migrate, pendingMigrations } from '../../../src/crm/db/migrate';
import { silentLogger } from '../../../src/shared/logger';
import { createEmptyServerDb, serverUrl } from '../../support/test-db';

const onServer = serverUrl() ? it : it.skip;

describe('the database', () => {
  it('migrates an embedded store with pgvector and pg_trgm, and again as a no-op', async () => {
    const db = await openDb({ dataDir: 'memory://' }, silentLogger);
    try {
      const first = await migrate(db);
      expect(first.applied).toEqual(['001_core.sql', '002_embeddings.vector.sql', '003_kpi_indexes.sql']);
      expect(db.info).toMatchObject({ engine: 'pglite', vector: true });
      expect((await migrate(db)).applied).toEqual([]);
      expect(await pendingMigrations(db)).toEqual([]);
      const ext = await db.query<{ extname: string }>("select extname from pg_extension where extname in ('vector', 'pg_trgm') order by 1");
      expect(ext.rows.map((r) => r.extname)).toEqual(['pg_trgm', 'vector']);
    } finally {
      await db.close();
    }
  });

  onServer('migrates a server without pgvector, leaving semantic search off', async () => {
    const empty = await createEmptyServerDb();
    const db = await openDb({ url: empty.url, dataDir: '' }, silentLogger);
    try {
      expect(await pendingMigrations(db)).toContain('001_core.sql');
      const r = await migrate(db);
      expect(r.applied).toContain('001_core.sql');
      expect(db.info.engine).toBe('postgres');
      if (!db.info.vector) expect(r.skipped).toEqual(['002_embeddings.vector.sql']);
    } finally {
      await db.close();
      await empty.drop();
    }
  });

  it('says in one line why a DATABASE_URL cannot be reached', async () => {
    await expect(openDb({ url: 'postgres://nobody@127.0.0.1:1/none', dataDir: '' }, silentLogger)).rejects.toThrow(/^Cannot connect to DATABASE_URL \(127\.0\.0\.1:1\/none\): .*ECONNREFUSED/);
  });

  it('serves one embedded data directory to a second process through its socket, and cleans a stale lock', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-owner-'));
    fs.writeFileSync(path.join(dir, 'owner.lock.json'), JSON.stringify({ pid: 999999, socketDir: dir }));
    const owner = await openDb({ dataDir: dir }, silentLogger);
    try {
      await migrate(owner);
      await owner.query("insert into teams (name) values ('from-owner')");
      const lock = JSON.parse(fs.readFileSync(path.join(dir, 'owner.lock.json'), 'utf8'));
      expect(lock.pid).toBe(process.pid);
      const script = `require('tsx/cjs'); const {openDb}=require('./src/crm/db/open-db.ts'); const {silentLogger}=require('./src/shared/logger.ts');
        openDb({dataDir: ${JSON.stringify(dir)}}, silentLogger).then(async db => { const r = await db.query('select name from teams'); console.log(JSON.stringify([db.info.engine, r.rows.map(x=>x.name)])); await db.close(); });`;
      const out = await new Promise<string>((resolve, reject) => {
        const p = spawn(process.execPath, ['-e', script], { cwd: path.join(__dirname, '../../..') });
        let s = '';
        p.stdout.on('data', (d) => (s += d));
        p.stderr.on('data', (d) => (s += d));
        p.on('exit', (code) => (code === 0 ? resolve(s) : reject(new Error(s))));
      });
      expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual(['pglite', ['from-owner']]);
    } finally {
      await owner.close();
    }
    expect(fs.existsSync(path.join(dir, 'owner.lock.json'))).toBe(false);
  });
});
