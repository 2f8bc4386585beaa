import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { importFile } from '../../../src/crm/import';
import { toTsQuery } from '../../../src/shared/search-text';

// The shared development set sits beside the project (../shared); a checkout without it skips this file.
const DEVSET = path.resolve(__dirname, '../../../../shared/devset/crm/crm.jsonl');
const suite = fs.existsSync(DEVSET) ? describe.each(engines()) : describe.skip.each(engines());
const count = async (t: TestDb, sql: string, params: unknown[] = []) => Number((await t.db.query<{ n: number }>(sql, params)).rows[0]!.n);

suite('importing the development set on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterAll(() => t.drop());

  it('creates 3,974 records, merges the 18 repeated contacts and rejects nothing', async () => {
    const report = await importFile(t.db, DEVSET, { region: 'US' });
    expect(report).toEqual({ created: 3974, updated: 0, merged: 18, rejected: [] });
    expect(await count(t, 'select count(*) as n from contacts')).toBe(342);
    expect(await count(t, 'select count(*) as n from users')).toBe(12);
    expect(await count(t, 'select count(*) as n from teams')).toBe(4);
    expect(await count(t, 'select count(*) as n from external_refs')).toBe(3992);
  });

  it('resolves references to merged lines to the contact that was kept', async () => {
    const merged = await t.db.query<{ external_id: string; record_id: string }>(
      `select r.external_id, r.record_id from external_refs r join contacts c on c.id = r.record_id
        where r.type = 'contact' and c.external_id <> r.external_id`,
    );
    expect(merged.rows).toHaveLength(18);
    // every ticket and activity line names a contact, and all of them landed on one
    expect(await count(t, 'select count(*) as n from tickets where contact_id is null')).toBe(0);
    expect(await count(t, 'select count(*) as n from activities where contact_id is null')).toBe(0);
    expect(await count(t, 'select count(*) as n from tickets t join contacts c on c.id = t.contact_id where c.id = any($1::uuid[])', [merged.rows.map((r) => r.record_id)])).toBeGreaterThan(0);
  });

  it('keeps the source timestamps and makes tickets and activities searchable in both languages', async () => {
    const tk = await t.db.query<{ created_at: Date; first_response_at: Date }>("select created_at, first_response_at from tickets where external_id = 'tkt-00001'");
    expect(tk.rows[0]!.created_at.toISOString()).toBe('2025-01-03T12:45:46.000Z');
    expect(tk.rows[0]!.first_response_at.toISOString()).toBe('2025-01-03T13:38:35.000Z');
    expect(await count(t, "select count(*) as n from tickets where tsv @@ to_tsquery('simple', $1)", [toTsQuery('SCIM provisioning')])).toBeGreaterThan(0);
    const zh = await t.db.query<{ subject: string }>("select subject from activities where subject ~ '[\\u4e00-\\u9fff]' limit 1");
    expect(zh.rows).toHaveLength(1);
    expect(await count(t, "select count(*) as n from activities where tsv @@ to_tsquery('simple', $1)", [toTsQuery(zh.rows[0]!.subject)])).toBeGreaterThan(0);
  });

  it('updates instead of duplicating when the same file is imported again', async () => {
    const report = await importFile(t.db, DEVSET, { region: 'US' });
    expect(report).toEqual({ created: 0, updated: 3974, merged: 18, rejected: [] });
    expect(await count(t, 'select count(*) as n from contacts')).toBe(342);
    expect(await count(t, 'select count(*) as n from activities')).toBe(2500);
    expect(await count(t, 'select count(*) as n from tickets')).toBe(700);
    expect(await count(t, 'select count(*) as n from external_refs')).toBe(3992);
  });

  it('writes one audit entry per run holding the report', async () => {
    const a = await t.db.query<{ actor_id: string | null; after: { created: number; merged: number }; source: { text: string } }>(
      "select actor_id, after, source from audit_log where action = 'import' and record_type = 'import' order by id",
    );
    expect(a.rows).toHaveLength(2);
    expect(a.rows[0]).toMatchObject({ actor_id: null, after: { created: 3974, merged: 18 }, source: { text: DEVSET } });
    expect(await count(t, "select count(*) as n from audit_log where action <> 'import'")).toBe(0);
  });
});
