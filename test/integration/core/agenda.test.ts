import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { seedOrg, type Org } from '../../support/fixtures';
import { userAgenda } from '../../../src/crm/agenda/user-agenda';
import { agendaBlocks } from '../../../src/bots/slack/home-view';

describe.each(engines())('a user’s agenda on %s', (engine) => {
  let t: TestDb;
  let org: Org;
  const now = new Date('2026-06-10T09:00:00Z');
  beforeAll(async () => {
    t = await createTestDb(engine);
    org = await seedOrg(t.db);
    await t.db.query(
      `insert into deals (account_id, name, stage, owner_id, close_date, amount) values
        ($1, 'Closing soon', 'proposal', $2, '2026-06-12', 1000), ($1, 'Later', 'proposal', $2, '2026-08-01', 1), ($1, 'Won already', 'won', $2, '2026-06-11', 5),
        ($3, 'Other rep', 'proposal', $4, '2026-06-11', 7)`,
      [org.acme, org.rep.id, org.globex, org.rep2.id],
    );
    await t.db.query(
      `insert into tasks (subject, due_date, owner_id, account_id) values ('Overdue call', '2026-06-01', $1, $2), ('Due Friday', '2026-06-12', $1, null), ('Next month', '2026-07-20', $1, null)`,
      [org.rep.id, org.acme],
    );
    await t.db.query(
      `insert into tickets (account_id, subject, priority, status, assignee_id) values ($1, 'Low one', 'low', 'open', $2), ($1, 'Urgent one', 'urgent', 'pending', $2), ($1, 'Done', 'high', 'closed', $2)`,
      [org.globex, org.agent.id],
    );
  });
  afterAll(async () => t.drop());

  it('lists own deals closing within a week and tasks due or overdue', async () => {
    const a = await userAgenda(t.db, org.rep, { now, tz: 'UTC' });
    expect(a.deals_closing.map((d) => d.name)).toEqual(['Closing soon']);
    expect(a.tasks_due.map((x) => [x.subject, x.overdue])).toEqual([['Overdue call', true], ['Due Friday', false]]);
    expect(a.assigned_tickets).toEqual([]);
  });

  it('lists open tickets assigned to an agent, most urgent first, and renders them for App Home', async () => {
    const a = await userAgenda(t.db, org.agent, { now, tz: 'UTC' });
    expect(a.assigned_tickets.map((x) => x.subject)).toEqual(['Urgent one', 'Low one']);
    const text = JSON.stringify(agendaBlocks(a, 'en'));
    expect(text).toContain('Tickets assigned to you');
    expect(text).toContain('Urgent one');
    expect(JSON.stringify(agendaBlocks(a, 'zh'))).toContain('分配给你的工单');
    expect(agendaBlocks({ deals_closing: [], tasks_due: [], assigned_tickets: [] }, 'en')).toEqual([]);
  });
});
