import { eventEnvelope } from '../../support/fake-slack-api';
import { engines } from '../../support/test-db';
import { inChannel, inThread, SlackRig, type Block } from './slack-rig';

const submission = (callbackId: string, values: Record<string, string>, privateMetadata = '') => ({
  type: 'view_submission', token: 'x', api_app_id: 'A1', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' },
  view: { id: 'V9', type: 'modal', callback_id: callbackId, private_metadata: privateMetadata, hash: 'h', state: { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: { type: 'plain_text_input', value: v } }])) } },
});

// Menus, call modals, failures and fallbacks; engine-independent, so one engine (the server when DATABASE_URL is set).
describe.each(engines().slice(0, 1))('Slack menus, modals and failures on %s', (engine) => {
  const rig = new SlackRig();
  beforeAll(async () => {
    await rig.start(engine);
    await rig.c.db.query(`insert into accounts (name, owner_id) values ('Umbrella Corp', $1), ('Umbrella Ltd', $1)`, [rig.danaId]);
  });
  afterAll(() => rig.close());

  it('asks which customer with a menu, and the chosen one answers the dialogue', async () => {
    const m = rig.mention('open a ticket for Umbrella: badge reader broken');
    await rig.deliver(eventEnvelope(m.event));
    const [menu] = await rig.waitPosts(inThread('C1', m.ts));
    expect((menu!.args.blocks as Block[]).some((b) => b.accessory?.type === 'static_select')).toBe(true);
    await rig.use(menu!, { choose: 1 });
    const update = await rig.fake.waitFor(() => rig.fake.called('chat.update').find((u) => u.args.ts === menu!.result!.ts));
    expect((update.args.blocks as Block[]).some((b) => b.accessory)).toBe(false);
    const [, ask] = await rig.waitPosts(inThread('C1', m.ts), 2);
    expect(String(ask!.args.text)).toMatch(/Umbrella Ltd/);
    await rig.use(ask!, { button: 'crm_button:cancel' });
    const [, , cancelled] = await rig.waitPosts(inThread('C1', m.ts), 3);
    expect(String(cancelled!.args.text)).toMatch(/cancel/i);
    expect(await rig.ticketCount('%badge reader%')).toBe(0);
  });

  it('edits a pending ticket in a modal, shows a bad field there, then saves the edited version once', async () => {
    const m = rig.mention('open a ticket for Acme: exports time out');
    await rig.deliver(eventEnvelope(m.event));
    const [ask] = await rig.waitPosts(inThread('C1', m.ts));
    const actions = (ask!.args.blocks as Block[]).find((b) => b.type === 'actions')!;
    const edit = actions.elements!.find((e) => e.action_id === 'crm_edit')!;
    const ts = String(ask!.result!.ts);
    await rig.deliver({
      type: 'block_actions', token: 'x', api_app_id: 'A1', trigger_id: 'T-EDIT', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' },
      channel: { id: 'C1' }, container: { type: 'message', message_ts: ts, channel_id: 'C1' },
      message: { type: 'message', ts, thread_ts: m.ts, user: 'UBOT', bot_id: 'BBOT', text: ask!.args.text, blocks: ask!.args.blocks },
      actions: [{ type: 'button', action_id: 'crm_edit', block_id: actions.block_id, value: edit.value, text: { type: 'plain_text', text: 'Edit…' }, action_ts: '1' }],
    }, { form: 'payload' });
    const open = await rig.fake.waitFor(() => rig.fake.called('views.open').find((v) => v.args.trigger_id === 'T-EDIT'));
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: Array<{ block_id: string; element: { initial_value?: string } }> };
    expect(view.blocks.find((b) => b.block_id === 'customer')!.element.initial_value).toBe('Acme');
    const submit = (subject: string) => rig.deliver(submission('crm_new_ticket_modal', { customer: 'Acme', subject }, view.private_metadata), { form: 'payload' });
    expect(JSON.parse((await submit('x')).text).errors.subject).toMatch(/at least 3/);
    await submit('CSV exports time out after 30s');
    const superseded = await rig.fake.waitFor(() => rig.fake.called('chat.update').find((u) => u.args.ts === ts));
    expect(String(superseded.args.text)).toMatch(/Edited/);
    const [, again] = await rig.waitPosts(inThread('C1', m.ts), 2);
    expect(String(again!.args.text)).toMatch(/CSV exports/);
    await rig.use(again!, { button: 'crm_button:confirm' });
    await rig.waitPosts(inThread('C1', m.ts), 3);
    expect(await rig.ticketCount('%CSV exports time out%')).toBe(1);
    expect(await rig.ticketCount('exports time out')).toBe(0);
  });

  it('posts a chart as a PNG in the thread after the numbers', async () => {
    await rig.c.db.query(`insert into tickets (account_id, subject, priority, assignee_id) select id, 'Chart ' || p, p, owner_id from accounts, unnest(array['high', 'urgent', 'high']) as p where name = 'Globex'`);
    const m = rig.mention('open tickets by priority');
    await rig.deliver(eventEnvelope(m.event));
    const done = await rig.fake.waitFor(() => rig.fake.called('files.completeUploadExternal').find((c) => c.args.thread_ts === m.ts));
    expect(done.args.channel_id).toBe('C1');
    const [uploadUrl] = rig.fake.called('files.getUploadURLExternal');
    expect(uploadUrl!.args.filename).toBe('chart.png');
    expect([...rig.fake.uploads.values()][0]).toBeGreaterThan(1000);
    const [reply] = rig.posts(inThread('C1', m.ts));
    expect(JSON.stringify(reply!.args.blocks)).toContain(':bar_chart:');
  });

  it('logs a call from the Log call modal, asking in a DM, and shows a too-short note in the modal', async () => {
    const bad = await rig.deliver(submission('crm_log_call_modal', { customer: 'Initech', note: 'hi' }), { form: 'payload' });
    expect(JSON.parse(bad.text)).toEqual({ response_action: 'errors', errors: { note: expect.stringMatching(/at least 5/) } });
    await rig.deliver(submission('crm_log_call_modal', { customer: 'Initech', note: 'They want a quote for 50 seats.' }, '{"channel":"C8","thread":"5.5","replyTs":"5.5","ts":"5.6"}'), { form: 'payload' });
    const [ask] = await rig.waitPosts(inThread('C8', '5.5'));
    expect(String(ask!.args.text)).toMatch(/Initech/);
    expect(rig.fake.called('chat.getPermalink').some((p) => p.args.message_ts === '5.6')).toBe(true);
  });

  it('answers a modal with unreadable metadata in a DM', async () => {
    await rig.deliver(submission('crm_new_ticket_modal', { customer: 'Globex', subject: 'Reports are empty' }, '{not json'), { form: 'payload' });
    const [ask] = await rig.waitPosts((a) => a.channel === 'DU1');
    expect(ask!.args.thread_ts).toBeUndefined();
  });

  it('answers /crm through its response_url in a channel the bot is not in', async () => {
    rig.fake.notInChannel.add('CNOPE');
    await rig.deliver({ command: '/crm', text: 'help', user_id: 'U1', channel_id: 'CNOPE', team_id: 'T1', trigger_id: '9.8', response_url: `${rig.fake.url}/respond/1`, token: 'x', api_app_id: 'A1' }, { form: 'command' });
    const answer = await rig.fake.waitFor(() => rig.fake.responses.find((r) => String(r.text).length > 20));
    expect(answer.response_type).toBe('in_channel');

    await rig.deliver({ command: '/crm', text: 'open a ticket for Globex: invoice PDF is blank', user_id: 'U1', channel_id: 'CNOPE', team_id: 'T1', trigger_id: '9.7', response_url: `${rig.fake.url}/respond/2`, token: 'x', api_app_id: 'A1' }, { form: 'command' });
    const ask = await rig.fake.waitFor(() => rig.fake.responses.find((r) => String(r.text).includes('invoice PDF')));
    const actions = (ask.blocks as Block[]).find((b) => b.type === 'actions')!;
    await rig.deliver({
      type: 'block_actions', token: 'x', api_app_id: 'A1', trigger_id: '1', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, channel: { id: 'CNOPE' },
      container: { type: 'message', message_ts: '7.7', channel_id: 'CNOPE' }, response_url: `${rig.fake.url}/respond/3`,
      message: { type: 'message', ts: '7.7', user: 'UBOT', bot_id: 'BBOT', text: ask.text, blocks: ask.blocks },
      actions: [{ type: 'button', action_id: 'crm_button:confirm', block_id: actions.block_id, value: 'yes', text: { type: 'plain_text', text: 'Confirm' }, action_ts: '1' }],
    }, { form: 'payload' });
    await rig.fake.waitFor(() => rig.fake.responses.find((r) => r.replace_original === true));
    await rig.fake.waitFor(() => rig.fake.responses.find((r) => /#\d+/.test(String(r.text))));
    expect(await rig.ticketCount('%invoice PDF is blank%')).toBe(1);
  });

  it('apologises when the Slack user cannot be looked up', async () => {
    const m = rig.mention('help', { user: 'UGHOST' });
    await rig.deliver(eventEnvelope(m.event));
    const [reply] = await rig.waitPosts(inThread('C1', m.ts));
    expect(String(reply!.args.text)).toMatch(/something went wrong/);
  });

  it('treats a file that is not a transcript as a plain message, and never sends the token elsewhere', async () => {
    rig.fake.files.set('FPDF', { name: 'deck.pdf', content: '%PDF' });
    const ts = rig.nextTs();
    await rig.deliver(eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D3', user: 'U1', subtype: 'file_share', text: 'help', ts, files: [{ id: 'FPDF' }, { id: 'FMISSING' }] }));
    const [reply] = await rig.waitPosts(inChannel('D3'));
    expect(String(reply!.args.text)).not.toMatch(/working on the summary/i);
    expect(rig.fake.downloads.some((d) => d.path.includes('FPDF'))).toBe(false);
  });

  it('does not notify users who are unknown or not in Slack', async () => {
    const before = rig.fake.called('chat.postMessage').length;
    await rig.surface.notifier.notify('00000000-0000-0000-0000-000000000000', { text: 'x' });
    const other = await rig.c.db.query<{ id: string }>(`insert into users (name, email, role) values ('Offline Olga', 'olga@example.com', 'agent') returning id`);
    await rig.surface.notifier.notify(other.rows[0]!.id, { text: 'Ticket assigned', link: 'https://crm.example.com/t/1' });
    expect(rig.fake.called('chat.postMessage').length).toBe(before);
  });

  it('tells an unregistered user on App Home how to get access', async () => {
    await rig.deliver(eventEnvelope({ type: 'app_home_opened', user: 'U404', channel: 'DH', tab: 'home', event_ts: rig.nextTs() }));
    const pub = await rig.fake.waitFor(() => rig.fake.called('views.publish').find((v) => v.args.user_id === 'U404'));
    expect((pub.args.view as { blocks: Block[] }).blocks[0]!.text!.text).toMatch(/not registered/);
    await rig.deliver(eventEnvelope({ type: 'app_home_opened', user: 'U1', channel: 'DH', tab: 'messages', event_ts: rig.nextTs() }));
  });
});
