import type { App, BlockAction, types } from '@slack/bolt';
import { converse, type SlackRuntime } from '../converse';
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
    try {
      const blocks = (message.blocks ?? []) as types.KnownBlock[];
      await rt.pacer.run(channel, () =>
        client.chat.update({ channel, ts: message.ts, text: message.text ?? ' ', blocks: resolvedMessage(blocks, `<@${body.user.id}>: ${p.label}`) }),
      );
    } catch (err) {
      rt.log.warn({ err }, 'could not update the message after a button was used');
    }
    await converse(rt, client, { slackUser: body.user.id, channel, thread, replyTs: message.thread_ts, text: p.value });
  };
  app.action<BlockAction>(new RegExp(`^${BUTTON_ACTION}:`), onAction);
  app.action<BlockAction>(CHOICE_ACTION, onAction);
}
