import { z } from 'zod';

/** The fields of a Slack message or app_mention event this surface reads; the rest is ignored. */
export const slackMessageSchema = z.object({
  type: z.string(),
  subtype: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional().default(''),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  files: z.array(z.object({ id: z.string(), name: z.string().optional() }).passthrough()).optional(),
});
export type SlackMessage = z.infer<typeof slackMessageSchema>;

/** One user turn, ready for the engine once the Slack user is mapped to a CRM user. */
export interface SlackTurn {
  slackUser: string;
  channel: string;
  /** The dialogue's key inside the channel. */
  thread: string;
  /** Where the bot answers: a thread ts, or undefined to answer in the channel itself (DMs, slash commands). */
  replyTs?: string;
  text: string;
  eventId?: string;
  /** Slash commands and buttons come with one: the way to answer in a channel the bot is not a member of. */
  responseUrl?: string;
}

// Subtypes that are still a person talking to us; edits, joins, deletions and bot posts are not.
const USER_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

/** Bots (ours or others) never drive the engine: that is how two bots end up talking forever. */
export function isFromBot(m: Pick<SlackMessage, 'bot_id' | 'subtype' | 'user'>, botUserId?: string): boolean {
  return Boolean(m.bot_id) || m.subtype === 'bot_message' || (botUserId !== undefined && m.user === botUserId);
}

export function isUserMessage(m: SlackMessage, botUserId?: string): boolean {
  if (!m.user || isFromBot(m, botUserId)) return false;
  return m.subtype === undefined || USER_SUBTYPES.has(m.subtype);
}

/** Slack's markup back to what the user typed: drops mentions of the bot, unwraps links and entities. */
export function plainText(text: string, botUserId?: string): string {
  let t = text;
  if (botUserId) t = t.split(`<@${botUserId}>`).join(' ');
  t = t
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]+)>/g, '$1')
    .replace(/<mailto:([^>]+)>/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!(here|channel|everyone)[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return t.replace(/[ \t]+/g, ' ').replace(/^\s+|\s+$/g, '');
}

export const mentionsBot = (text: string, botUserId?: string): boolean => Boolean(botUserId) && text.includes(`<@${botUserId}>`);

/**
 * A message or mention → a turn. In a channel each thread is one dialogue (thread_ts, or the message's own ts
 * when it starts one) and the bot answers in that thread; a direct message channel is one dialogue as a whole,
 * answered in place, so "yes" typed in the DM confirms what the DM asked.
 */
export function toTurn(m: SlackMessage, opts: { eventId?: string; botUserId?: string }): SlackTurn {
  const dm = m.channel_type === 'im';
  return {
    slackUser: m.user ?? '',
    channel: m.channel,
    thread: m.thread_ts ?? (dm ? m.channel : m.ts),
    replyTs: m.thread_ts ?? (dm ? undefined : m.ts),
    text: plainText(m.text, opts.botUserId),
    eventId: opts.eventId,
  };
}

/** `/crm <text>`: one dialogue per user and channel, answered in the channel. */
export function commandTurn(c: { user_id: string; channel_id: string; text?: string; response_url?: string }): SlackTurn {
  return { slackUser: c.user_id, channel: c.channel_id, thread: `cmd:${c.channel_id}`, text: plainText(c.text ?? ''), ...(c.response_url ? { responseUrl: c.response_url } : {}) };
}

const BLOCK_PREFIX = 'crm|';

/** Interactive blocks carry their dialogue's thread so a button answers the conversation that showed it. */
export const interactiveBlockId = (thread: string, n = 0): string => `${BLOCK_PREFIX}${n}|${thread}`.slice(0, 255);

export function threadFromBlockId(blockId: string | undefined): string | undefined {
  if (!blockId?.startsWith(BLOCK_PREFIX)) return undefined;
  const rest = blockId.slice(BLOCK_PREFIX.length);
  const bar = rest.indexOf('|');
  return bar >= 0 ? rest.slice(bar + 1) : undefined;
}
