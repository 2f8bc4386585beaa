import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import client from 'prom-client';
import { buildContainer, type Container } from '../../../src/app/container';
import { createHttpApp, listen } from '../../../src/bots/http-server';
import type { Express } from 'express';
import { createTeamsSurface, mountTeams, type TeamsSurface } from '../../../src/bots/teams/mount-teams';
import { FILE_DOWNLOAD_INFO } from '../../../src/bots/teams/transcript-attachment';
import { loadConfig } from '../../../src/config/config';
import { startFakeBotConnector, type ConnectorCall, type FakeBotConnector } from '../../support/fake-bot-connector';
import { createTestDb, engines, type TestDb } from '../../support/test-db';

const MANAGER = '29:manager-aad';
const STRANGER = '29:stranger';
const REP = '29:ray';
const PERSONAL = 'a:personal-manager';
let seq = 0;

describe.each(engines())('Teams bot over HTTP in local mode on %s', (engine) => {
  let t: TestDb;
  let c: Container;
  let fake: FakeBotConnector;
  let surface: TeamsSurface;
  let server: http.Server;
  let base: string;
  let managerId: string;

  const activity = (over: Record<string, unknown> = {}) => ({
    type: 'message',
    id: `m-${++seq}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: fake.url,
    from: { id: MANAGER, name: 'Maria' },
    recipient: { id: '28:crm-bot', name: 'CRM' },
    conversation: { id: PERSONAL, conversationType: 'personal', tenantId: 't1' },
    ...over,
  });
  const post = (body: unknown, headers: Record<string, string> = {}, url = base) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const postsTo = (conversation: string) => fake.posts().filter((p) => p.conversationId === conversation);
  const cardOf = (call: ConnectorCall) => (call.activity.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0]?.content;
  /** Posts a message and waits for the bot's next reply in that conversation. */
  const say = async (over: Record<string, unknown>): Promise<ConnectorCall> => {
    const conv = ((over.conversation as { id?: string }) ?? {}).id ?? PERSONAL;
    const before = postsTo(conv).length;
    const res = await post(activity(over));
    expect(res.status).toBe(200);
    await fake.waitFor(() => postsTo(conv).length > before);
    await surface.drain();
    return postsTo(conv)[before]!;
  };

  beforeAll(async () => {
    t = await createTestDb(engine);
    const q = (sql: string, p: unknown[] = []) => t.db.query<{ id: string }>(sql, p);
    const team = (await q("insert into teams (name) values ('East') returning id")).rows[0]!.id;
    managerId = (await q("insert into users (name, email, role, team_id) values ('Maria Manager', 'maria@example.com', 'manager', $1) returning id", [team])).rows[0]!.id;
    const rep = (await q("insert into users (name, email, role, team_id) values ('Ray Rep', 'ray@example.com', 'rep', $1) returning id", [team])).rows[0]!.id;
    const acme = (await q("insert into accounts (name, domain, owner_id) values ('Acme Corporation', 'acme.com', $1) returning id", [rep])).rows[0]!.id;
    // Two of three closed deals won this quarter, one of four last quarter.
    const deal = (stage: string, when: string, amount: number) =>
      q(`insert into deals (account_id, name, amount, stage, owner_id, closed_at, created_at) values ($1, $2, $3, $4, $5, ${when}, ${when} - interval '30 days')`, [acme, `Deal ${++seq}`, amount, stage, rep]);
    const thisQ = "date_trunc('quarter', now()) + interval '1 hour'";
    const lastQ = "date_trunc('quarter', now()) - interval '20 days'";
    for (const [s, w] of [['won', thisQ], ['won', thisQ], ['lost', thisQ], ['won', lastQ], ['lost', lastQ], ['lost', lastQ], ['lost', lastQ]] as const) await deal(s, w, 10_000);

    fake = await startFakeBotConnector({
      members: { [MANAGER]: { email: 'Maria@Example.com', name: 'Maria' }, [REP]: { userPrincipalName: 'ray@example.com' }, [STRANGER]: { userPrincipalName: 'nobody@example.com' } },
      failMembers: ['29:broken'],
      files: { 'call.txt': 'Maria: Thanks for joining, Bob.\nBob: We need the revised quote by Friday.\nMaria: I will send it tomorrow.\n' },
    });
    c = await buildContainer(loadConfig({ LOG_LEVEL: 'silent', CRM_SEED_DEMO: 'false' }), { db: t.db });
    surface = createTeamsSurface({ db: t.db, engine: c.engine, log: c.log, teams: {} });
    server = await listen(createHttpApp({ db: t.db, engine: c.engine, log: c.log, registry: new client.Registry(), mount: [surface.mount] }), 0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await surface?.drain();
    if (server) {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
    await fake?.close();
    await c?.close();
    await t?.drop();
  });

  it("answers a manager's KPI question with a card showing the change, and links the Teams user", async () => {
    const reply = await say({ text: 'win rate this quarter vs last quarter' });
    const card = JSON.stringify(cardOf(reply));
    expect(card).toContain('66.7%');
    expect(card).toMatch(/▲ 41\.7 pts/);
    expect(card).toContain('"type":"FactSet"');
    expect(fake.memberLookups).toContain(MANAGER);
    const linked = await t.db.query<{ teams_user_id: string }>('select teams_user_id from users where id = $1', [managerId]);
    expect(linked.rows[0]!.teams_user_id).toBe(MANAGER);
  });

  it('puts a per-owner breakdown in a table with the chart image', async () => {
    const reply = await say({ text: 'win rate by owner this quarter' });
    const card = JSON.stringify(cardOf(reply));
    expect(card).toContain('"url":"data:image/png;base64,');
    expect(card).toContain('Ray Rep');
  });

  it('offers ambiguous customers as a choice, ignores someone else pressing it, and continues with the pick', async () => {
    await t.db.query("insert into accounts (name, owner_id) select 'Initech Labs', owner_id from accounts where name = 'Acme Corporation'");
    const logistics = (await t.db.query<{ id: string }>("insert into accounts (name, owner_id) select 'Initech Logistics', owner_id from accounts where name = 'Acme Corporation' returning id")).rows[0]!.id;
    const group = { id: '19:group-chat@thread.v2', conversationType: 'groupChat' };
    const ask = await say({ conversation: group, text: 'what is the latest with initech?' });
    const card = cardOf(ask) as { body: Array<Record<string, unknown>>; actions: Array<{ data: Record<string, unknown> }> };
    expect(card.body.find((e) => e.type === 'Input.ChoiceSet')).toBeTruthy();
    const other = await say({ conversation: group, from: { id: REP }, text: undefined, value: card.actions[1]!.data, replyToId: ask.responseId });
    expect(other.activity.text).toMatch(/someone else/);
    const picked = await say({ conversation: group, text: undefined, value: { ...card.actions[0]!.data, choice: logistics }, replyToId: ask.responseId });
    expect(JSON.stringify(picked.activity)).toContain('Initech Logistics');
    const update = fake.updates().find((u) => u.activityId === ask.responseId);
    expect(JSON.stringify(update?.activity)).toMatch(/Chose \d\. Initech Logistics/);
  });

  it('creates a ticket when the confirm button is pressed, and closes the card in place', async () => {
    const ask = await say({ text: 'open a high priority ticket for Acme: SSO login is broken' });
    const card = cardOf(ask) as { actions: Array<{ data: Record<string, unknown> }> };
    expect(card.actions.map((a) => a.data.action)).toEqual(['yes', 'cancel']);
    expect((await t.db.query("select 1 from tickets where subject ilike '%SSO%'")).rowCount).toBe(0);

    const done = await say({ text: undefined, value: card.actions[0]!.data, replyToId: ask.responseId });
    expect(JSON.stringify(done.activity)).toMatch(/#\d+/);
    const tickets = await t.db.query<{ priority: string }>("select priority from tickets where subject ilike '%SSO%'");
    expect(tickets.rows).toEqual([{ priority: 'high' }]);
    const update = fake.updates().find((u) => u.activityId === ask.responseId);
    expect(JSON.stringify(update?.activity)).toContain('✔ Confirmed');
    expect(JSON.stringify(update?.activity)).not.toContain('Action.Submit');
  });

  it('answers an @mention in a channel thread, in that thread', async () => {
    const thread = '19:sales@thread.tacv2;messageid=1700000000000';
    const reply = await say({
      conversation: { id: thread, conversationType: 'channel', tenantId: 't1' },
      text: '<at>CRM</at> how many open tickets do we have?',
      entities: [{ type: 'mention', text: '<at>CRM</at>', mentioned: { id: '28:crm-bot', name: 'CRM' } }],
    });
    expect(reply.conversationId).toBe(thread);
    expect(JSON.stringify(reply.activity)).toMatch(/open tickets/i);
  });

  it('summarises a transcript sent as a file, after saying it is working on it', async () => {
    const conv = PERSONAL;
    const before = postsTo(conv).length;
    const res = await post(activity({ text: '', attachments: [{ contentType: FILE_DOWNLOAD_INFO, name: 'call.txt', content: { downloadUrl: `${fake.url}files/call.txt`, fileType: 'txt' } }] }));
    expect(res.status).toBe(200);
    await fake.waitFor(() => postsTo(conv).length >= before + 2);
    const [working, summary] = postsTo(conv).slice(before);
    expect(working!.activity.text).toMatch(/Working on the summary of call\.txt/);
    expect(JSON.stringify(summary!.activity)).toMatch(/quote/i);
  });

  it('says so when a transcript file cannot be read, and hints when a mention carries no question', async () => {
    const broken = await say({ text: '', attachments: [{ contentType: FILE_DOWNLOAD_INFO, name: 'gone.vtt', content: { downloadUrl: `${fake.url}files/gone.vtt` } }] });
    expect(broken.activity.text).toMatch(/Working on/);
    await fake.waitFor(() => postsTo(PERSONAL).some((p) => /could not read gone\.vtt/.test(String(p.activity.text))));
    const empty = await say({ conversation: { id: '19:sales@thread.tacv2;messageid=1700000000009', conversationType: 'channel' }, text: '<at>CRM</at>' });
    expect(empty.activity.text).toMatch(/Ask me about/);
  });

  it('drops a retried activity instead of answering twice', async () => {
    const a = activity({ text: 'win rate this quarter' });
    const before = postsTo(PERSONAL).length;
    expect((await post(a)).status).toBe(200);
    expect((await post(a)).status).toBe(200);
    await fake.waitFor(() => postsTo(PERSONAL).length > before);
    await surface.drain();
    expect(postsTo(PERSONAL).length).toBe(before + 1);
  });

  it('tells an unregistered Teams user so and does nothing for them', async () => {
    const conv = 'a:personal-stranger';
    const reply = await say({ from: { id: STRANGER }, conversation: { id: conv, conversationType: 'personal' }, text: 'open a ticket for Acme: printer is on fire' });
    expect(reply.activity.text).toContain('nobody@example.com');
    expect((await t.db.query("select 1 from tickets where subject ilike '%printer%'")).rowCount).toBe(0);
    const ghost = await say({ from: { id: '29:ghost' }, conversation: { id: 'a:personal-ghost', conversationType: 'personal' }, text: '帮我查一下本月的新增商机' });
    expect(ghost.activity.text).toMatch(/^没有找到与你的 Teams 账号对应的 CRM 用户/);
  });

  it('apologises plainly when something unexpected fails', async () => {
    const reply = await say({ from: { id: '29:broken' }, conversation: { id: 'a:personal-broken', conversationType: 'personal' }, text: 'win rate' });
    expect(reply.activity.text).toMatch(/^Sorry, something went wrong/);
  });

  it('refuses a body that is not an activity with 400', async () => {
    const res = await post({ hello: 'world' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_input');
    expect((await post('{not json')).status).toBe(400);
  });

  it('creates a ticket from a message through the message action', async () => {
    const invoke = (name: string, value: unknown) => post(activity({ type: 'invoke', name, value }));
    const fetchTask = await invoke('composeExtension/fetchTask', { commandId: 'createTicketFromMessage', commandContext: 'message', messagePayload: { body: { content: '<p>Invoices export times out</p>', contentType: 'html' } } });
    expect(fetchTask.status).toBe(200);
    expect(JSON.stringify(await fetchTask.json())).toContain('Invoices export times out');
    const submit = await invoke('composeExtension/submitAction', { commandId: 'createTicketFromMessage', data: { customer: 'Acme', subject: 'Invoices export times out', priority: 'urgent' } });
    expect(submit.status).toBe(200);
    expect(((await submit.json()) as { task: { value: string } }).task.value).toMatch(/#\d+/);
    expect((await t.db.query<{ priority: string }>("select priority from tickets where subject ilike '%invoices export%'")).rows).toEqual([{ priority: 'urgent' }]);
    const incomplete = await invoke('composeExtension/submitAction', { commandId: 'createTicketFromMessage', data: { subject: 'x' } });
    expect(((await incomplete.json()) as { task: { value: string } }).task.value).toMatch(/customer/);
    const stranger = await post(activity({ type: 'invoke', name: 'composeExtension/submitAction', from: { id: STRANGER }, value: { commandId: 'createTicketFromMessage', data: { customer: 'Acme', subject: 'x' } } }));
    expect(((await stranger.json()) as { task: { value: string } }).task.value).toMatch(/could not find a CRM user/);
  });

  it('sends proactive messages through stored references, also from a freshly started surface', async () => {
    const restarted = createTeamsSurface({ db: t.db, engine: c.engine, log: c.log, teams: {} });
    const before = postsTo(PERSONAL).length;
    await restarted.notifier.notify(managerId, { text: 'Ticket #7 was assigned to you.' });
    await surface.notifier.notify(managerId, { text: 'Digest', title: 'Morning digest', lines: ['3 tickets due'] });
    const sent = postsTo(PERSONAL).slice(before);
    expect(sent[0]!.activity.text).toBe('Ticket #7 was assigned to you.');
    expect(JSON.stringify(sent[1]!.activity)).toContain('Morning digest');
    const nobody = (await t.db.query<{ id: string }>("insert into users (name, email, role) values ('Quiet Agent', 'quiet@example.com', 'agent') returning id")).rows[0]!.id;
    await expect(surface.notifier.notify(nobody, { text: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('greets a user who installs the bot and can reach them proactively before they write', async () => {
    const conv = 'a:personal-ray';
    const res = await post(activity({ type: 'conversationUpdate', from: { id: REP }, conversation: { id: conv, conversationType: 'personal' }, membersAdded: [{ id: '28:crm-bot' }] }));
    expect(res.status).toBe(200);
    expect(postsTo(conv)[0]!.activity.text).toMatch(/^Hi Ray! Ask me about customers/);
    const ray = (await t.db.query<{ id: string }>("select id from users where email = 'ray@example.com'")).rows[0]!.id;
    await surface.notifier.notify(ray, { text: 'Deal Acme renewal moved to negotiation.' });
    expect(postsTo(conv).map((p) => p.activity.text)).toContain('Deal Acme renewal moved to negotiation.');
    const stranger = await post(activity({ type: 'conversationUpdate', locale: 'zh-CN', from: { id: STRANGER }, conversation: { id: 'a:personal-s2', conversationType: 'personal' }, membersAdded: [{ id: '28:crm-bot' }] }));
    expect(stranger.status).toBe(200);
    expect(postsTo('a:personal-s2')[0]!.activity.text).toMatch(/^没有找到与你的 Teams 账号 \(nobody@example\.com\)对应的 CRM 用户/);
  });

  it('refuses activities without a valid token when an app id is configured', async () => {
    const teams = { appId: '00000000-0000-0000-0000-000000000001', appPassword: 'secret', tenantId: 't1' };
    const mount = (app: Express) => void mountTeams(app, { db: t.db, engine: c.engine, log: c.log, teams });
    const s2 = await listen(createHttpApp({ db: t.db, engine: c.engine, log: c.log, registry: new client.Registry(), mount: [mount] }), 0, '127.0.0.1');
    const url = `http://127.0.0.1:${(s2.address() as AddressInfo).port}`;
    try {
      expect((await post(activity({ text: 'hi' }), {}, url)).status).toBe(401);
      const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined); // the SDK prints the refused token
      expect((await post(activity({ text: 'hi' }), { authorization: 'Bearer not-a-real-token' }, url)).status).toBe(401);
      expect((await post(activity({ type: 'invoke', name: 'composeExtension/fetchTask', value: {} }), { authorization: 'Bearer not-a-real-token' }, url)).status).toBe(401);
      spy.mockRestore();
    } finally {
      s2.closeAllConnections();
      await new Promise((r) => s2.close(r));
    }
  });
});
