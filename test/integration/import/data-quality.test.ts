import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { matchAccounts } from '../../../src/crm/quality/account-matcher';
import { findContactDuplicate } from '../../../src/crm/quality/contact-duplicates';
import type { Actor } from '../../../src/crm/access/actor';

// The data-quality helpers the import and the conversation engine share, on a real database.
describe.each(engines())('finding accounts and duplicate contacts on %s', (engine) => {
  let t: TestDb;
  let rep: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDb(engine);
    const u = await t.db.query<{ id: string }>("insert into users (name, email, role) values ('Rita Rep', 'rita@x.io', 'rep') returning id");
    rep = { id: u.rows[0]!.id, name: 'Rita Rep', email: 'rita@x.io', role: 'rep', teamId: null };
    const accounts: Array<[string, string | null, string[], string | null]> = [
      ['Acme Corporation', 'acme.com', [], null],
      ['Acme Robotics', 'acmerobotics.io', [], null],
      ['Globex GmbH', 'globex.de', ['Globex Deutschland'], null],
      ['Initech', 'initech.com', [], rep.id],
      ['华为技术有限公司', 'huawei.com', [], null],
      ['深圳华为云计算有限公司', null, [], null],
      ['Beijing Huaxin Technology Co., Ltd.', 'huaxin.cn', [], null],
      ['Pure_Data', null, [], null],
      ['PureXData', null, [], null],
    ];
    for (const [name, domain, aliases, owner] of accounts) {
      const r = await t.db.query<{ id: string }>(
        'insert into accounts (name, domain, aliases, owner_id) values ($1, $2, $3, $4) returning id',
        [name, domain, aliases, owner],
      );
      ids[name] = r.rows[0]!.id;
    }
    await t.db.query(
      `insert into contacts (name, email, phone) values ('Ann Lee', 'ann.lee@acme.com', '+14155552671'), ('Bo Chen', null, '+8613800138000')`,
    );
  });
  afterAll(() => t.drop());

  const exactName = async (name: string) => (await matchAccounts(t.db, undefined, name)).exact?.name;

  it('takes an exact name, a name without its legal form, an alias or a domain as the account meant', async () => {
    expect(await exactName('globex gmbh')).toBe('Globex GmbH');
    expect(await exactName('Globex')).toBe('Globex GmbH');
    expect(await exactName('Globex Deutschland')).toBe('Globex GmbH');
    expect(await exactName('acmerobotics.io')).toBe('Acme Robotics');
    expect(await exactName('Acme Robotics')).toBe('Acme Robotics');
    expect(await exactName('Huaxin')).toBe('Beijing Huaxin Technology Co., Ltd.');
  });

  it('returns candidates instead of guessing when a name fits several accounts', async () => {
    const m = await matchAccounts(t.db, undefined, 'Acme');
    expect(m.exact).toBeUndefined();
    expect(m.candidates.map((c) => c.name)).toEqual(['Acme Corporation', 'Acme Robotics']);
    expect(m.candidates[0]!.score).toBeGreaterThan(m.candidates[1]!.score);
  });

  it('offers a misspelt name as a candidate by trigram similarity, without taking it as certain', async () => {
    const m = await matchAccounts(t.db, undefined, 'Initek');
    expect(m.exact).toBeUndefined();
    expect(m.candidates[0]).toMatchObject({ id: ids.Initech, name: 'Initech' });
    expect(m.candidates[0]!.score).toBeGreaterThanOrEqual(0.3);
  });

  it('finds Chinese names by part of the name, and says when the part is ambiguous', async () => {
    expect(await exactName('华为技术')).toBe('华为技术有限公司');
    expect(await exactName('华为技术有限公司')).toBe('华为技术有限公司');
    const m = await matchAccounts(t.db, undefined, '华为');
    expect(m.exact).toBeUndefined();
    expect(m.candidates.map((c) => c.name).sort()).toEqual(['华为技术有限公司', '深圳华为云计算有限公司']);
  });

  it('treats % and _ in a name literally', async () => {
    const m = await matchAccounts(t.db, undefined, 'pure_data');
    expect(m.exact?.name).toBe('Pure_Data');
    expect(m.candidates.find((c) => c.name === 'PureXData')?.score ?? 0).toBeLessThan(0.8);
    expect((await matchAccounts(t.db, undefined, '%')).candidates).toEqual([]);
    expect(await matchAccounts(t.db, undefined, '   ')).toEqual({ candidates: [] });
  });

  it('only looks at accounts the acting user may read', async () => {
    expect((await matchAccounts(t.db, rep, 'Globex')).candidates).toEqual([]);
    expect((await matchAccounts(t.db, rep, 'initech')).exact?.id).toBe(ids.Initech);
  });

  it('finds the contact a new one would duplicate by normalised e-mail or phone', async () => {
    expect(await findContactDuplicate(t.db, { email: ' Ann.Lee@ACME.com ' })).toMatchObject({ name: 'Ann Lee', matched_on: 'email' });
    expect(await findContactDuplicate(t.db, { phone: '(415) 555-2671' })).toMatchObject({ name: 'Ann Lee', matched_on: 'phone' });
    expect(await findContactDuplicate(t.db, { email: 'new@x.io', phone: '138 0013 8000' }, 'CN')).toMatchObject({ name: 'Bo Chen', matched_on: 'phone' });
    expect(await findContactDuplicate(t.db, { email: 'new@x.io', phone: '+1 212 555 0100' })).toBeNull();
    expect(await findContactDuplicate(t.db, { email: 'not-an-email', phone: '' })).toBeNull();
  });
});
