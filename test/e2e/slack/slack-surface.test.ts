import { eventEnvelope } from '../../support/fake-slack-api';
import { engines } from '../../support/test-db';
import { inThread, SlackRig, type Block } from './slack-rig';

const HAN = /\p{Script=Han}/u;

describe.each(engines())('Slack surface over HTTP on %s', (engine) => {
  const rig = new SlackRig();
  beforeAll(() => rig.start(engine));
  afterAll(() => rig.close());

  it('creates a ticket from a mention once the confirm button is pressed, and removes the buttons', async () => {
    const m = rig.mention('open a P1 ticket for Acme, their SSO login is broken');
    expect((await rig.deliver(eventEnvelope(m.event))).status).toBe(200);
    const [ask] = await rig.waitPosts(inThread('C1', m.ts));
    expect(String(ask!.args.text)).toMatch(/save/i);
    expect(ask!.token).toBe('xoxb-test');
    expect(await rig.ticketCount('%SSO login%')).toBe(0);

    expect((await rig.use(ask!, { button: 'crm_button:confirm' })).status).toBe(200);
    const update = await rig.fake.waitFor(() => rig.fake.called('chat.update').find((u) => u.args.ts === ask!.result!.ts));
    expect((update.args.blocks as Block[]).some((b) => b.type === 'actions')).toBe(false);
    const [, done] = await rig.waitPosts(inThread('C1', m.ts), 2);
    expect(String(done!.args.text)).toMatch(/#\d+/);
    const t = await rig.c.db.query<{ priority: string; name: string }>(`select t.priority, a.name from tickets t join accounts a on a.id = t.account_id where t.subject ilike '%SSO login%'`);
    expect(t.rows).toEqual([{ priority: 'urgent', name: 'Acme' }]);
  });

  it('acts once on an event delivered three times', async () => {
    const m = rig.mention('open a ticket for Initech: invoices are duplicated');
    const env = eventEnvelope(m.event);
    const codes = [];
    for (const retryNum of [0, 1, 2]) codes.push((await rig.deliver(env, { retryNum })).status);
    expect(codes).toEqual([200, 200, 200]);
    const [ask] = await rig.waitPosts(inThread('C1', m.ts));
    await rig.use(ask!, { button: 'crm_button:confirm' });
    await rig.waitPosts(inThread('C1', m.ts), 2);
    await new Promise((r) => setTimeout(r, 200));
    expect(rig.posts(inThread('C1', m.ts))).toHaveLength(2);
    expect(await rig.ticketCount('%invoices are duplicated%')).toBe(1);
  });

  it('refuses a bad signature or a stale timestamp with 401', async () => {
    const env = eventEnvelope(rig.mention('hello').event);
    expect((await rig.deliver(env, { signature: 'v0=deadbeef' })).status).toBe(401);
    expect((await rig.deliver(env, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect(rig.fake.called('chat.postMessage').some((p) => p.args.thread_ts === (env.event as { ts: string }).ts)).toBe(false);
  });

  it('tells an unknown Slack user they are not registered and does nothing', async () => {
    const m = rig.mention('open a ticket for Acme: printer is on fire', { user: 'U404' });
    await rig.deliver(eventEnvelope(m.event));
    const [reply] = await rig.waitPosts(inThread('C1', m.ts));
    expect(String(reply!.args.text)).toMatch(/not registered/);
    expect((reply!.args.blocks as Block[]).some((b) => b.type === 'actions')).toBe(false);
    expect(await rig.ticketCount('%printer is on fire%')).toBe(0);
    const n = await rig.c.db.query('select 1 from conversations where thread = $1', [m.ts]);
    expect(n.rowCount).toBe(0);
  });

  it('answers in Chinese to a Chinese message', async () => {
    const m = rig.mention('给Acme开一个紧急工单，单点登录失败');
    await rig.deliver(eventEnvelope(m.event));
    const [reply] = await rig.waitPosts(inThread('C1', m.ts));
    expect(String(reply!.args.text)).toMatch(HAN);
    const buttons = (reply!.args.blocks as Block[]).find((b) => b.type === 'actions');
    expect(buttons?.elements?.map((e) => e.text.text)).toEqual(['确认', '取消', '编辑…']);
  });
});
