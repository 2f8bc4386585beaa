import { eventEnvelope } from '../../support/fake-slack-api';
import { engines } from '../../support/test-db';
import { inChannel, inThread, SlackRig, type Block } from './slack-rig';

const dm = (rig: SlackRig, text: string, extra: Record<string, unknown> = {}) => {
  const ts = rig.nextTs();
  return { ts, event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text, ts, event_ts: ts, ...extra } };
};

// Surface behaviour here does not depend on the database engine (slack-surface.test.ts covers both):
// one engine keeps this file fast, the server when DATABASE_URL is set.
describe.each(engines().slice(0, 1))('Slack conversations, files, modals and notifications on %s', (engine) => {
  const rig = new SlackRig();
  beforeAll(() => rig.start(engine));
  afterAll(() => rig.close());

  it('keeps a direct message conversation going: "yes" confirms what the DM asked', async () => {
    await rig.deliver(eventEnvelope(dm(rig, 'open a ticket for Globex: nightly export is slow').event));
    const [ask] = await rig.waitPosts(inChannel('D1'));
    expect(String(ask!.args.text)).toMatch(/save/i);
    await rig.deliver(eventEnvelope(dm(rig, 'yes').event));
    await rig.waitPosts(inChannel('D1'), 2);
    expect(await rig.ticketCount('%nightly export%')).toBe(1);
  });

  it('continues a thread without a mention only where a dialogue waits', async () => {
    const m = rig.mention('open a ticket');
    await rig.deliver(eventEnvelope(m.event));
    const [question] = await rig.waitPosts(inThread('C1', m.ts));
    expect(String(question!.args.text)).toMatch(/which customer/i);
    const reply = { type: 'message', channel_type: 'channel', channel: 'C1', user: 'U1', text: 'Acme', ts: rig.nextTs(), thread_ts: m.ts };
    await rig.deliver(eventEnvelope(reply));
    const [, next] = await rig.waitPosts(inThread('C1', m.ts), 2);
    // The dialogue went on with the customer filled in (the engine confirms or asks for the subject next).
    expect(String(next!.args.text)).toMatch(/Acme|what is it about/i);

    const stray = { type: 'message', channel_type: 'channel', channel: 'C1', user: 'U1', text: 'unrelated chatter', ts: rig.nextTs(), thread_ts: '1.000001' };
    await rig.deliver(eventEnvelope(stray));
    const strangers = { ...stray, ts: rig.nextTs(), user: 'U404' };
    await rig.deliver(eventEnvelope(strangers));
    const withMention = { ...stray, ts: rig.nextTs(), text: '<@UBOT> hi' };
    await rig.deliver(eventEnvelope(withMention));
    await new Promise((r) => setTimeout(r, 300));
    expect(rig.posts(inThread('C1', '1.000001'))).toHaveLength(0);
  });

  it('ignores bots, including itself', async () => {
    await rig.deliver(eventEnvelope({ ...dm(rig, 'open a ticket for Acme: from a bot').event, bot_id: 'B9', subtype: 'bot_message' }));
    await rig.deliver(eventEnvelope({ ...dm(rig, 'open a ticket for Acme: from myself').event, user: 'UBOT', channel: 'D9' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(rig.posts((a) => a.channel === 'D9' || String(a.text).includes('from a bot'))).toHaveLength(0);
  });

  it('answers /crm in the channel', async () => {
    const res = await rig.deliver({ command: '/crm', text: 'help', user_id: 'U1', channel_id: 'C7', team_id: 'T1', trigger_id: '9.9', response_url: `${rig.fake.url}/respond`, token: 'x', api_app_id: 'A1' }, { form: 'command' });
    expect(res.status).toBe(200);
    const [reply] = await rig.waitPosts(inChannel('C7'));
    expect(String(reply!.args.text).length).toBeGreaterThan(20);
  });

  it('summarises a shared .vtt transcript, saying first that it is working', async () => {
    rig.fake.files.set('F1', { name: 'initech-call.vtt', content: 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Dana>Thanks for the time today.\n\n00:00:03.000 --> 00:00:06.000\n<v Bob>We need a quote for 50 seats by Friday.\n' });
    const msg = dm(rig, 'summarise this call with Initech', { subtype: 'file_share', channel: 'D2', files: [{ id: 'F1', name: 'initech-call.vtt' }] });
    await rig.deliver(eventEnvelope(msg.event));
    const [working, summary] = await rig.waitPosts(inChannel('D2'), 2);
    expect(String(working!.args.text)).toMatch(/working on the summary/i);
    expect(rig.fake.called('files.info').map((c) => c.args.file)).toContain('F1');
    expect(rig.fake.downloads).toContainEqual({ path: '/files/F1', token: 'xoxb-test' });
    expect(String(summary!.args.text)).toMatch(/Initech/);
    const save = (summary!.args.blocks as Block[]).find((b) => b.type === 'actions');
    expect(save?.elements?.[0]?.text.text).toBe('Save to Initech');
    expect(String(summary!.args.text).length).toBeGreaterThan(40);
  });

  it('says it is working before summarising a pasted transcript', async () => {
    const msg = dm(rig, 'summarise this call with Initech:\nDana: Thanks for the time.\nBob: Send a quote for 50 seats.\nDana: Will do by Friday.', { channel: 'D4' });
    await rig.deliver(eventEnvelope(msg.event));
    const [working, summary] = await rig.waitPosts(inChannel('D4'), 2);
    expect(String(working!.args.text)).toMatch(/working on the summary/i);
    expect(String(summary!.args.text)).toMatch(/quote/i);
  });

  it('opens the New ticket modal and shows a bad field in it', async () => {
    const sc = await rig.deliver({ type: 'shortcut', callback_id: 'crm_new_ticket', trigger_id: 'T-42', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, token: 'x', action_ts: '1' }, { form: 'payload' });
    expect(sc.status).toBe(200);
    const open = await rig.fake.waitFor(() => rig.fake.called('views.open').find((v) => v.args.trigger_id === 'T-42'));
    const view = open.args.view as { callback_id: string };
    const submit = (subject: string) => rig.deliver({
      type: 'view_submission', token: 'x', api_app_id: 'A1', trigger_id: 'T-43', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' },
      view: { id: 'V1', type: 'modal', callback_id: view.callback_id, private_metadata: '', hash: 'h', state: { values: {
        customer: { value: { type: 'plain_text_input', value: 'Acme' } },
        subject: { value: { type: 'plain_text_input', value: subject } },
        priority: { value: { type: 'static_select', selected_option: { value: 'high', text: { type: 'plain_text', text: 'high' } } } },
        description: { value: { type: 'plain_text_input', value: null } },
      } } },
    }, { form: 'payload' });
    const bad = await submit('!!');
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.text)).toEqual({ response_action: 'errors', errors: { subject: expect.stringMatching(/at least 3/) } });
    const good = await submit('Webhooks fail after upgrade');
    expect(good.status).toBe(200);
    expect(good.text).toBe('');
    const [ask] = await rig.waitPosts(inChannel('DU1'));
    expect(String(ask!.args.text)).toMatch(/Webhooks fail/);
  });

  it('waits out a 429 from the Web API and still answers', async () => {
    rig.fake.throttle('chat.postMessage', 1, 1);
    const m = rig.mention('help', { channel: 'C429' });
    await rig.deliver(eventEnvelope(m.event));
    await rig.fake.waitFor(() => rig.posts(inThread('C429', m.ts)).length === 1, 10_000);
    expect(rig.fake.calls.some((c) => c.method === 'chat.postMessage#429')).toBe(true);
  });

  it('turns a message into a ticket through the message shortcut, linking the message and answering in its thread', async () => {
    const ts = rig.nextTs();
    await rig.deliver({ type: 'message_action', callback_id: 'crm_ticket_from_message', trigger_id: 'T-7', token: 'x', team: { id: 'T1' }, user: { id: 'U1' }, channel: { id: 'C5', name: 'support' }, message_ts: ts, message: { type: 'message', user: 'U2', ts, text: 'Mobile app crashes on login\nsince the last update' }, response_url: `${rig.fake.url}/respond` }, { form: 'payload' });
    const open = await rig.fake.waitFor(() => rig.fake.called('views.open').find((v) => v.args.trigger_id === 'T-7'));
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: Array<{ block_id: string; element: { initial_value?: string } }> };
    expect(view.blocks.find((b) => b.block_id === 'subject')!.element.initial_value).toBe('Mobile app crashes on login');
    await rig.deliver({
      type: 'view_submission', token: 'x', api_app_id: 'A1', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' },
      view: { id: 'V7', type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, hash: 'h', state: { values: {
        customer: { value: { type: 'plain_text_input', value: 'Acme' } },
        subject: { value: { type: 'plain_text_input', value: 'Mobile app crashes on login' } },
        priority: { value: { type: 'static_select', selected_option: { value: 'high', text: { type: 'plain_text', text: 'high' } } } },
      } } },
    }, { form: 'payload' });
    const [reply] = await rig.waitPosts(inThread('C5', ts));
    expect(rig.fake.called('chat.getPermalink').some((p) => p.args.message_ts === ts)).toBe(true);
    expect(String(reply!.args.text)).toMatch(/Acme/);
    expect((reply!.args.blocks as Block[]).some((b) => b.type === 'actions')).toBe(true);
  });

  it('opens the Log call modal from a message', async () => {
    const ts = rig.nextTs();
    await rig.deliver({ type: 'message_action', callback_id: 'crm_call_note_from_message', trigger_id: 'T-8', token: 'x', team: { id: 'T1' }, user: { id: 'U1' }, channel: { id: 'C5' }, message_ts: ts, message: { type: 'message', user: 'U2', ts, text: 'Initech wants a quote' } }, { form: 'payload' });
    const open = await rig.fake.waitFor(() => rig.fake.called('views.open').find((v) => v.args.trigger_id === 'T-8'));
    expect((open.args.view as { callback_id: string }).callback_id).toBe('crm_log_call_modal');
  });

  it('publishes App Home for a registered user', async () => {
    await rig.deliver(eventEnvelope({ type: 'app_home_opened', user: 'U1', channel: 'DHOME', tab: 'home', event_ts: rig.nextTs() }));
    const pub = await rig.fake.waitFor(() => rig.fake.called('views.publish').find((v) => v.args.user_id === 'U1'));
    const blocks = (pub.args.view as { blocks: Block[] }).blocks;
    expect(blocks[0]!.text!.text).toMatch(/Dana Rep/);
    expect(JSON.stringify(blocks)).toMatch(/Your numbers/);
  });

  it('sends notifications to the CRM user as a direct message', async () => {
    await rig.surface.notifier.notify(rig.danaId, { text: 'Ticket #7 was assigned to you', title: 'New assignment', lines: ['Acme: SSO'] });
    const [n] = await rig.waitPosts((a) => a.channel === 'U1');
    expect(String(n!.args.text)).toBe('Ticket #7 was assigned to you');
    expect(rig.fake.called('users.lookupByEmail').map((c) => c.args.email)).toContain('dana@example.com');
  });

  it('treats a Slack user without a visible email as not registered', async () => {
    const m = rig.mention('help', { user: 'UNOMAIL' });
    await rig.deliver(eventEnvelope(m.event));
    const [reply] = await rig.waitPosts(inThread('C1', m.ts));
    expect(String(reply!.args.text)).toMatch(/not registered/);
  });
});
