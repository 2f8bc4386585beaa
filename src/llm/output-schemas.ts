import { z } from 'zod';
import type { CallSummary, SummaryLanguage } from './llm-port';

/**
 * What each prompt must make the model answer, checked with zod before anything is used.
 * Optional fields accept null as well (models write null more readily than leave a key out).
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const actionItem = z.object({
  text: z.string().min(1),
  owner: z.string().nullish(),
  due: z.string().nullish(),
});

const amount = z.object({ amount: z.number().finite().nonnegative(), currency: z.string().nullish() });

export const callSummarySchema = z.object({
  summary: z.string().min(1),
  key_points: z.array(z.string()),
  action_items: z.array(actionItem),
  next_steps: z.array(z.string()),
  sentiment: z.enum(['positive', 'neutral', 'negative', 'mixed']),
  competitors: z.array(z.string()),
  products: z.array(z.string()),
  amounts: z.array(amount),
  language: z.enum(['en', 'zh']),
});

/** Notes on one part of a long call (the map step of map-reduce). */
export const callNotesSchema = z.object({
  key_points: z.array(z.string()),
  action_items: z.array(actionItem),
  next_steps: z.array(z.string()),
  sentiment: z.enum(['positive', 'neutral', 'negative', 'mixed']),
  competitors: z.array(z.string()),
  products: z.array(z.string()),
  amounts: z.array(amount),
});

export const answerSchema = z.object({
  text: z.string().min(1),
  citations: z.array(z.string()),
});

export const classificationSchema = z.object({
  intent: z.string().min(1),
  confidence: z.number().min(0).max(1),
  entities: z.record(z.string(), z.unknown()),
});

export const OUTPUT_SCHEMAS = {
  'call-summary': callSummarySchema,
  'call-notes': callNotesSchema,
  answer: answerSchema,
  classification: classificationSchema,
} as const;

export type OutputSchemaName = keyof typeof OUTPUT_SCHEMAS;
export type CallNotes = z.infer<typeof callNotesSchema>;

const unique = (xs: readonly string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

/** A validated model summary as the port returns it: nulls dropped, malformed due dates left out. */
export function toCallSummary(raw: z.infer<typeof callSummarySchema>, language: SummaryLanguage): CallSummary {
  return {
    summary: raw.summary.trim(),
    key_points: unique(raw.key_points),
    action_items: raw.action_items.map((a) => ({
      text: a.text.trim(),
      ...(a.owner?.trim() ? { owner: a.owner.trim() } : {}),
      ...(a.due && ISO_DAY.test(a.due) ? { due: a.due } : {}),
    })),
    next_steps: unique(raw.next_steps),
    sentiment: raw.sentiment,
    competitors: unique(raw.competitors),
    products: unique(raw.products),
    amounts: raw.amounts.map((a) => ({ amount: a.amount, ...(a.currency ? { currency: a.currency.toUpperCase() } : {}) })),
    // The transcript decides the language, not the model.
    language,
  };
}
