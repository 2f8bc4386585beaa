import type { App, webApi, types } from '@slack/bolt';
import { z } from 'zod';
import { converse, type SlackRuntime } from './converse';

export const TICKET_MODAL = 'crm_new_ticket_modal';
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

const input = (id: string, label: string, opts: { multiline?: boolean; optional?: boolean; initial?: string; max?: number } = {}): types.InputBlock => ({
  type: 'input',
  block_id: id,
  optional: opts.optional ?? false,
  label: { type: 'plain_text', text: label },
  element: { type: 'plain_text_input', action_id: 'value', multiline: opts.multiline ?? false, ...(opts.initial ? { initial_value: opts.initial } : {}), ...(opts.max ? { max_length: opts.max } : {}) },
});

const option = (p: string) => ({ text: { type: 'plain_text' as const, text: p }, value: p });

export function newTicketView(initial: { customer?: string; subject?: string; description?: string } = {}): types.ModalView {
  return {
    type: 'modal',
    callback_id: TICKET_MODAL,
    title: { type: 'plain_text', text: 'New ticket' },
    submit: { type: 'plain_text', text: 'Review' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      input('customer', 'Customer', { initial: initial.customer, max: 200 }),
      input('subject', 'Subject', { initial: initial.subject, max: 200 }),
      {
        type: 'input',
        block_id: 'priority',
        label: { type: 'plain_text', text: 'Priority' },
        element: { type: 'static_select', action_id: 'value', initial_option: option('normal'), options: PRIORITIES.map(option) },
      },
      input('description', 'Description', { multiline: true, optional: true, initial: initial.description, max: 3000 }),
    ],
  };
}

export async function openNewTicketModal(rt: SlackRuntime, client: webApi.WebClient, triggerId: string): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view: newTicketView() });
  } catch (err) {
    rt.log.warn({ err }, 'could not open the new-ticket modal');
  }
}

// What the user typed is checked here so mistakes show under the field in the modal, before anything is asked.
const submissionSchema = z.object({
  customer: z.string().trim().min(2, 'Give the customer name (at least 2 characters).').max(200),
  subject: z.string().trim().min(3, 'Give a subject of at least 3 characters.').max(200).refine((s) => /[\p{L}\p{N}]/u.test(s), 'The subject needs some words.'),
  priority: z.enum(PRIORITIES),
  description: z.string().trim().max(3000).optional(),
});
export type TicketSubmission = z.infer<typeof submissionSchema>;

type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

/** The modal's state → a checked submission, or the errors keyed by block id as Slack shows them. */
export function readSubmission(values: StateValues): { ok: true; value: TicketSubmission } | { ok: false; errors: Record<string, string> } {
  const v = (id: string) => values[id]?.value?.value ?? values[id]?.value?.selected_option?.value ?? undefined;
  const parsed = submissionSchema.safeParse({ customer: v('customer') ?? '', subject: v('subject') ?? '', priority: v('priority') ?? 'normal', description: v('description') || undefined });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
  return { ok: false, errors };
}

/** The sentence the engine reads for a submitted ticket: it still asks to confirm, in a DM with the user. */
export const ticketRequest = (s: TicketSubmission): string =>
  `open a ${s.priority} priority ticket for ${s.customer}: ${s.subject}${s.description ? `\n${s.description}` : ''}`;

export function registerTicketModal(app: App, rt: SlackRuntime): void {
  app.view(TICKET_MODAL, async ({ ack, view, body, client }) => {
    const r = readSubmission(view.state.values as StateValues);
    if (!r.ok) {
      await ack({ response_action: 'errors', errors: r.errors });
      return;
    }
    await ack();
    const dm = await client.conversations.open({ users: body.user.id });
    const channel = dm.channel?.id;
    if (!channel) return;
    await converse(rt, client, { slackUser: body.user.id, channel, thread: channel, text: ticketRequest(r.value) });
  });
}
