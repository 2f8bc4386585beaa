import type { App, MessageShortcut } from '@slack/bolt';
import { converse, type SlackRuntime } from '../converse';
import { plainText } from '../to-message';
import { openNewTicketModal, registerTicketModal } from '../ticket-modal';

export const SHORTCUTS = {
  ticketFromMessage: 'crm_ticket_from_message',
  callNoteFromMessage: 'crm_call_note_from_message',
  newTicket: 'crm_new_ticket',
} as const;

/**
 * Message shortcuts turn any message into a CRM request, answered in that message's thread; the text and its
 * permalink go into the request so the record points back at the conversation it came from.
 */
export function registerShortcutListeners(app: App, rt: SlackRuntime): void {
  const fromMessage = (verb: (text: string, link: string) => string) => async ({ shortcut, ack, client }: { shortcut: MessageShortcut; ack: () => Promise<void>; client: Parameters<typeof converse>[1] }) => {
    await ack();
    const m = shortcut.message;
    const channel = shortcut.channel.id;
    let link = '';
    try {
      link = String((await client.chat.getPermalink({ channel, message_ts: m.ts })).permalink ?? '');
    } catch (err) {
      rt.log.warn({ err }, 'no permalink for the message');
    }
    const thread = m.thread_ts ?? m.ts;
    await converse(rt, client, { slackUser: shortcut.user.id, channel, thread, replyTs: thread, text: verb(plainText(m.text ?? ''), link) });
  };
  app.shortcut<MessageShortcut>(SHORTCUTS.ticketFromMessage, fromMessage((text, link) => `open a ticket: ${text}${link ? `\n${link}` : ''}`));
  app.shortcut<MessageShortcut>(SHORTCUTS.callNoteFromMessage, fromMessage((text, link) => `log a call note: ${text}${link ? `\n${link}` : ''}`));
  app.shortcut(SHORTCUTS.newTicket, async ({ shortcut, ack, client }) => {
    await ack();
    await openNewTicketModal(rt, client, shortcut.trigger_id);
  });
  registerTicketModal(app, rt);
}
