import { z } from 'zod';
import type { IncomingActivity } from './activity-schema';

/** What an Action.Submit on one of our cards sends back as `activity.value`. */
export const cardActionSchema = z.looseObject({
  action: z.string().min(1).max(100),
  choice: z.string().max(300).optional(),
  /** The Teams user the card was for: in a group chat only they may press its buttons. */
  for: z.string().max(500).optional(),
  /** What the card asked, shown again on the card once it is answered. */
  summary: z.string().max(1000).optional(),
  /** Choice labels by value, so the answered card can say which one was picked. */
  labels: z.record(z.string(), z.string().max(300)).optional(),
});
export type CardAction = z.infer<typeof cardActionSchema>;

/** An activity as the engine needs it, less the actor (identity is looked up separately). */
export interface TeamsMessageParts {
  channel: string;
  thread: string;
  text: string;
  eventId?: string;
  tz?: string;
  cardAction?: CardAction;
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

/**
 * Removes the bot's own @mention and turns other mentions into plain names ("assign to Dana").
 * Teams sends channel messages as light HTML, so tags are dropped and entities decoded too.
 */
export function stripMentions(text: string, botMentions: string[] = []): string {
  let t = text;
  for (const m of botMentions) t = t.split(m).join(' ');
  // Without entity data, a mention at the very start is the one that addressed the bot.
  t = t.replace(/^\s*<at>[^<]*<\/at>/i, ' ');
  t = t.replace(/<at>([^<]*)<\/at>/gi, '$1');
  t = t.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div)>/gi, '\n').replace(/<[^>]+>/g, '');
  t = t.replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (e) => ENTITIES[e] ?? e);
  return t.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

/** The mention texts (e.g. "<at>CRM Bot</at>") that point at the recipient, from the activity's entities. */
export function botMentionTexts(activity: IncomingActivity): string[] {
  const botId = activity.recipient?.id;
  if (!botId) return [];
  return (activity.entities ?? [])
    .filter((e) => e.type === 'mention')
    .map((e) => e as { mentioned?: { id?: string }; text?: string })
    .filter((e) => e.mentioned?.id === botId && typeof e.text === 'string')
    .map((e) => e.text!);
}

/** A channel reply thread is its own conversation id (";messageid=…"); the channel is the part before it. */
export function channelOf(conversationId: string): string {
  const i = conversationId.indexOf(';messageid=');
  return i >= 0 ? conversationId.slice(0, i) : conversationId;
}

function validZone(tz: string | undefined): string | undefined {
  if (!tz) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    return undefined;
  }
}

/** The words a card button stands for: the engine reads them as if typed in the same conversation. */
export function cardActionText(a: CardAction): string {
  if (a.action === 'choice') return a.choice ?? '';
  return a.action;
}

export function toMessageParts(activity: IncomingActivity): TeamsMessageParts {
  const parsed = cardActionSchema.safeParse(activity.value);
  const cardAction = parsed.success ? parsed.data : undefined;
  const text = cardAction ? cardActionText(cardAction) : stripMentions(activity.text ?? '', botMentionTexts(activity));
  return {
    channel: channelOf(activity.conversation.id),
    thread: activity.conversation.id,
    text,
    eventId: activity.id,
    tz: validZone(activity.localTimezone),
    cardAction,
  };
}
