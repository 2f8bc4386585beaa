import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createTestDb, type TestDb } from '../../support/test-db';
import { importCommand, importFile, summarise } from '../../../src/crm/import';
import { AppError } from '../../../src/shared/app-error';
import { account, clearData, jsonl, user } from './import-support';

function capture() {
  const out = { stdout: '', stderr: '' };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => (out.stdout += d));
  stderr.on('data', (d) => (out.stderr += d));
  return { io: { stdin: new PassThrough(), stdout, stderr }, out };
}

// The command is the same on both engines; PGlite alone keeps this file quick.
describe('crm import', () => {
  let t: TestDb;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDb('pglite');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-import-'));
  });
  afterEach(() => clearData(t.db));
  afterAll(async () => {
    await t.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, lines: string[], eol = '\n') => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, lines.join(eol) + eol);
    return p;
  };

  it('prints the report as one JSON line with --json and progress on stderr', async () => {
    const lines = jsonl(user('u1'), ...Array.from({ length: 12 }, (_, i) => account(`a${i}`, { owner: 'u1' })), '{bad');
    const { io, out } = capture();
    const code = await importCommand({ file: file('ok.jsonl', lines, '\r\n'), json: true }, { db: t.db, io, region: 'US', progressEvery: 5 });
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ created: 13, updated: 0, merged: 0, rejected: [{ line: 14, error: expect.stringMatching(/^not valid JSON/) }] });
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/import: 14 lines read/);
  });

  it('prints a readable summary without --json, listing the first rejected lines', async () => {
    const lines = jsonl(...Array.from({ length: 25 }, (_, i) => ({ type: 'contact', external_id: `c${i}`, name: 'X', email: `bad${i}` })));
    const { io, out } = capture();
    expect(await importCommand({ file: file('bad.jsonl', lines), json: false }, { db: t.db, io, region: 'US' })).toBe(0);
    expect(out.stdout).toMatch(/^Imported .*bad\.jsonl: 0 created, 0 updated, 0 merged, 25 rejected\./);
    expect(out.stdout).toMatch(/line 1: email: "bad0" is not a valid email address/);
    expect(out.stdout).toMatch(/… and 5 more/);
  });

  it('exits 1 with a JSON error when the file cannot be read', async () => {
    const { io, out } = capture();
    expect(await importCommand({ file: path.join(dir, 'missing.jsonl'), json: true }, { db: t.db, io, region: 'US' })).toBe(1);
    expect(JSON.parse(out.stdout)).toEqual({ error: { code: 'not_found', message: expect.stringContaining('missing.jsonl') } });
    const plain = capture();
    expect(await importCommand({ file: dir, json: false }, { db: t.db, io: plain.io, region: 'US' })).toBe(1);
    expect(plain.out.stderr).toMatch(/is a directory/);
    expect(plain.out.stdout).toBe('');
  });

  it('throws not_found or bad_input only when the file itself is unusable', async () => {
    await expect(importFile(t.db, path.join(dir, 'nope'), { region: 'US' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(importFile(t.db, dir, { region: 'US' })).rejects.toBeInstanceOf(AppError);
    const empty = await importFile(t.db, file('empty.jsonl', []), { region: 'US' });
    expect(empty).toEqual({ created: 0, updated: 0, merged: 0, rejected: [] });
  });

  it('reads phone numbers without a country code in the given region', async () => {
    const p = file('cn.jsonl', jsonl({ type: 'contact', external_id: 'c1', name: '王芳', phone: '138 0013 8000' }));
    await importFile(t.db, p, { region: 'CN' });
    expect((await t.db.query('select phone from contacts')).rows).toEqual([{ phone: '+8613800138000' }]);
  });

  it('summarises a clean run in one line', () => {
    expect(summarise('x.jsonl', { created: 2, updated: 1, merged: 0, rejected: [] })).toBe('Imported x.jsonl: 2 created, 1 updated, 0 merged, 0 rejected.\n');
  });
});
