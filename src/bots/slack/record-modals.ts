import type { types } from '@slack/bolt';
import { z } from 'zod';

/** Modals that let a user fill in a record before the engine asks to confirm it: "New ticket" and "Log call". */
export const TICKET_MODAL = 'crm_new_ticket_modal';
export const CALL_MODAL = 'crm_log_call_modal';
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** Where the answer goes once the modal is submitted: the source message's thread, or the user's DM. */
export const modalOriginSchema = z.object({
  channel: z.string().max(50).optional(),
  /** The dialogue's thread key, and where to answer (a thread ts; absent to answer in the channel itself). */
  thread: z.string().max(60).optional(),
  replyTs: z.string().max(50).optional(),
  /** The message the modal came from: linked (permalink) for a shortcut, updated when editing a bot message. */
  ts: z.string().max(50).optional(),
  /** Editing a pending write: the old draft is dropped before the edited one is asked. */
  edit: z.boolean().optional(),
});
export type ModalOrigin = z.infer<typeof modalOriginSchema>;

const input = (id: string, label: string, o: { multiline?: boolean; optional?: boolean; initial?: string; max: number }): types.InputBlock => ({
  type: 'input',
  block_id: id,
  optional: o.optional ?? false,
  label: { type: 'plain_text', text: label },
  element: { type: 'plain_text_input', action_id: 'value', multiline: o.multiline ?? false, max_length: o.max, ...(o.initial ? { initial_value: o.initial.slice(0, o.max) } : {}) },
});

const option = (p: string) => ({ text: { type: 'plain_text' as const, text: p }, value: p });

const modal = (callbackId: string, title: string, blocks: types.KnownBlock[], origin: ModalOrigin): types.ModalView => ({
  type: 'modal',
  callback_id: callbackId,
  private_metadata: JSON.stringify(origin),
  title: { type: 'plain_text', text: title },
  submit: { type: 'plain_text', text: 'Review' },
  close: { type: 'plain_text', text: 'Cancel' },
  blocks,
});

export function newTicketView(initial: { customer?: string; subject?: string; priority?: string; description?: string } = {}, origin: ModalOrigin = {}): types.ModalView {
  const priority = (PRIORITIES as readonly string[]).includes(initial.priority ?? '') ? initial.priority! : 'normal';
  return modal(TICKET_MODAL, origin.edit ? 'Edit ticket' : 'New ticket', [
    input('customer', 'Customer', { initial: initial.customer, max: 200 }),
    input('subject', 'Subject', { initial: initial.subject, max: 200 }),
    { type: 'input', block_id: 'priority', label: { type: 'plain_text', text: 'Priority' }, element: { type: 'static_select', action_id: 'value', initial_option: option(priority), options: PRIORITIES.map(option) } },
    input('description', 'Description', { multiline: true, optional: true, initial: initial.description, max: 3000 }),
  ], origin);
}

export function logCallView(initial: { customer?: string; note?: string } = {}, origin: ModalOrigin = {}): types.ModalView {
  return modal(CALL_MODAL, origin.edit ? 'Edit call' : 'Log call', [input('customer', 'Customer', { initial: initial.customer, max: 200 }), input('note', 'Call note', { multiline: true, initial: initial.note, max: 3000 })], origin);
}

// What the user typed is checked here so mistakes show under the field in the modal, before anything is asked.
const customer = z.string().trim().min(2, 'Give the customer name (at least 2 characters).').max(200);
const words = (min: number, what: string) => z.string().trim().min(min, `Give ${what} of at least ${min} characters.`).refine((s) => /[\p{L}\p{N}]/u.test(s), `The ${what.replace(/^an? /, '')} needs some words.`);
const ticketSchema = z.object({ customer, subject: words(3, 'a subject').pipe(z.string().max(200)), priority: z.enum(PRIORITIES), description: z.string().trim().max(3000).optional() });
const callSchema = z.object({ customer, note: words(5, 'a note').pipe(z.string().max(3000)) });
export type TicketSubmission = z.infer<typeof ticketSchema>;
export type CallSubmission = z.infer<typeof callSchema>;

export type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;
type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

function check<T>(schema: z.ZodType<T>, raw: Record<string, unknown>): Checked<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
  return { ok: false, errors };
}

const field = (values: StateValues, id: string): string | undefined => values[id]?.value?.value ?? values[id]?.value?.selected_option?.value ?? undefined;

/** The modal's state → a checked submission, or the errors keyed by block id as Slack shows them. */
export const readTicket = (v: StateValues): Checked<TicketSubmission> =>
  check(ticketSchema, { customer: field(v, 'customer') ?? '', subject: field(v, 'subject') ?? '', priority: field(v, 'priority') ?? 'normal', description: field(v, 'description') || undefined });

export const readCall = (v: StateValues): Checked<CallSubmission> => check(callSchema, { customer: field(v, 'customer') ?? '', note: field(v, 'note') ?? '' });

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sentences the engine reads for a submission; it still asks to confirm before anything is saved. */
export const ticketRequest = (s: TicketSubmission, link?: string): string =>
  `open a ${s.priority} priority ticket for ${oneLine(s.customer)}: ${oneLine(s.subject)}${s.description ? `\n${s.description}` : ''}${link ? `\n${link}` : ''}`;

export const callRequest = (s: CallSubmission, link?: string): string => `log a call with ${oneLine(s.customer)}: ${s.note}${link ? `\n${link}` : ''}`;

/** A message's text as a ticket draft: its first line is the subject, the whole text the description. */
export function draftFromMessage(text: string): { subject: string; description: string } {
  const first = text.split('\n').find((l) => l.trim()) ?? '';
  return { subject: oneLine(first).slice(0, 150), description: text.slice(0, 3000) };
}
