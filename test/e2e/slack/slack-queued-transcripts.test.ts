import { eventEnvelope } from '../../support/fake-slack-api';
import { engines } from '../../support/test-db';
import { finishedJob } from '../../integration/jobs/support/chat-turn-queue';
import { inThread, SlackRig, type Block } from './slack-rig';

const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Dana>Thanks for the time today.\n\n00:00:03.000 --> 00:00:06.000\n<v Bob>We need a quote for 50 seats by Friday.\n';

/** Holds the chat.turn runner until released, to see what the user is told before the job runs. */
function gate(rig: SlackRig): { release: () => void; started: Promise<void> } {
  const real = rig.chatTurns.slack!;
  let release!: () => void;
  let started!: () => void;
  const open = new Promise<void>((r) => (release = r));
  const startedP = new Promise<void>((r) => (started = r));
  rig.chatTurns.slack = async (data) => {
    started();
    await open;
    rig.chatTurns.slack = real;
    await real(data);
  };
  return { release, started: startedP };
}

// The queue path does not depend on the database engine; one engine keeps this file fast.
describe.each(engines().slice(0, 1))('Slack transcripts on the job queue on %s', (engine) => {
  const rig = new SlackRig();
  beforeAll(() => rig.start(engine, { queued: true }));
  afterAll(() => rig.close());

  it('says it is working at once, then a chat.turn job posts the summary with its Save button in the thread', async () => {
    rig.fake.files.set('FQ1', { name: 'initech-call.vtt', content: VTT });
    const held = gate(rig);
    const m = rig.mention('summarise this call with Initech', { channel: 'CQ', files: [{ id: 'FQ1', name: 'initech-call.vtt' }] });
    const envelope = eventEnvelope(m.event, 'EvQueued1');
    expect((await rig.deliver(envelope)).status).toBe(200);

    const [working] = await rig.waitPosts(inThread('CQ', m.ts));
    expect(String(working!.args.text)).toMatch(/working on the summary/i);
    await held.started;
    expect(rig.posts(inThread('CQ', m.ts))).toHaveLength(1);
    // Not downloaded on the ack path: the job does it.
    expect(rig.fake.downloads.some((d) => d.path === '/files/FQ1')).toBe(false);
    expect((await rig.queue!.list()).find((j) => j.id === 'chat/slack/EvQueued1')?.state).toBe('active');

    held.release();
    const [, summary] = await rig.waitPosts(inThread('CQ', m.ts), 2);
    expect(String(summary!.args.text)).toMatch(/Initech/);
    const save = (summary!.args.blocks as Block[]).find((b) => b.type === 'actions');
    expect(save?.elements?.[0]?.text.text).toBe('Save to Initech');
    expect(rig.fake.downloads).toContainEqual({ path: '/files/FQ1', token: 'xoxb-test' });
    const job = await finishedJob(rig.queue!, 'chat.turn');
    expect(job).toMatchObject({ id: 'chat/slack/EvQueued1', state: 'completed', attemptsMade: 1 });
    expect(job.payload).toMatchObject({ surface: 'slack', key: 'EvQueued1', data: { fileId: 'FQ1', turn: { channel: 'CQ', replyTs: m.ts } } });
  });

  it('queues a pasted transcript too, and a redelivered event stays one job', async () => {
    const m = rig.mention('summarise this call with Initech:\nDana: Thanks for the time.\nBob: Send a quote for 50 seats.\nDana: Will do by Friday.', { channel: 'CQ2' });
    await rig.deliver(eventEnvelope(m.event, 'EvQueued2'));
    const [working, summary] = await rig.waitPosts(inThread('CQ2', m.ts), 2);
    expect(String(working!.args.text)).toMatch(/working on the summary/i);
    expect(String(summary!.args.text)).toMatch(/quote/i);
    await rig.deliver(eventEnvelope(m.event, 'EvQueued2'), { retryNum: 1 });
    expect(await rig.queue!.enqueue('chat.turn', { surface: 'slack', key: 'EvQueued2', data: {} })).toEqual({ id: 'chat/slack/EvQueued2', deduplicated: true });
    await new Promise((r) => setTimeout(r, 200));
    const jobs = (await rig.queue!.list()).filter((j) => j.id === 'chat/slack/EvQueued2');
    expect(jobs).toEqual([expect.objectContaining({ state: 'completed' })]);
    expect(rig.posts(inThread('CQ2', m.ts))).toHaveLength(2);
  });

  it('answers a file that turns out unreadable by the job as the plain message', async () => {
    rig.fake.files.set('FQ3', { name: 'notes.txt', content: '   ' });
    const m = rig.mention('help', { channel: 'CQ3', files: [{ id: 'FQ3' }] });
    await rig.deliver(eventEnvelope(m.event, 'EvQueued3'));
    const [working, reply] = await rig.waitPosts(inThread('CQ3', m.ts), 2);
    expect(String(working!.args.text)).toMatch(/working on the summary/i);
    expect(String(reply!.args.text)).not.toMatch(/Save to/);
  });

  it('summarises in place when the queue refuses the turn', async () => {
    await rig.queue!.close();
    const m = rig.mention('summarise this call with Initech:\nDana: Thanks for the time.\nBob: Send a quote for 50 seats.\nDana: Will do by Friday.', { channel: 'CQ4' });
    await rig.deliver(eventEnvelope(m.event));
    const [working, summary] = await rig.waitPosts(inThread('CQ4', m.ts), 2);
    expect(String(working!.args.text)).toMatch(/working on the summary/i);
    expect(String(summary!.args.text)).toMatch(/quote/i);
  });

  it('refuses a chat.turn whose data is not a Slack turn', async () => {
    await expect(rig.surface.runTranscriptTurn({ nope: true })).rejects.toMatchObject({ code: 'bad_input' });
  });
});
