import type { App, webApi } from '@slack/bolt';
import { converse, type SlackRuntime } from '../converse';
import { CALL_MODAL, callRequest, modalOriginSchema, readCall, readTicket, TICKET_MODAL, ticketRequest, type ModalOrigin, type StateValues } from '../record-modals';

/** Where to answer: the source message's thread when the modal came from one, else a DM with the user. */
async function answerPlace(client: webApi.WebClient, userId: string, origin: ModalOrigin): Promise<{ channel: string; thread: string; replyTs?: string } | null> {
  if (origin.channel && origin.thread) return { channel: origin.channel, thread: origin.thread, replyTs: origin.thread };
  const dm = await client.conversations.open({ users: userId });
  const channel = dm.channel?.id;
  return channel ? { channel, thread: channel } : null;
}

async function permalink(rt: SlackRuntime, client: webApi.WebClient, origin: ModalOrigin): Promise<string | undefined> {
  if (!origin.channel || !origin.ts) return undefined;
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

/**
 * Submitted modals: bad fields are answered in the modal itself (response_action "errors"); a good submission
 * closes it and goes to the engine, which shows what it will save and asks to confirm like any chat request.
 */
export function registerModalListeners(app: App, rt: SlackRuntime): void {
  app.view(TICKET_MODAL, async ({ ack, view, body, client }) => {
    const r = readTicket(view.state.values as StateValues);
    if (!r.ok) return void (await ack({ response_action: 'errors', errors: r.errors }));
    await ack();
    const origin = originOf(view.private_metadata);
    const place = await answerPlace(client, body.user.id, origin);
    if (place) await converse(rt, client, { slackUser: body.user.id, ...place, text: ticketRequest(r.value, await permalink(rt, client, origin)) });
  });
  app.view(CALL_MODAL, async ({ ack, view, body, client }) => {
    const r = readCall(view.state.values as StateValues);
    if (!r.ok) return void (await ack({ response_action: 'errors', errors: r.errors }));
    await ack();
    const origin = originOf(view.private_metadata);
    const place = await answerPlace(client, body.user.id, origin);
    if (place) await converse(rt, client, { slackUser: body.user.id, ...place, text: callRequest(r.value, await permalink(rt, client, origin)) });
  });
}
