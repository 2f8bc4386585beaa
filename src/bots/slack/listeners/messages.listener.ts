import type { App } from '@slack/bolt';
import { findActorByChatId, loadState } from '../../../intents/services';
import { converse, type SlackRuntime } from '../converse';
import { isUserMessage, mentionsBot, slackMessageSchema, toTurn, type SlackMessage } from '../to-message';
import { announcePastedTranscript, summariseFiles, type TranscriptFetchOptions } from '../transcripts';

/** @mentions in channels, direct messages, and un-mentioned replies in a thread where a dialogue is waiting. */
export function registerMessageListeners(app: App, rt: SlackRuntime, files: TranscriptFetchOptions): void {
  const handle = async (m: SlackMessage, eventId: string | undefined, botUserId: string | undefined, client: Parameters<typeof converse>[1]) => {
    const turn = toTurn(m, { eventId, botUserId });
    if (m.files?.length && (await summariseFiles(rt, client, turn, m.files.map((f) => f.id), files))) return;
    if (await announcePastedTranscript(rt, client, turn)) return;
    await converse(rt, client, turn);
  };

  app.event('app_mention', async ({ event, body, context, client }) => {
    const m = slackMessageSchema.safeParse(event);
    if (!m.success || !isUserMessage(m.data, context.botUserId)) return;
    await handle(m.data, body.event_id, context.botUserId, client);
  });

  app.event('message', async ({ event, body, context, client }) => {
    const m = slackMessageSchema.safeParse(event);
    if (!m.success || !isUserMessage(m.data, context.botUserId)) return;
    const msg = m.data;
    if (msg.channel_type === 'im') return handle(msg, body.event_id, context.botUserId, client);
    // In channels a mention arrives as app_mention too; only thread replies without one are ours to consider.
    if (!msg.thread_ts || mentionsBot(msg.text, context.botUserId)) return;
    if (!(await waitingIn(rt, msg))) return;
    await handle(msg, body.event_id, context.botUserId, client);
  });
}

/** A reply in a thread continues the dialogue only when that user's dialogue there is waiting for an answer. */
async function waitingIn(rt: SlackRuntime, m: SlackMessage): Promise<boolean> {
  const actor = await findActorByChatId(rt.db, 'slack', m.user ?? '');
  if (!actor?.id) return false;
  const { state } = await loadState(rt.db, { surface: 'slack', channel: m.channel, thread: m.thread_ts!, userId: actor.id });
  return Boolean(state.pending);
}
