import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import client from 'prom-client';
import { buildContainer, type Container } from '../../../src/app/container';
import { createHttpApp, listen } from '../../../src/bots/http-server';
import { mountSlack, type SlackSurface } from '../../../src/bots/slack/slack-app';
import { loadConfig } from '../../../src/config/config';
import type { InlineQueue } from '../../../src/jobs/inline-queue';
import type { ChatTurnRunners } from '../../../src/jobs/job-deps';
import { silentLogger } from '../../../src/shared/logger';
import { startChatTurnQueue } from '../../integration/jobs/support/chat-turn-queue';
import { deliver, FakeSlackApi, type SlackCall } from '../../support/fake-slack-api';
import { createTestDb, type Engine, type TestDb } from '../../support/test-db';

export const SECRET = 'test-signing-secret';

export type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: Array<{ action_id: string; value: string; text: { text: string } }>;
  accessory?: { type: string; action_id: string; options: Array<{ value: string; text: { text: string } }> };
};

/** The real app (engine + Slack mount) on a test database, listening on 127.0.0.1, with a fake Web API. */
export class SlackRig {
  c!: Container;
  tdb!: TestDb;
  fake!: FakeSlackApi;
  surface!: SlackSurface;
  base = '';
  danaId = '';
  /** With `queued`: the job queue transcript turns go through. */
  queue?: InlineQueue;
  chatTurns: ChatTurnRunners = {};
  private server?: http.Server;
  private seq = 0;

  async start(engine: Engine, opts: { queued?: boolean } = {}): Promise<this> {
    this.fake = await new FakeSlackApi().start();
    this.tdb = await createTestDb(engine);
    const config = loadConfig({ LOG_LEVEL: 'silent', SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: this.fake.apiUrl });
    this.c = await buildContainer(config, { db: this.tdb.db, log: silentLogger });
    const dana = await this.tdb.db.query<{ id: string }>(`insert into users (name, email, role) values ('Dana Rep', 'dana@example.com', 'rep') returning id`);
    this.danaId = dana.rows[0]!.id;
    await this.tdb.db.query(`insert into accounts (name, owner_id) values ('Acme', $1), ('Initech', $1), ('Globex', $1)`, [this.danaId]);
    this.fake.users.set('U1', { email: 'Dana@Example.com' });
    this.fake.users.set('U404', { email: 'stranger@example.com' });
    this.fake.users.set('UNOMAIL', {});
    if (opts.queued) this.queue = (await startChatTurnQueue(this.c.db, this.chatTurns)).queue;
    const queue = this.queue;
    const enqueueTurn = queue && ((data: Record<string, unknown>, key?: string) => queue.enqueue('chat.turn', { surface: 'slack', key, data }));
    const app = createHttpApp({
      db: this.c.db,
      engine: this.c.engine,
      log: silentLogger,
      registry: new client.Registry(),
      mount: [(a) => (this.surface = mountSlack(a, { db: this.c.db, engine: this.c.engine, log: silentLogger, slack: config.slack, pace: { burst: 50, intervalMs: 1 }, retry: { retries: 2, minTimeout: 10, maxTimeout: 50 }, enqueueTurn }))],
    });
    this.server = await listen(app, 0, '127.0.0.1');
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.chatTurns.slack = (data) => this.surface.runTranscriptTurn(data);
    return this;
  }

  async close(): Promise<void> {
    await this.queue?.close({ timeoutMs: 5000 });
    await this.surface?.stop();
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    await this.c?.close();
    await this.tdb?.drop();
    await this.fake?.stop();
  }

  nextTs(): string {
    return `${1_800_000_000 + ++this.seq}.000200`;
  }

  deliver(body: Record<string, unknown>, opts?: Parameters<typeof deliver>[3]) {
    return deliver(this.base, SECRET, body, opts);
  }

  posts(pred: (a: Record<string, unknown>) => boolean): SlackCall[] {
    return this.fake.called('chat.postMessage').filter((p) => pred(p.args));
  }

  waitPosts(pred: (a: Record<string, unknown>) => boolean, n = 1): Promise<SlackCall[]> {
    return this.fake.waitFor(() => (this.posts(pred).length >= n ? this.posts(pred) : undefined));
  }

  mention(text: string, o: { user?: string; channel?: string; ts?: string; thread_ts?: string; files?: unknown[] } = {}) {
    const ts = o.ts ?? this.nextTs();
    const event = { type: 'app_mention', user: o.user ?? 'U1', text: `<@UBOT> ${text}`, ts, channel: o.channel ?? 'C1', event_ts: ts, ...(o.thread_ts ? { thread_ts: o.thread_ts } : {}), ...(o.files ? { files: o.files } : {}) };
    return { ts, event };
  }

  async ticketCount(subjectLike: string): Promise<number> {
    return Number((await this.c.db.query<{ n: number }>('select count(*)::int as n from tickets where subject ilike $1', [subjectLike])).rows[0]!.n);
  }

  /** Uses a control of a posted message (a button by action id prefix, or the select menu), as Slack's request would. */
  use(post: SlackCall, control: { button: string } | { choose: number }, user = 'U1') {
    const blocks = post.args.blocks as Block[];
    const ts = String(post.result!.ts);
    let action: Record<string, unknown>;
    if ('button' in control) {
      const block = blocks.find((b) => b.type === 'actions')!;
      const btn = block.elements!.find((e) => e.action_id.startsWith(control.button))!;
      action = { type: 'button', action_id: btn.action_id, block_id: block.block_id, value: btn.value, text: { type: 'plain_text', text: btn.text.text }, action_ts: '1.1' };
    } else {
      const block = blocks.find((b) => b.accessory?.type === 'static_select')!;
      const opt = block.accessory!.options[control.choose]!;
      action = { type: 'static_select', action_id: block.accessory!.action_id, block_id: block.block_id, selected_option: { text: { type: 'plain_text', text: opt.text.text }, value: opt.value }, action_ts: '1.1' };
    }
    return this.deliver({
      type: 'block_actions', token: 'x', api_app_id: 'A1', trigger_id: '1.2.3', user: { id: user, team_id: 'T1' }, team: { id: 'T1', domain: 't' },
      container: { type: 'message', message_ts: ts, channel_id: post.args.channel, is_ephemeral: false },
      channel: { id: post.args.channel, name: 'general' },
      message: { type: 'message', ts, user: 'UBOT', bot_id: 'BBOT', text: post.args.text, blocks, ...(post.args.thread_ts ? { thread_ts: post.args.thread_ts } : {}) },
      actions: [action],
    }, { form: 'payload' });
  }
}

export const inThread = (channel: string, ts: string) => (a: Record<string, unknown>) => a.channel === channel && a.thread_ts === ts;
export const inChannel = (channel: string) => (a: Record<string, unknown>) => a.channel === channel && a.thread_ts === undefined;
