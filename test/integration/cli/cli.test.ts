import { run } from '../../../src/cli';
import { memoryIO } from '../../support/ask-harness';
import { seedOrg } from '../../support/fixtures';
import { createTestDb, serverUrl, type TestDb } from '../../support/test-db';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const env = (extra: Record<string, string>) => ({ LOG_LEVEL: 'silent', CRM_SEED_DEMO: 'false', ...extra });

describe('the crm command line', () => {
  it('exits 2 with a usage error for a bad command line', async () => {
    const m = memoryIO();
    expect(await run(['ask', 'hello', '--json'], m.io, env({ CRM_DATA_DIR: 'memory://' }))).toBe(2);
    expect(JSON.parse(m.out())).toEqual({ error: { code: 'usage', message: "required option '--as <email>' not specified" } });
    const n = memoryIO();
    expect(await run(['ask', '--as', 'a@b.c', '--json'], n.io, env({ CRM_DATA_DIR: 'memory://' }))).toBe(2);
    expect(JSON.parse(n.out()).error.message).toMatch(/missing required argument 'text'/);
    expect(await run(['frobnicate'], memoryIO().io, env({}))).toBe(2);
  });

  it('exits 1 with one clear line for a bad DATABASE_URL', async () => {
    const m = memoryIO();
    expect(await run(['migrate', '--json'], m.io, env({ DATABASE_URL: 'mysql://x' }))).toBe(1);
    expect(JSON.parse(m.out()).error).toEqual({ code: 'config', message: 'Invalid DATABASE_URL (got "mysql://x"): must be a postgres:// or postgresql:// URL' });
    const n = memoryIO();
    expect(await run(['migrate'], n.io, env({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }))).toBe(1);
    expect(n.err().trim().split('\n')).toHaveLength(1);
    expect(n.err()).toMatch(/^crm: Cannot connect to DATABASE_URL/);
  });

  it('reports a doctor check of an embedded store', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-doc-'));
    const m = memoryIO();
    expect(await run(['migrate'], m.io, env({ CRM_DATA_DIR: dir }))).toBe(0);
    const d = memoryIO();
    expect(await run(['doctor', '--json'], d.io, env({ CRM_DATA_DIR: dir }))).toBe(0);
    const report = JSON.parse(d.out());
    expect(report.ok).toBe(true);
    expect(report.checks.find((c: { name: string }) => c.name === 'semantic search')).toMatchObject({ ok: true });
    const bad = memoryIO();
    expect(await run(['doctor', '--json'], bad.io, env({ CRM_DATA_DIR: dir, REDIS_URL: 'redis://127.0.0.1:1' }))).toBe(1);
    expect(JSON.parse(bad.out()).checks.find((c: { name: string }) => c.name === 'queue').ok).toBe(false);
  });

  (serverUrl() ? describe : describe.skip)('on a real PostgreSQL', () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await createTestDb('postgres');
      await seedOrg(t.db);
    });
    afterAll(async () => t.drop());

    it('answers crm ask --json, and refuses an unknown user with exit 1', async () => {
      const m = memoryIO();
      expect(await run(['ask', 'help', '--as', 'admin@test.crm', '--json'], m.io, env({ DATABASE_URL: t.url! }))).toBe(0);
      expect(JSON.parse(m.out())).toMatchObject({ intent: 'help', status: 'done' });
      const u = memoryIO();
      expect(await run(['ask', 'help', '--as', 'ghost@test.crm', '--json'], u.io, env({ DATABASE_URL: t.url! }))).toBe(1);
      expect(JSON.parse(u.out()).error.code).toBe('not_found');
    });

    it('issues and revokes API tokens', async () => {
      const m = memoryIO();
      expect(await run(['token', '--as', 'rep@test.crm', '--ttl', '1h', '--json'], m.io, env({ DATABASE_URL: t.url! }))).toBe(0);
      const { token, expires_at } = JSON.parse(m.out());
      expect(token).toMatch(/^crm_/);
      expect(new Date(expires_at).getTime()).toBeGreaterThan(Date.now());
      const r = memoryIO();
      expect(await run(['token', 'revoke', token, '--json'], r.io, env({ DATABASE_URL: t.url! }))).toBe(0);
      const bad = memoryIO();
      expect(await run(['token', '--as', 'rep@test.crm', '--ttl', 'forever', '--json'], bad.io, env({ DATABASE_URL: t.url! }))).toBe(1);
    });
  });
});
