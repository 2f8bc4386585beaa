import { z } from 'zod';
import type { Reply } from '../../intents/reply';

export const EDIT_ACTION = 'crm_edit';

/** What the Edit button carries to prefill the modal: the pending write's fields, as the engine showed them. */
export const editDraftSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ticket'), customer: z.string().max(200), subject: z.string().max(200), priority: z.string().max(20), description: z.string().max(1200).optional() }),
  z.object({ kind: z.literal('call'), customer: z.string().max(200), note: z.string().max(1500) }),
]);
export type EditDraft = z.infer<typeof editDraftSchema>;

const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/**
 * A ticket or call waiting for confirmation can be edited in a modal before it is saved. The button value is
 * limited to 2000 characters, so long texts are cut (the modal shows them for editing anyway).
 */
export function editDraftOf(reply: Reply): EditDraft | null {
  if (reply.status !== 'needs_confirmation') return null;
  const pending = reply.data.pending as { type?: string; fields?: Record<string, unknown> } | undefined;
  const f = pending?.fields ?? {};
  if (reply.intent === 'ticket.create' && pending?.type === 'ticket') {
    return { kind: 'ticket', customer: str(f.account, 200), subject: str(f.subject, 200), priority: str(f.priority, 20) || 'normal', ...(f.description ? { description: str(f.description, 1200) } : {}) };
  }
  if (reply.intent === 'call.log' && pending?.type === 'activity') return { kind: 'call', customer: str(f.account, 200), note: str(f.body, 1500) };
  return null;
}

export function parseEditDraft(value: string | undefined): EditDraft | null {
  try {
    const parsed = editDraftSchema.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
