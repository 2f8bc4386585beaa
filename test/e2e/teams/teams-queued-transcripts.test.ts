import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import client from 'prom-client';
import { buildContainer, type Container } from '../../../src/app/container';
import { createHttpApp, listen } from '../../../src/bots/http-server';
import { createTeamsSurface, type TeamsSurface } from '../../../src/bots/teams/mount-teams';
import { FILE_DOWNLOAD_INFO } from '../../../src/bots/teams/transcript-attachment';
import { loadConfig } from '../../../src/config/config';
import type { InlineQueue } from '../../../src/jobs/inline-queue';
import type { ChatTurnRunners } from '../../../src/jobs/job-deps';
import { finishedJob, startChatTurnQueue } from '../../integration/jobs/support/chat-turn-queue';
import { startFakeBotConnector, type ConnectorCall, type FakeBotConnector } from '../../support/fake-bot-connector';
import { createTestDb, engines, type TestDb } from '../../support/test-db';

const MANAGER = '29:queued-manager';
const PERSONAL = 'a:personal-queued';
const TRANSCRIPT = 'Maria: Thanks for joining, Bob.\nBob: Acme needs the revised quote by Friday.\nMaria: I will send it tomorrow.\n';

// The queue path does not depend on the database engine; one engine keeps this file fast.
describe.each(engines().slice(0, 1))('Teams transcripts on the job queue on %s', (engine) => {
  let t: TestDb;
  let c: Container;
  let fake: FakeBotConnector;
  let surface: TeamsSurface;
  let server: http.Server;
  let base: string;
  let queue: InlineQueue;
  const chatTurns: ChatTurnRunners = {};
  let seq = 0;

  const fileMessage = (name: string) => ({
    type: 'message', id: `q-${++seq}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: fake.url,
    from: { id: MANAGER, name: 'Maria' }, recipient: { id: '28:crm-bot', name: 'CRM' },
    conversation: { id: PERSONAL, conversationType: 'personal', tenantId: 't1' },
    text: 'summarise this call with Acme',
    attachments: [{ contentType: FILE_DOWNLOAD_INFO, name, content: { downloadUrl: `${fake.url}files/${name}`, fileType: name.split('.').pop() } }],
  });
  const send = (body: unknown) => fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const postsTo = () => fake.posts().filter((p) => p.conversationId === PERSONAL);
  const cardOf = (call: ConnectorCall) => JSON.stringify(call.activity.attachments ?? []);

  beforeAll(async () => {
    t = await createTestDb(engine);
    await t.db.query("insert into users (name, email, role) values ('Maria Manager', 'maria@example.com', 'manager')");
    await t.db.query("insert into accounts (name, domain) values ('Acme Corporation', 'acme.com')");
    fake = await startFakeBotConnector({ members: { [MANAGER]: { email: 'maria@example.com', name: 'Maria' } }, files: { 'call.txt': TRANSCRIPT, 'empty.txt': '' } });
    c = await buildContainer(loadConfig({ LOG_LEVEL: 'silent', CRM_SEED_DEMO: 'false' }), { db: t.db });
    queue = (await startChatTurnQueue(t.db, chatTurns)).queue;
    surface = createTeamsSurface({
      db: t.db, engine: c.engine, log: c.log, teams: {},
      enqueueTurn: (data, key) => queue.enqueue('chat.turn', { surface: 'teams', key, data }),
    });
    chatTurns.teams = surface.runTranscriptTurn;
    server = await listen(createHttpApp({ db: t.db, engine: c.engine, log: c.log, registry: new client.Registry(), mount: [surface.mount] }), 0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await queue?.close({ timeoutMs: 5000 });
    await surface?.drain();
    if (server) {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
    await fake?.close();
    await c?.close();
    await t?.drop();
  });

  it('says it is working at once, then a chat.turn job sends the summary with its Save card proactively', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    chatTurns.teams = async (data) => {
      await held;
      await surface.runTranscriptTurn(data);
    };
    const msg = fileMessage('call.txt');
    expect((await send(msg)).status).toBe(200);
    await fake.waitFor(() => postsTo().length >= 1);
    await surface.drain();
    const [working] = postsTo();
    expect(working!.activity.text).toMatch(/Working on the summary of call\.txt/);
    expect(working!.activityId).toBe(msg.id);
    expect(postsTo()).toHaveLength(1);
    expect((await queue.list()).find((j) => j.name === 'chat.turn')?.state).toBe('active');

    release();
    const job = await finishedJob(queue, 'chat.turn');
    chatTurns.teams = surface.runTranscriptTurn;
    expect(job).toMatchObject({ id: `chat/teams/teams_${PERSONAL.replace(':', '_')}_${msg.id}`, state: 'completed', attemptsMade: 1 });
    const [, summary] = postsTo();
    // A proactive message: sent from a continuation of the stored reference, not as a reply in the message's turn.
    expect(summary!.activityId).not.toBe(msg.id);
    expect(cardOf(summary!)).toMatch(/quote/i);
    expect(cardOf(summary!)).toMatch(/Save to Acme/);
    expect(cardOf(summary!)).toMatch(/Cancel/);
  });

  it('tells the user in the chat when the job cannot read the file', async () => {
    const before = postsTo().length;
    expect((await send(fileMessage('gone.vtt'))).status).toBe(200);
    await fake.waitFor(() => postsTo().some((p) => /could not read gone\.vtt/.test(String(p.activity.text))));
    expect(postsTo().slice(before)[0]!.activity.text).toMatch(/Working on/);
  });

  it('refuses job data that is not a Teams turn, and a turn with no stored conversation', async () => {
    await expect(surface.runTranscriptTurn({ nope: true })).rejects.toMatchObject({ code: 'bad_input' });
    const orphan = { channel: 'x', thread: 'y', actorId: '00000000-0000-4000-8000-000000000000', fromId: 'z', text: '', file: { name: 'a.txt', url: `${fake.url}files/call.txt`, fileType: 'txt' } };
    await expect(surface.runTranscriptTurn(orphan)).rejects.toMatchObject({ code: 'not_found' });
  });
});
