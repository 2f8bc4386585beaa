import { TurnContext, type Activity, type Attachment } from 'botbuilder';
import type { ConversationEngine } from '../../intents/engine';
import type { Reply } from '../../intents/reply';
import { saveReference } from '../../intents/services';
import { isAppError } from '../../shared/app-error';
import type { Db } from '../../shared/db';
import { detectLanguage, type Language } from '../../shared/language';
import type { Logger } from '../../shared/logger';
import type { IncomingActivity } from './activity-schema';
import { ADAPTIVE_CARD, needsCard, renderAnsweredCard, renderCard } from './render';
import { resolveTeamsActor } from './teams-identity';
import { teamsSay } from './teams-messages';
import { withThrottleRetry, type ThreadPacer } from './thread-pacer';
import { channelOf, toMessageParts, type CardAction } from './to-message';
import { downloadTranscript, findTranscriptFile } from './transcript-attachment';

export interface TeamsTurnDeps {
  db: Db;
  engine: ConversationEngine;
  log: Logger;
  pacer: ThreadPacer;
  /** A PNG (URL or data URI) for a chart spec, when a renderer is wired; charts are left out otherwise. */
  chartImage?: (spec: Record<string, unknown>, title: string) => Promise<string | null>;
  fetch?: typeof fetch;
  /** Queues a transcript as a chat.turn job (answered proactively when ready); inline without it. */
  enqueueTurn?: (data: Record<string, unknown>, key?: string) => Promise<unknown>;
}

export const cardAttachment = (content: unknown): Attachment => ({ contentType: ADAPTIVE_CARD, content });

/** Every send goes through the per-conversation pacer and retries a 429 once the SDK has given up. */
export async function sendPaced(ctx: TurnContext, pacer: ThreadPacer, activity: Partial<Activity>): Promise<string | undefined> {
  const done = await pacer.take(ctx.activity.conversation.id);
  try {
    const r = await withThrottleRetry(() => ctx.sendActivity(activity));
    return r?.id;
  } finally {
    done();
  }
}

async function chartImages(reply: Reply, deps: TeamsTurnDeps): Promise<Record<number, string>> {
  const out: Record<number, string> = {};
  if (!deps.chartImage) return out;
  for (const [i, b] of reply.blocks.entries()) {
    if (b.type !== 'chart') continue;
    try {
      const url = await deps.chartImage(b.spec, b.title);
      if (url) out[i] = url;
    } catch (e) {
      deps.log.warn({ err: e }, 'chart image failed; the card goes without it');
    }
  }
  return out;
}

/** The engine's reply as Teams shows it: a card when there is structure or a button, text otherwise. */
export async function replyActivity(reply: Reply, deps: TeamsTurnDeps, submitFor?: string): Promise<Partial<Activity>> {
  if (!needsCard(reply)) return { type: 'message', text: reply.reply.slice(0, 20_000), textFormat: 'plain' }; // Teams caps a message near 28 KB
  const card = renderCard(reply, { chartImages: await chartImages(reply, deps), submitFor });
  return { type: 'message', attachments: [cardAttachment(card)], summary: reply.reply.slice(0, 200) };
}

function answerLabel(a: CardAction, lang: Language): string {
  if (a.action === 'yes') return lang === 'zh' ? '已确认' : 'Confirmed';
  if (a.action === 'cancel') return lang === 'zh' ? '已取消' : 'Cancelled';
  const chosen = a.choice ? (a.labels?.[a.choice] ?? a.choice) : '';
  return lang === 'zh' ? `已选择 ${chosen}` : `Chose ${chosen}`;
}

/** Text that makes the engine summarise an attached transcript, keeping whatever the user wrote (e.g. the customer). */
export function transcriptRequest(userText: string, transcript: string): string {
  const head = !userText ? 'summarise this call' : /summar|总结|纪要|概括|摘要/i.test(userText) ? userText : `summarise this call: ${userText}`;
  return `${head}\n${transcript}`;
}

/**
 * One user message, run after the activity was acknowledged: who is speaking, the engine, the reply,
 * and, for a pressed card button, the card replaced so it cannot be pressed twice. The one error
 * boundary of the Teams surface: the unknown is logged, the user gets a plain apology.
 */
export async function handleMessage(ctx: TurnContext, inbound: IncomingActivity, deps: TeamsTurnDeps): Promise<void> {
  const parts = toMessageParts(inbound);
  let lang: Language = detectLanguage(parts.text);
  const say = (text: string) => sendPaced(ctx, deps.pacer, { type: 'message', text, textFormat: 'plain' });
  try {
    const who = await resolveTeamsActor(ctx, deps.db, inbound.from.id);
    if (!who.actor?.id) {
      await say(teamsSay(lang, 'not_registered', { email: who.email ? ` (${who.email})` : '' }));
      return;
    }
    const actor = who.actor;
    const key = { surface: 'teams', channel: parts.channel, thread: parts.thread, userId: actor.id! };
    await saveReference(deps.db, key, TurnContext.getConversationReference(inbound as unknown as Activity));
    if (parts.cardAction?.for && parts.cardAction.for !== inbound.from.id) {
      await say(teamsSay(lang, 'not_yours', { name: lang === 'zh' ? '其他人' : 'someone else' }));
      return;
    }
    let text = parts.text;
    const file = inbound.conversation.conversationType === 'personal' && !parts.cardAction ? findTranscriptFile(inbound) : null;
    if (file) {
      await say(teamsSay(lang, 'working', { file: file.name }));
      if (deps.enqueueTurn) {
        const job = { channel: parts.channel, thread: parts.thread, actorId: actor.id, fromId: inbound.from.id, text, file, eventId: parts.eventId, tz: parts.tz };
        await deps.enqueueTurn(job, `teams:${inbound.conversation.id}:${inbound.id ?? Date.now()}`);
        return;
      }
      try {
        text = transcriptRequest(text, await downloadTranscript(file, deps.fetch));
      } catch (e) {
        if (!isAppError(e)) throw e;
        await say(teamsSay(lang, 'transcript_failed', { file: file.name, why: e.message }));
        return;
      }
    }
    if (!text) {
      await say(teamsSay(lang, 'empty'));
      return;
    }
    const reply = await deps.engine.handle({ surface: 'teams', channel: parts.channel, thread: parts.thread, actor, text, eventId: parts.eventId, tz: parts.tz });
    lang = reply.language;
    if (parts.cardAction && inbound.replyToId) {
      const answered = renderAnsweredCard(parts.cardAction.summary, answerLabel(parts.cardAction, lang), reply);
      const done = await deps.pacer.take(ctx.activity.conversation.id);
      await withThrottleRetry(() => ctx.updateActivity({ type: 'message', id: inbound.replyToId, attachments: [cardAttachment(answered)] })).finally(done);
    }
    await sendPaced(ctx, deps.pacer, await replyActivity(reply, deps, inbound.from.id));
  } catch (e) {
    if (isAppError(e) && e.code === 'bad_input') {
      await say(e.message).catch((err) => deps.log.warn({ err }, 'could not tell the user about bad input'));
      return;
    }
    deps.log.error({ err: e, conversation: inbound.conversation.id, activity: inbound.id }, 'teams message failed');
    await say(teamsSay(lang, 'error')).catch((err) => deps.log.warn({ err }, 'could not apologise in teams'));
  }
}

/**
 * The bot was added to a personal chat: remember how to reach this user (proactive messages work
 * before they ever write) and say what the bot does, or that they are not a CRM user.
 */
export async function handleInstall(ctx: TurnContext, deps: TeamsTurnDeps): Promise<void> {
  const activity = ctx.activity as unknown as IncomingActivity;
  // Nothing was said yet, so the client's locale picks the language.
  const lang: Language = /^zh/i.test(ctx.activity.locale ?? '') ? 'zh' : 'en';
  const say = (text: string) => sendPaced(ctx, deps.pacer, { type: 'message', text, textFormat: 'plain' });
  const who = await resolveTeamsActor(ctx, deps.db, activity.from.id);
  if (!who.actor?.id) {
    await say(teamsSay(lang, 'not_registered', { email: who.email ? ` (${who.email})` : '' }));
    return;
  }
  const conversation = activity.conversation.id;
  await saveReference(deps.db, { surface: 'teams', channel: channelOf(conversation), thread: conversation, userId: who.actor.id }, TurnContext.getConversationReference(ctx.activity));
  await say(teamsSay(lang, 'welcome', { name: who.actor.name.split(' ')[0] ?? '' }));
}
