import { LineParser } from '../../../src/crm/import/line-parser';

// Pure validation of single lines (no database); lives here beside the import tests it serves.
describe('an import line', () => {
  const p = new LineParser({ region: 'US' });
  const err = (v: unknown) => {
    const r = p.parse(typeof v === 'string' ? v : JSON.stringify(v));
    return r.ok ? null : r.error;
  };
  const rec = (v: unknown) => {
    const r = p.parse(JSON.stringify(v));
    if (!r.ok) throw new Error(r.error);
    return r.rec;
  };

  it('needs an external_id of up to 200 characters; numbers are read as text', () => {
    expect(err({ type: 'account', name: 'A' })).toBe('external_id: is required');
    expect(err({ type: 'account', external_id: '  ', name: 'A' })).toBe('external_id: must not be empty');
    expect(err({ type: 'account', external_id: 'x'.repeat(201), name: 'A' })).toMatch(/longer than 200/);
    expect(rec({ type: 'account', external_id: 42, name: 'A' }).external_id).toBe('42');
  });

  it('normalises names, e-mails, domains, currencies and amounts', () => {
    expect(rec({ type: 'account', external_id: 'a', name: '  Acme \n Inc ', domain: 'HTTP://WWW.Acme.COM/x' })).toMatchObject({ name: 'Acme Inc', domain: 'acme.com' });
    expect(rec({ type: 'user', external_id: 'u', name: 'U', email: ' U@X.IO ', role: 'ADMIN' })).toMatchObject({ email: 'u@x.io', role: 'admin' });
    expect(rec({ type: 'deal', external_id: 'd', account: 'a', name: 'D', amount: '1 000.456', currency: 'usd' })).toMatchObject({ amount: 1000.46, currency: 'USD' });
    expect(rec({ type: 'contact', external_id: 'c', name: 'C', email: '', phone: '' })).toMatchObject({ email: null, phone: null });
  });

  it('explains what is wrong with a field', () => {
    expect(err({ type: 'user', external_id: 'u', name: 'U', role: 'rep' })).toBe('email: is required');
    expect(err({ type: 'user', external_id: 'u', name: 'U', email: 'u@x.io' })).toBe('role: is required');
    expect(err({ type: 'account', external_id: 'a', name: 'A', domain: 'not a domain' })).toMatch(/domain: "not a domain" is not a domain name/);
    expect(err({ type: 'deal', external_id: 'd', account: 'a', name: 'D', amount: -5 })).toMatch(/amount: "-5" is not an amount/);
    expect(err({ type: 'deal', external_id: 'd', account: 'a', name: 'D', amount: true })).toMatch(/amount: must be a number/);
    expect(err({ type: 'deal', external_id: 'd', account: 'a', name: 'D', currency: 'dollars' })).toMatch(/currency: must be a three-letter/);
    expect(err({ type: 'deal', external_id: 'd', account: 'a', name: 'D', close_date: '2025-02-30' })).toMatch(/close_date: must be a date/);
    expect(err({ type: 'deal', external_id: 'd', name: 'D' })).toBe('account: is required');
    expect(err({ type: 'ticket', external_id: 't', account: 'a', subject: 'S', created_at: '2025-13-01T00:00:00Z' })).toMatch(/created_at: must be an ISO 8601/);
    expect(err({ type: 'activity', external_id: 'x', kind: 'call', duration_minutes: 2.5 })).toMatch(/duration_minutes: must be a whole number/);
    expect(err({ type: 'activity', external_id: 'x', kind: 'visit' })).toMatch(/kind: "visit" is not one of call, meeting, email, note/);
    expect(err({ type: 'activity', external_id: 'x' })).toMatch(/kind: is required/);
    expect(err({ type: 'account', external_id: 'a', name: 5 })).toBe('name: must be a string');
    expect(err({ type: 7 })).toMatch(/unknown type 7/);
  });

  it('reads a bare date as midnight UTC and keeps a given offset', () => {
    expect(rec({ type: 'activity', external_id: 'x', kind: 'note', occurred_at: '2025-05-01' }).occurred_at).toBe('2025-05-01T00:00:00Z');
    expect(rec({ type: 'activity', external_id: 'x', kind: 'note', occurred_at: '2025-05-01T08:00:00+08:00' }).occurred_at).toBe('2025-05-01T08:00:00+08:00');
  });

  it('strips NUL characters, which PostgreSQL text cannot hold', () => {
    expect(rec({ type: 'ticket', external_id: 't', account: 'a', subject: 'A\u0000B', description: ' x\u0000 ' })).toMatchObject({ subject: 'AB', description: 'x' });
  });

  it('keeps absent fields absent so a re-import leaves them alone', () => {
    expect(Object.keys(rec({ type: 'contact', external_id: 'c', name: 'C' })).sort()).toEqual(['external_id', 'name', 'type']);
  });
});
