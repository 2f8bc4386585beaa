import { z } from 'zod';
import { ACTIVITY_KINDS } from '../../shared/contract/contract';
import { toSearchText } from '../../shared/search-text';
import { externalId, minutes, oneOf, optionalName, optionalText, ref, timestamp } from './line-fields';
import { present, type ImportLine, type LineHandler } from './line-handler';

const schema = z.object({
  type: z.literal('activity'),
  external_id: externalId(),
  account: ref(),
  contact: ref(),
  deal: ref(),
  ticket: ref(),
  kind: oneOf(ACTIVITY_KINDS).refine((v) => v != null, 'is required'),
  occurred_at: timestamp(),
  owner: ref(),
  subject: optionalName(500),
  body: optionalText(),
  summary: optionalText(),
  duration_minutes: minutes(),
});
type ActivityLine = z.infer<typeof schema>;

export const activityLine: LineHandler = {
  type: 'activity',
  table: 'activities',
  columns: [
    'account_id', 'contact_id', 'deal_id', 'ticket_id', 'kind', 'occurred_at', 'owner_id',
    'subject', 'body', 'summary', 'duration_minutes', 'search_text',
  ],
  refs: [
    { field: 'account', type: 'account', column: 'account_id' },
    { field: 'contact', type: 'contact', column: 'contact_id' },
    { field: 'deal', type: 'deal', column: 'deal_id' },
    { field: 'ticket', type: 'ticket', column: 'ticket_id' },
    { field: 'owner', type: 'user', column: 'owner_id' },
  ],
  schema: () => schema as unknown as z.ZodType<ImportLine>,
  defaults: (now) => ({
    account_id: null, contact_id: null, deal_id: null, ticket_id: null, occurred_at: now, owner_id: null,
    subject: null, body: null, summary: null, duration_minutes: null, search_text: '',
  }),
  toColumns(raw) {
    const rec = raw as unknown as ActivityLine;
    return present({
      kind: rec.kind,
      occurred_at: rec.occurred_at ?? undefined,
      subject: rec.subject,
      body: rec.body,
      summary: rec.summary,
      duration_minutes: rec.duration_minutes,
    });
  },
  finalise(row) {
    row.search_text = toSearchText(row.subject as string | null, row.body as string | null, row.summary as string | null);
  },
};
