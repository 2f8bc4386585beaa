import type { App, MessageShortcut, webApi } from '@slack/bolt';
import type { SlackRuntime } from '../converse';
import { draftFromMessage, logCallView, newTicketView, type ModalOrigin } from '../record-modals';
import { plainText } from '../to-message';

export const SHORTCUTS = {
  ticketFromMessage: 'crm_ticket_from_message',
  callNoteFromMessage: 'crm_call_note_from_message',
  newTicket: 'crm_new_ticket',
} as const;

/**
 * Shortcuts open a modal at once (the trigger id expires in 3 s). A message shortcut fills it from the message
 * and remembers where the message is, so the submission links to it and is answered in its thread.
 */
export function registerShortcutListeners(app: App, rt: SlackRuntime): void {
  const fromMessage = (build: (text: string, origin: ModalOrigin) => webApi.ViewsOpenArguments['view']) =>
    async ({ shortcut, ack, client }: { shortcut: MessageShortcut; ack: () => Promise<void>; client: webApi.WebClient }) => {
      await ack();
      const m = shortcut.message;
      try {
        await client.views.open({ trigger_id: shortcut.trigger_id, view: build(plainText(m.text ?? ''), { channel: shortcut.channel.id, thread: m.thread_ts ?? m.ts, replyTs: m.thread_ts ?? m.ts, ts: m.ts }) });
      } catch (err) {
        rt.log.warn({ err }, 'could not open the modal for a message shortcut');
      }
    };
  app.shortcut<MessageShortcut>(SHORTCUTS.ticketFromMessage, fromMessage((text, origin) => newTicketView(draftFromMessage(text), origin)));
  app.shortcut<MessageShortcut>(SHORTCUTS.callNoteFromMessage, fromMessage((text, origin) => logCallView({ note: text }, origin)));
  app.shortcut(SHORTCUTS.newTicket, async ({ shortcut, ack, client }) => {
    await ack();
    try {
      await client.views.open({ trigger_id: shortcut.trigger_id, view: newTicketView() });
    } catch (err) {
      rt.log.warn({ err }, 'could not open the new-ticket modal');
    }
  });
}
