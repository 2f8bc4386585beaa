import { z } from 'zod';
import type { Language } from '../../shared/language';
import { CARD_SCHEMA, type AdaptiveCard } from './card-types';
import { stripMentions } from './to-message';

/** The message extension command id declared in teams-app/manifest.json. */
export const CREATE_TICKET_COMMAND = 'createTicketFromMessage';
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** The message the user picked "Create ticket from message" on, as Teams sends it in `messagePayload`. */
export const messagePayloadSchema = z.looseObject({
  id: z.string().optional(),
  body: z.looseObject({ content: z.string().max(100_000).default(''), contentType: z.string().optional() }).optional(),
  from: z.looseObject({ user: z.looseObject({ displayName: z.string().optional() }).nullish() }).nullish(),
  linkToMessage: z.string().optional(),
});

export const ticketFormSchema = z.object({
  customer: z.string().trim().min(1).max(200),
  subject: z.string().trim().min(1).max(300),
  priority: z.enum(PRIORITIES).default('normal'),
  description: z.string().max(4000).optional(),
});
export type TicketForm = z.infer<typeof ticketFormSchema>;

export interface TicketPrefill {
  subject: string;
  description: string;
}

/** The chosen message as a ticket draft: its first line (shortened) as subject, all of it as description. */
export function prefillFromMessage(payload: unknown): TicketPrefill {
  const p = messagePayloadSchema.safeParse(payload);
  const text = p.success ? stripMentions(p.data.body?.content ?? '') : '';
  const first = text.split('\n').find((l) => l.trim()) ?? '';
  const subject = first.length > 120 ? `${first.slice(0, 117).trimEnd()}…` : first;
  const author = p.success ? p.data.from?.user?.displayName : undefined;
  return { subject, description: author ? `${author}: ${text}` : text };
}

const L = (lang: Language, en: string, zh: string) => (lang === 'zh' ? zh : en);

/** The task module form, prefilled; the user names the customer and may change the rest. */
export function ticketFormCard(prefill: TicketPrefill, lang: Language): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body: [
      { type: 'Input.Text', id: 'customer', label: L(lang, 'Customer', '客户'), isRequired: true, errorMessage: L(lang, 'Name the customer', '请填写客户'), maxLength: 200 },
      { type: 'Input.Text', id: 'subject', label: L(lang, 'Subject', '标题'), value: prefill.subject, isRequired: true, maxLength: 300 },
      {
        type: 'Input.ChoiceSet',
        id: 'priority',
        label: L(lang, 'Priority', '优先级'),
        value: 'normal',
        choices: PRIORITIES.map((p) => ({ title: p, value: p })),
      },
      { type: 'Input.Text', id: 'description', label: L(lang, 'Description', '描述'), value: prefill.description.slice(0, 4000), isMultiline: true, maxLength: 4000 },
    ],
    actions: [{ type: 'Action.Submit', title: L(lang, 'Create ticket', '创建工单'), style: 'positive' }],
  };
}

/** The sentence the engine understands as this ticket; the form's submit is the user's confirmation. */
export function ticketRequestText(form: TicketForm): string {
  const subject = form.subject.replace(/\s+/g, ' ');
  return `open a ${form.priority} priority ticket for ${form.customer}: ${subject}`;
}
