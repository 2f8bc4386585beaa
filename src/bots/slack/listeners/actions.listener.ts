import type { App, BlockAction, types } from '@slack/bolt';
import { converse, type SlackRuntime } from '../converse';
import { EDIT_ACTION, parseEditDraft } from '../edit-draft';
import { logCallView, newTicketView } from '../record-modals';
import { BUTTON_ACTION, CHOICE_ACTION, resolvedMessage } from '../render';
import { threadFromBlockId } from '../to-message';

interface Picked {
  value: string;
  label: string;
  blockId?: string;
}

function picked(body: BlockAction): Picked | null {
  const a = body.actions[0];
  if (!a) return null;
  if (a.type === 'button') return { value: a.value ?? '', label: a.text.text, blockId: a.block_id };
  if (a.type === 'static_select' && a.selected_option) return { value: a.selected_option.value, label: a.selected_option.text.text, blockId: a.block_id };
  return null;
}

/**
 * Buttons and menus answer the dialogue that showed them: the value ("yes", "cancel", a choice id) is fed to
 * the engine as the user's next message in the same thread. The original message is updated first so the
 * controls cannot be used twice.
 */
export function registerActionListeners(app: App, rt: SlackRuntime): void {
  const onAction = async ({ body, ack, client }: { body: BlockAction; ack: () => Promise<void>; client: Parameters<typeof converse>[1] }) => {
    await ack();
    const p = picked(body);
    const thread = threadFromBlockId(p?.blockId);
    const channel = body.channel?.id ?? body.container?.channel_id;
    const message = body.message;
    if (!p || !thread || !channel || !message) return;
    const blocks = resolvedMessage((message.blocks ?? []) as types.KnownBlock[], `<@${body.user.id}>: ${p.label}`);
    try {
      await rt.pacer.run(channel, () => client.chat.update({ channel, ts: message.ts, text: message.text ?? ' ', blocks }));
    } catch (err) {
      // A message the bot posted through a response_url (a channel it is not in) can only be replaced through one.
      const replaced = body.response_url
        ? await fetch(body.response_url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ replace_original: true, text: message.text ?? ' ', blocks }) }).then((r) => r.ok, () => false)
        : false;
      if (!replaced) rt.log.warn({ err }, 'could not update the message after a button was used');
    }
    await converse(rt, client, { slackUser: body.user.id, channel, thread, replyTs: message.thread_ts, text: p.value, ...(body.response_url ? { responseUrl: body.response_url } : {}) });
  };
  app.action<BlockAction>(new RegExp(`^${BUTTON_ACTION}:`), onAction);
  // Edit opens the draft in a modal; the dialogue is untouched until the modal is submitted.
  app.action<BlockAction>(EDIT_ACTION, async ({ body, ack, client }) => {
    await ack();
    const a = body.actions[0];
    const draft = parseEditDraft(a?.type === 'button' ? a.value : undefined);
    const thread = threadFromBlockId(a?.block_id);
    const channel = body.channel?.id;
    if (!draft || !thread || !channel || !body.message) return;
    const origin = { channel, thread, replyTs: body.message.thread_ts, ts: body.message.ts, edit: true };
    const view = draft.kind === 'ticket' ? newTicketView(draft, origin) : logCallView(draft, origin);
    await client.views.open({ trigger_id: body.trigger_id, view }).catch((err: unknown) => rt.log.warn({ err }, 'could not open the edit modal'));
  });
  app.action<BlockAction>(CHOICE_ACTION, onAction);
}
