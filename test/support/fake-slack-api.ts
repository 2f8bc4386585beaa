import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded Web API call: the method, its arguments (JSON fields decoded) and the bearer token used. */
export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  at: number;
  /** What the fake answered (e.g. the ts of a posted message). */
  result?: Record<string, unknown>;
}

export interface FakeSlackUser {
  email?: string;
  is_bot?: boolean;
}

export interface FakeFile {
  name: string;
  filetype?: string;
  content: string;
}

/**
 * A Slack Web API twin on 127.0.0.1 for tests and benches: answers the methods the bot uses, records every call,
 * serves file downloads, and can answer 429 with Retry-After, or enforce a per-channel posting limit, like Slack.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  readonly downloads: Array<{ path: string; token?: string }> = [];
  /** Messages posted to a response_url (slash commands, buttons). */
  readonly responses: Array<Record<string, unknown>> = [];
  /** Channels the bot is not a member of: chat.postMessage there answers not_in_channel. */
  readonly notInChannel = new Set<string>();
  /** Bytes received by files.uploadV2's external upload step, by file id. */
  readonly uploads = new Map<string, number>();
  readonly users = new Map<string, FakeSlackUser>();
  readonly files = new Map<string, FakeFile>();
  readonly botUserId = 'UBOT';
  readonly botId = 'BBOT';
  /** Answer the next n calls of a method with 429 and this Retry-After (seconds). */
  private readonly throttled = new Map<string, { n: number; retryAfter: number }>();
  /** When set, chat.postMessage to one channel more often than this (ms) answers 429, as Slack's limit does. */
  channelIntervalMs?: number;
  /** How many 429s the per-channel limit gave. */
  rateLimited = 0;
  private readonly lastPost = new Map<string, number>();
  private server?: http.Server;
  private seq = 0;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  throttle(method: string, n: number, retryAfter: number): void {
    this.throttled.set(method, { n, retryAfter });
  }

  called(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Polls until the predicate holds (bounded), for replies posted after the ack. */
  async waitFor<T>(probe: () => T | undefined | false | null, timeoutMs = 8000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const v = probe();
      if (v) return v;
      if (Date.now() > until) throw new Error(`timed out; calls so far: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const token = /^Bearer\s+(\S+)/.exec(req.headers.authorization ?? '')?.[1];
    const path = (req.url ?? '').split('?')[0]!;
    if (req.method === 'GET' && path.startsWith('/files/')) {
      this.downloads.push({ path, token });
      const f = this.files.get(decodeURIComponent(path.slice('/files/'.length)));
      res.writeHead(f ? 200 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(f?.content ?? 'not found');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (path.startsWith('/respond')) {
      this.responses.push(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (path.startsWith('/upload/')) {
      this.uploads.set(path.slice('/upload/'.length), Buffer.concat(chunks).length);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = path.replace(/^\/api\//, '');
    const args = parseArgs(raw, req.headers['content-type']);
    const t = this.throttled.get(method);
    if (t && t.n > 0) {
      t.n -= 1;
      this.calls.push({ method: `${method}#429`, args, token: token ?? (args.token as string), at: Date.now() });
      res.writeHead(429, { 'retry-after': String(t.retryAfter), 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    if (method === 'chat.postMessage' && this.channelIntervalMs !== undefined) {
      const ch = String(args.channel);
      const last = this.lastPost.get(ch);
      if (last !== undefined && Date.now() - last < this.channelIntervalMs) {
        this.rateLimited += 1;
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      this.lastPost.set(ch, Date.now());
    }
    const result = this.answer(method, args);
    this.calls.push({ method, args, token: token ?? (args.token as string | undefined), at: Date.now(), result });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  }

  private answer(method: string, a: Record<string, unknown>): Record<string, unknown> {
    const ts = () => `${1_700_000_000 + ++this.seq}.000100`;
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: this.botUserId, bot_id: this.botId, team_id: 'T1', user: 'crm' };
      case 'users.info': {
        const u = this.users.get(String(a.user));
        return u ? { ok: true, user: { id: a.user, is_bot: Boolean(u.is_bot), profile: { email: u.email } } } : { ok: false, error: 'user_not_found' };
      }
      case 'users.lookupByEmail': {
        const hit = [...this.users.entries()].find(([, u]) => u.email?.toLowerCase() === String(a.email).toLowerCase());
        return hit ? { ok: true, user: { id: hit[0], profile: { email: a.email } } } : { ok: false, error: 'users_not_found' };
      }
      case 'chat.postMessage':
        if (this.notInChannel.has(String(a.channel))) return { ok: false, error: 'not_in_channel' };
        return { ok: true, channel: a.channel, ts: ts(), message: { text: a.text, blocks: a.blocks, thread_ts: a.thread_ts } };
      case 'chat.update':
        if (this.notInChannel.has(String(a.channel))) return { ok: false, error: 'not_in_channel' };
        return { ok: true, channel: a.channel, ts: a.ts, text: a.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'chat.getPermalink':
        return { ok: true, channel: a.channel, permalink: `https://example.slack.com/archives/${String(a.channel)}/p${String(a.message_ts).replace('.', '')}` };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(a.users)}` } };
      case 'files.info': {
        const id = String(a.file);
        const f = this.files.get(id);
        if (!f) return { ok: false, error: 'file_not_found' };
        return { ok: true, file: { id, name: f.name, filetype: f.filetype ?? f.name.split('.').pop(), size: Buffer.byteLength(f.content), url_private_download: `${this.url}/files/${encodeURIComponent(id)}` } };
      }
      case 'files.getUploadURLExternal': {
        const id = `FUP${++this.seq}`;
        return { ok: true, file_id: id, upload_url: `${this.url}/upload/${id}` };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: (a.files as Array<{ id: string }> | undefined) ?? [] };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${++this.seq}` } };
      default:
        return { ok: true };
    }
  }
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The WebClient form-encodes objects (blocks, view) as JSON strings.
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** Signs a request body the way Slack does (v0 HMAC-SHA256 over "v0:<ts>:<body>"). */
export function slackSignature(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const sig = crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${sig}` };
}

/** POSTs a signed Events API / interactivity / slash command body to the app, as Slack would. */
export async function deliver(
  baseUrl: string,
  secret: string,
  body: Record<string, unknown>,
  opts: { form?: 'payload' | 'command'; retryNum?: number; timestamp?: number; signature?: string } = {},
): Promise<{ status: number; text: string }> {
  let raw: string;
  let type: string;
  if (opts.form === 'payload') {
    raw = new URLSearchParams({ payload: JSON.stringify(body) }).toString();
    type = 'application/x-www-form-urlencoded';
  } else if (opts.form === 'command') {
    raw = new URLSearchParams(body as Record<string, string>).toString();
    type = 'application/x-www-form-urlencoded';
  } else {
    raw = JSON.stringify(body);
    type = 'application/json';
  }
  const headers: Record<string, string> = { 'content-type': type, ...slackSignature(secret, raw, opts.timestamp) };
  if (opts.signature) headers['x-slack-signature'] = opts.signature;
  if (opts.retryNum) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body: raw });
  return { status: res.status, text: await res.text() };
}

/** An Events API envelope around one event. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${crypto.randomBytes(5).toString('hex')}`): Record<string, unknown> {
  return { token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event };
}
