import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small OpenAI-compatible server on 127.0.0.1 for tests that drive the real `openai` SDK:
 * POST /v1/chat/completions and POST /v1/embeddings. Each test scripts the replies (a queue,
 * then a default handler) and reads back every request it received.
 */
export type FakeReply =
  /** A chat completion whose message content is this value as JSON. */
  | { json: unknown; usage?: { prompt_tokens: number; completion_tokens: number } }
  /** A chat completion whose message content is this exact text (e.g. malformed JSON). */
  | { content: string }
  /** An HTTP error (429, 500, ...) with optional headers such as retry-after-ms. */
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Wait, then answer with `then` (or never, if the client gives up first). */
  | { delayMs: number; then: FakeReply }
  /** Embeddings of this many dimensions (default: what the request asked for, else 256). */
  | { embeddingDims?: number };

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any; // whatever the SDK sent
}

export type ReplyHandler = (body: any, req: RecordedRequest) => FakeReply;

export interface FakeOpenAiServer {
  /** The base URL to give the SDK (ends in /v1). */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Replies used first, in order, for chat completions. */
  queueChat(...replies: FakeReply[]): void;
  /** Replies used first, in order, for embeddings. */
  queueEmbeddings(...replies: FakeReply[]): void;
  /** Used when a queue is empty. */
  onChat(handler: ReplyHandler): void;
  onEmbeddings(handler: ReplyHandler): void;
  /** Requests to one path ('/v1/chat/completions' or '/v1/embeddings'). */
  requestsTo(path: string): RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
}

/** A deterministic vector for a text (not normalised, so the client's normalisation shows). */
export function fakeVector(text: string, dims: number): number[] {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return Array.from({ length: dims }, (_, i) => (((h + i * 2654435761) >>> 0) % 1000) / 100 - 5);
}

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const requests: RecordedRequest[] = [];
  let chatQueue: FakeReply[] = [];
  let embedQueue: FakeReply[] = [];
  const defaultChat: ReplyHandler = () => ({ status: 500, body: { error: { message: 'no reply scripted' } } });
  const defaultEmbed: ReplyHandler = () => ({});
  let chatHandler = defaultChat;
  let embedHandler = defaultEmbed;
  let seq = 0;

  const send = (res: http.ServerResponse, reply: FakeReply, body: any, path: string): void => {
    if (res.destroyed) return;
    if ('delayMs' in reply) {
      const timer = setTimeout(() => send(res, reply.then, body, path), reply.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if ('status' in reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body ?? { error: { message: `fake ${reply.status}`, type: 'fake' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    if (path.endsWith('/embeddings')) {
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
      const dims = 'embeddingDims' in reply && reply.embeddingDims !== undefined ? reply.embeddingDims : (body.dimensions ?? 256);
      res.end(
        JSON.stringify({
          object: 'list',
          model: body.model,
          data: inputs.map((t, index) => ({ object: 'embedding', index, embedding: fakeVector(String(t), dims) })),
          usage: { prompt_tokens: inputs.join(' ').length, total_tokens: inputs.join(' ').length },
        }),
      );
      return;
    }
    const content = 'json' in reply ? JSON.stringify(reply.json) : 'content' in reply ? reply.content : '';
    const usage = ('json' in reply && reply.usage) || { prompt_tokens: 100, completion_tokens: 50 };
    res.end(
      JSON.stringify({
        id: `chatcmpl-${++seq}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: body.model,
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } }],
        usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
      }),
    );
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: any = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        body = { unparsed: Buffer.concat(chunks).toString('utf8') };
      }
      const path = (req.url ?? '').split('?')[0]!;
      const recorded = { path, headers: req.headers, body };
      requests.push(recorded);
      if (req.method !== 'POST' || !['/v1/chat/completions', '/v1/embeddings'].includes(path)) {
        send(res, { status: 404 }, body, path);
        return;
      }
      const chat = path === '/v1/chat/completions';
      const reply = chat ? (chatQueue.shift() ?? chatHandler(body, recorded)) : (embedQueue.shift() ?? embedHandler(body, recorded));
      send(res, reply, body, path);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    queueChat: (...r) => void chatQueue.push(...r),
    queueEmbeddings: (...r) => void embedQueue.push(...r),
    onChat: (h) => void (chatHandler = h),
    onEmbeddings: (h) => void (embedHandler = h),
    requestsTo: (p) => requests.filter((r) => r.path === p),
    reset: () => {
      requests.length = 0;
      chatQueue = [];
      embedQueue = [];
      chatHandler = defaultChat;
      embedHandler = defaultEmbed;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
