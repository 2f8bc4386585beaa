import { z } from 'zod';

/** The model's CallSummary as this job needs it; extra fields are kept in activities.details. */
export const callSummarySchema = z.looseObject({
  summary: z.string().min(1),
  key_points: z.array(z.string()).default([]),
  action_items: z
    .array(
      z.object({
        text: z.string().min(1),
        owner: z.string().nullish(),
        due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
      }),
    )
    .default([]),
  next_steps: z.array(z.string()).default([]),
  sentiment: z.enum(['positive', 'neutral', 'negative', 'mixed']).optional(),
  language: z.string().optional(),
});
export type CallSummaryOut = z.input<typeof callSummarySchema>;
