import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { seedOrg, type Org } from '../../support/fixtures';
import { createDeal, dealsOfAccount, updateDeal } from '../../../src/crm/deals/deal-service';
import { createTicket, findTicketByNumber, updateTicket } from '../../../src/crm/tickets/ticket-service';
import { createContact, findContactsByName, updateContact } from '../../../src/crm/contacts/contact-service';
import { logCall } from '../../../src/crm/activities/activity-service';
import { auditFor } from '../../../src/crm/audit/audit-log';
import { undoLastWrite } from '../../../src/crm/audit/undo';
import { readRecord } from '../../../src/crm/records/record-writer';
import { createAccount } from '../../../src/crm/accounts/account-service';
import { AppError } from '../../../src/shared/app-error';

describe.each(engines())('the CRM core on %s', (engine) => {
  let t: TestDb;
  let org: Org;
  const now = new Date('2026-06-10T09:00:00Z');
  beforeAll(async () => {
    t = await createTestDb(engine);
    org = await seedOrg(t.db);
  });
  afterAll(async () => t.drop());

  it('lets a rep read their own deals but not another rep’s', async () => {
    await createDeal({ actor: org.rep, now }, t.db, { accountId: org.acme, name: 'Acme renewal', amount: 50000 });
    await createDeal({ actor: org.rep2, now }, t.db, { accountId: org.globex, name: 'Globex expansion', amount: 9000 });
    expect((await dealsOfAccount(t.db, org.rep, org.acme)).map((d) => d.name)).toEqual(['Acme renewal']);
    expect(await dealsOfAccount(t.db, org.rep, org.globex)).toEqual([]);
    expect((await dealsOfAccount(t.db, org.manager, org.globex)).map((d) => d.name)).toEqual(['Globex expansion']);
  });

  it('refuses a rep filing a deal on another rep’s customer, saying why', async () => {
    await expect(createDeal({ actor: org.rep, now }, t.db, { accountId: org.globex, name: 'Sneaky' })).rejects.toMatchObject({ code: 'denied' });
  });

  it('refuses an agent changing a deal', async () => {
    const [deal] = await dealsOfAccount(t.db, org.admin, org.acme);
    await expect(updateDeal({ actor: org.agent, now }, t.db, deal!, { stage: 'won' })).rejects.toThrow(/agent you cannot update deals/);
    expect((await readRecord(t.db, org.admin, 'deal', deal!.id))!.stage).toBe('lead');
  });

  it('stamps closed_at when a deal is won and audits the change with its source', async () => {
    const [deal] = await dealsOfAccount(t.db, org.rep, org.acme);
    const { after } = await updateDeal({ actor: org.rep, now, source: { surface: 'test', text: 'we won acme!' } }, t.db, deal!, { stage: 'won' });
    expect(after.stage).toBe('won');
    expect(new Date(after.closed_at as string).toISOString()).toBe(now.toISOString());
    const audit = await auditFor(t.db, 'deal', deal!.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]).toMatchObject({ actor_id: org.rep.id, before: { stage: 'lead' }, after: { stage: 'won' }, source: { text: 'we won acme!' } });
  });

  it('lets an agent open and resolve tickets, stamping first response and resolution', async () => {
    const ticket = await createTicket({ actor: org.agent, now }, t.db, { accountId: org.globex, subject: 'SSO is down', priority: 'urgent' });
    expect(ticket.number).toBeGreaterThanOrEqual(1001);
    const later = new Date(now.getTime() + 30 * 60 * 1000);
    const { after } = await updateTicket({ actor: org.agent, now: later }, t.db, ticket.number, { status: 'resolved', note: 'fixed the IdP cert' });
    expect(after.status).toBe('resolved');
    expect(new Date(after.first_response_at as Date).getTime()).toBe(later.getTime());
    expect(new Date(after.resolved_at as Date).getTime()).toBe(later.getTime());
  });

  it('shows a rep the tickets of their own accounts only', async () => {
    const own = await createTicket({ actor: org.rep, now }, t.db, { accountId: org.acme, subject: 'Invoice wrong' });
    const other = await createTicket({ actor: org.admin, now }, t.db, { accountId: org.globex, subject: 'Hidden' });
    expect(await findTicketByNumber(t.db, org.rep, own.number)).not.toBeNull();
    expect(await findTicketByNumber(t.db, org.rep, other.number)).toBeNull();
    await expect(updateTicket({ actor: org.rep, now }, t.db, own.number, { status: 'closed' })).rejects.toMatchObject({ code: 'denied' });
  });

  it('merges a contact with the same email or phone instead of duplicating it', async () => {
    const first = await createContact({ actor: org.rep, now }, t.db, { name: 'Dana Scully', accountId: org.acme, email: ' Dana@Acme.com ', phone: '(415) 555-0134' }, 'US');
    expect(first.merged).toBe(false);
    expect(first.contact).toMatchObject({ email: 'dana@acme.com', phone: '+14155550134' });
    const again = await createContact({ actor: org.rep, now }, t.db, { name: 'Dana S.', accountId: org.acme, phone: '+1 415 555 0134', title: 'CTO' }, 'US');
    expect(again.merged).toBe(true);
    expect(again.contact.id).toBe(first.contact.id);
    expect(again.contact.title).toBe('CTO');
    await expect(createContact({ actor: org.rep, now }, t.db, { name: 'X', email: 'not-an-email' }, 'US')).rejects.toBeInstanceOf(AppError);
    const { after } = await updateContact({ actor: org.rep, now }, t.db, first.contact.id, { phone: '+44 20 7946 0958' }, 'US');
    expect(after.phone).toBe('+442079460958');
    expect((await findContactsByName(t.db, org.rep, 'dana scully')).length).toBe(1);
    expect(await findContactsByName(t.db, org.rep2, 'dana scully')).toEqual([]);
  });

  it('undoes a call and its follow-up task together within ten minutes, and not after', async () => {
    const batch = 'batch-1';
    const { activity, task } = await logCall({ actor: org.rep, now, source: { batch } }, t.db, { accountId: org.acme, note: 'wants 10% off', followUpDue: '2026-06-12' });
    expect(task).not.toBeNull();
    const r = await undoLastWrite(t.db, org.rep, new Date(now.getTime() + 5 * 60 * 1000));
    expect(r.reverted.map((x) => x.type).sort()).toEqual(['activity', 'task']);
    expect(await readRecord(t.db, org.admin, 'activity', activity.id)).toBeNull();
    await logCall({ actor: org.rep, now }, t.db, { accountId: org.acme, note: 'old' });
    await expect(undoLastWrite(t.db, org.rep, new Date(now.getTime() + 11 * 60 * 1000))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('undoes an update by restoring what was there', async () => {
    const acct = await createAccount({ actor: org.rep, now }, t.db, { name: '  New   Co ', domain: 'https://www.NewCo.com/about' });
    expect(acct).toMatchObject({ name: 'New Co', domain: 'newco.com', owner_id: org.rep.id });
    const ticket = await createTicket({ actor: org.agent, now }, t.db, { accountId: acct.id, subject: 'Help' });
    await updateTicket({ actor: org.agent, now }, t.db, ticket.number, { priority: 'high' });
    await undoLastWrite(t.db, org.agent, now);
    expect((await findTicketByNumber(t.db, org.admin, ticket.number))!.priority).toBe('normal');
  });
});
