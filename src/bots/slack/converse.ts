import type { webApi } from '@slack/bolt';
import type { ConversationEngine } from '../../intents/engine';
import { detectLanguage, type Language } from '../../shared/language';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';
import type { ChannelPacer } from './channel-pacer';
import type { SlackIdentity } from './identity';
import type { WorkLimiter } from './work-limiter';
import { renderReply, textMessage, type RenderOptions, type SlackMessageBody } from './render';
import type { SlackTurn } from './to-message';

/** What every listener shares: built once in slack-app.ts. */
export interface SlackRuntime {
  db: Db;
  engine: ConversationEngine;
  log: Logger;
  identity: SlackIdentity;
  pacer: ChannelPacer;
  botToken: string;
  /** The organisation's time zone, for users without one of their own. */
  timezone: string;
  chartUrl?: RenderOptions['chartUrl'];
  /** Posts a chart as a PNG file where the turn is answered (files.uploadV2). */
  uploadChart?: (client: webApi.WebClient, turn: Pick<SlackTurn, 'channel' | 'replyTs'>, chart: ChartBlock) => Promise<void>;
  /** Turns still running after their ack: stop() lets them finish rather than cut them off mid-write. */
  inflight: Set<Promise<void>>;
  limiter: WorkLimiter;
  /** Where shared files may be downloaded from (the bot token goes only there). */
  files: { fileOrigins: string[] };
  /** Queues a slow turn (a transcript) as a chat.turn job; without it the turn runs here after the ack. */
  enqueueTurn?: EnqueueTurn;
}

export type EnqueueTurn = (data: Record<string, unknown>, key?: string) => Promise<unknown>;

const say = (lang: Language, en: string, zh: string) => (lang === 'zh' ? zh : en);

export const notRegistered = (lang: Language): string =>
  say(lang, 'Sorry, you are not registered in the CRM: no CRM user has your Slack email address. Ask an admin to add you; nothing was done.',
    '抱歉，你还没有在 CRM 中注册：没有 CRM 用户使用你的 Slack 邮箱。请联系管理员添加你；本次没有执行任何操作。');

export const apology = (lang: Language): string =>
  say(lang, 'Sorry, something went wrong on my side. Nothing was saved; please try again.', '抱歉，我这边出了点问题，没有保存任何内容，请稍后再试。');

const NOT_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

/**
 * Posts into the turn's place (thread or channel), paced per channel. `/crm` may be used in a channel the bot was
 * never invited to, where chat.postMessage is refused: then the command's response_url answers in its place.
 */
export async function post(rt: SlackRuntime, client: webApi.WebClient, turn: Pick<SlackTurn, 'channel' | 'replyTs' | 'responseUrl'>, body: SlackMessageBody): Promise<void> {
  try {
    await rt.pacer.run(turn.channel, () =>
      client.chat.postMessage({ channel: turn.channel, text: body.text, blocks: body.blocks, ...(turn.replyTs ? { thread_ts: turn.replyTs } : {}) }),
    );
  } catch (e) {
    const code = (e as { data?: { error?: string } }).data?.error;
    if (!turn.responseUrl || !code || !NOT_MEMBER.has(code)) throw e;
    const res = await fetch(turn.responseUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ response_type: 'in_channel', text: body.text, blocks: body.blocks }) });
    if (!res.ok) throw new Error(`response_url answered HTTP ${res.status}`);
  }
}

/**
 * One user turn through the engine, the answer posted where the user asked. This runs after the platform was
 * acknowledged, so it is the surface's one error boundary: the unknown is logged and the user gets an apology.
 */
export function converse(rt: SlackRuntime, client: webApi.WebClient, turn: SlackTurn): Promise<void> {
  const p = runTurn(rt, client, turn).finally(() => rt.inflight.delete(p));
  rt.inflight.add(p);
  return p;
}

async function runTurn(rt: SlackRuntime, client: webApi.WebClient, turn: SlackTurn): Promise<void> {
  const lang = detectLanguage(turn.text);
  try {
    // Only the thinking is bounded; posting waits on the channel's pace without holding a slot.
    const { body, charts } = await rt.limiter.run(() => answer(rt, client, turn, lang));
    await post(rt, client, turn, body);
    for (const chart of charts) await rt.uploadChart?.(client, turn, chart);
  } catch (err) {
    rt.log.error({ err, channel: turn.channel, thread: turn.thread }, 'slack turn failed');
    await post(rt, client, turn, textMessage(apology(lang))).catch((e) => rt.log.warn({ err: e }, 'could not post the apology'));
  }
}

export interface ChartBlock {
  title: string;
  spec: Record<string, unknown>;
}

async function answer(rt: SlackRuntime, client: webApi.WebClient, turn: SlackTurn, lang: Language): Promise<{ body: SlackMessageBody; charts: ChartBlock[] }> {
  const actor = await rt.identity.actorFor(client, turn.slackUser);
  if (!actor) return { body: textMessage(notRegistered(lang)), charts: [] };
  const text = turn.text.trim() || 'help';
  const reply = await rt.engine.handle({ surface: 'slack', channel: turn.channel, thread: turn.thread, actor, text, eventId: turn.eventId });
  // Charts without a hosted image URL follow the message as uploaded PNGs in the same place.
  const charts = rt.chartUrl ? [] : reply.blocks.flatMap((b) => (b.type === 'chart' ? [{ title: b.title, spec: b.spec }] : []));
  return { body: renderReply(reply, { thread: turn.thread, chartUrl: rt.chartUrl }), charts };
}

/** Drops the user's pending write in this dialogue without answering (an edited draft replaces it). */
export async function dropPending(rt: SlackRuntime, client: webApi.WebClient, turn: Omit<SlackTurn, 'text'>): Promise<void> {
  try {
    const actor = await rt.identity.actorFor(client, turn.slackUser);
    if (actor) await rt.engine.handle({ surface: 'slack', channel: turn.channel, thread: turn.thread, actor, text: 'cancel' });
  } catch (err) {
    rt.log.warn({ err }, 'could not drop the edited draft');
  }
}
