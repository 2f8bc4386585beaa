import type { App, webApi } from '@slack/bolt';
import { converse, dropPending, type SlackRuntime } from '../converse';
import { CALL_MODAL, callRequest, modalOriginSchema, readCall, readTicket, TICKET_MODAL, ticketRequest, type ModalOrigin, type StateValues } from '../record-modals';
import { textMessage } from '../render';
import type { SlackTurn } from '../to-message';

type Place = Omit<SlackTurn, 'slackUser' | 'text'>;

/** Where to answer: where the modal came from (a message's thread, or a channel), else a DM with the user. */
async function answerPlace(client: webApi.WebClient, userId: string, origin: ModalOrigin): Promise<Place | null> {
  if (origin.channel && origin.thread) return { channel: origin.channel, thread: origin.thread, replyTs: origin.replyTs };
  const dm = await client.conversations.open({ users: userId });
  const channel = dm.channel?.id;
  return channel ? { channel, thread: channel } : null;
}

async function permalink(rt: SlackRuntime, client: webApi.WebClient, origin: ModalOrigin): Promise<string | undefined> {
  if (!origin.channel || !origin.ts || origin.edit) return undefined;
  try {
    return (await client.chat.getPermalink({ channel: origin.channel, message_ts: origin.ts })).permalink;
  } catch (err) {
    rt.log.warn({ err }, 'no permalink for the source message');
    return undefined;
  }
}

function originOf(metadata: string | undefined): ModalOrigin {
  try {
    const parsed = modalOriginSchema.safeParse(JSON.parse(metadata || '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** An edit replaces the draft it came from: that draft is dropped and its message says it was superseded. */
async function replaceEdited(rt: SlackRuntime, client: webApi.WebClient, userId: string, place: Place, origin: ModalOrigin): Promise<void> {
  if (!origin.edit) return;
  await dropPending(rt, client, { ...place, slackUser: userId });
  if (!origin.channel || !origin.ts) return;
  const note = textMessage(`Edited by <@${userId}>: the new version follows.`);
  await client.chat.update({ channel: origin.channel, ts: origin.ts, text: note.text, blocks: [] }).catch((err: unknown) => rt.log.warn({ err }, 'could not update the edited message'));
}

async function finish(rt: SlackRuntime, client: webApi.WebClient, userId: string, metadata: string | undefined, request: (link?: string) => string): Promise<void> {
  const origin = originOf(metadata);
  const place = await answerPlace(client, userId, origin);
  if (!place) return;
  await replaceEdited(rt, client, userId, place, origin);
  await converse(rt, client, { slackUser: userId, ...place, text: request(await permalink(rt, client, origin)) });
}

/**
 * Submitted modals: bad fields are answered in the modal itself (response_action "errors"); a good submission
 * closes it and goes to the engine, which shows what it will save and asks to confirm like any chat request.
 */
export function registerModalListeners(app: App, rt: SlackRuntime): void {
  app.view(TICKET_MODAL, async ({ ack, view, body, client }) => {
    const r = readTicket(view.state.values as StateValues);
    if (!r.ok) return void (await ack({ response_action: 'errors', errors: r.errors }));
    await ack();
    await finish(rt, client, body.user.id, view.private_metadata, (link) => ticketRequest(r.value, link));
  });
  app.view(CALL_MODAL, async ({ ack, view, body, client }) => {
    const r = readCall(view.state.values as StateValues);
    if (!r.ok) return void (await ack({ response_action: 'errors', errors: r.errors }));
    await ack();
    await finish(rt, client, body.user.id, view.private_metadata, (link) => callRequest(r.value, link));
  });
}
