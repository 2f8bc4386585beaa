import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the connector, as the fake saw it. */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity id in the path: the replied-to activity for a POST, the updated one for a PUT. */
  activityId?: string;
  activity: Record<string, unknown>;
  /** The id the fake answered with (what the bot may later update). */
  responseId: string;
  at: number;
}

export interface FakeMember {
  email?: string;
  userPrincipalName?: string;
  name?: string;
}

export interface FakeConnectorOptions {
  /** Member lookups answered by user id; anyone else is a 404. */
  members?: Record<string, FakeMember>;
  /** Enforce Teams' per-thread limits (7 per second, 60 per 30 s) with 429 + Retry-After. */
  enforceLimits?: boolean;
  /** Other limits to enforce (the bench scales time down). */
  limits?: Array<{ windowMs: number; max: number }>;
  /** The next N sends answer 429 (to test the retry). */
  throttleNext?: number;
  /** Member lookups that fail (400) (to test the bot's error boundary). */
  failMembers?: string[];
  /** Files served at GET /files/{name} (stand-ins for Teams file download URLs). */
  files?: Record<string, string>;
}

export interface FakeBotConnector {
  url: string;
  calls: ConnectorCall[];
  posts(): ConnectorCall[];
  updates(): ConnectorCall[];
  throttled: number;
  memberLookups: string[];
  /** Resolves once `predicate` holds for the recorded calls (polling; rejects after timeoutMs). */
  waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs?: number): Promise<void>;
  setThrottleNext(n: number): void;
  close(): Promise<void>;
}

const TEAMS_LIMITS = [
  { windowMs: 1000, max: 7 },
  { windowMs: 30_000, max: 60 },
];

/**
 * A Bot Framework connector on 127.0.0.1: records what the bot sends, answers member lookups,
 * and can enforce the per-thread rate limits Teams applies, so tests and the bench see real HTTP.
 */
export async function startFakeBotConnector(opts: FakeConnectorOptions = {}): Promise<FakeBotConnector> {
  const calls: ConnectorCall[] = [];
  const memberLookups: string[] = [];
  const sentAt = new Map<string, number[]>();
  let throttleNext = opts.throttleNext ?? 0;
  let counter = 0;
  const state = { throttled: 0 };
  const LIMITS = opts.limits ?? TEAMS_LIMITS;
  const horizon = Math.max(...LIMITS.map((l) => l.windowMs));

  const overLimit = (conversationId: string, now: number): number | null => {
    const times = sentAt.get(conversationId) ?? [];
    for (const l of LIMITS) {
      const inWindow = times.filter((t) => now - t < l.windowMs);
      if (inWindow.length >= l.max) return Math.max(1, l.windowMs - (now - inWindow[0]!));
    }
    return null;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      if (req.method === 'GET' && parts[0] === 'files' && parts[1]) {
        const f = opts.files?.[parts[1]];
        res.writeHead(f === undefined ? 404 : 200, { 'content-type': 'text/plain; charset=utf-8' });
        return res.end(f ?? 'not found');
      }
      // /v3/conversations/{id}/members/{userId}
      if (req.method === 'GET' && parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'members' && parts[4]) {
        memberLookups.push(parts[4]);
        if (opts.failMembers?.includes(parts[4])) return send(400, { error: { code: 'BadArgument', message: 'lookup refused' } }); // 4xx: the SDK does not retry it
        const m = opts.members?.[parts[4]];
        if (!m) return send(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
        return send(200, { id: parts[4], name: m.name ?? 'Someone', email: m.email, userPrincipalName: m.userPrincipalName, aadObjectId: parts[4] });
      }
      if ((req.method === 'POST' || req.method === 'PUT') && parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities') {
        const conversationId = parts[2]!;
        const now = Date.now();
        if (throttleNext > 0) {
          throttleNext--;
          state.throttled++;
          return send(429, { error: { code: 'Throttled', message: 'slow down' } }, { 'retry-after': '0' });
        }
        if (opts.enforceLimits) {
          const wait = overLimit(conversationId, now);
          if (wait !== null) {
            state.throttled++;
            return send(429, { error: { code: 'Throttled', message: 'slow down' } }, { 'retry-after': String(Math.ceil(wait / 1000)) });
          }
          sentAt.set(conversationId, [...(sentAt.get(conversationId) ?? []).filter((t) => now - t < horizon), now]);
        }
        let activity: Record<string, unknown> = {};
        try {
          activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
        } catch {
          return send(400, { error: { code: 'BadSyntax', message: 'not JSON' } });
        }
        const responseId = req.method === 'PUT' ? parts[4]! : `sent-${++counter}`;
        calls.push({ method: req.method, conversationId, activityId: parts[4], activity, responseId, at: now });
        return send(req.method === 'PUT' ? 200 : 201, { id: responseId });
      }
      send(404, { error: { code: 'NotFound', message: `${req.method} ${url.pathname}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    memberLookups,
    posts: () => calls.filter((c) => c.method === 'POST'),
    updates: () => calls.filter((c) => c.method === 'PUT'),
    get throttled() {
      return state.throttled;
    },
    setThrottleNext(n: number) {
      throttleNext = n;
    },
    async waitFor(predicate, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > until) throw new Error(`fake connector: condition not met in ${timeoutMs} ms; calls: ${JSON.stringify(calls.map((c) => [c.method, c.conversationId, c.activity.type, c.activity.text]))}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
