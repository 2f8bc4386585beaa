import { z } from 'zod';
import { PRIORITIES, PRIORITY_ALIASES, TICKET_STATUSES } from '../../shared/contract/contract';
import { toSearchText } from '../../shared/search-text';
import { externalId, oneOf, optionalText, ref, requiredName, timestamp } from './line-fields';
import { present, type ImportLine, type LineHandler } from './line-handler';

const schema = z.object({
  type: z.literal('ticket'),
  external_id: externalId(),
  account: externalId(),
  contact: ref(),
  subject: requiredName(500),
  description: optionalText(),
  priority: oneOf(PRIORITIES, PRIORITY_ALIASES),
  status: oneOf(TICKET_STATUSES),
  assignee: ref(),
  created_at: timestamp(),
  first_response_at: timestamp(),
  resolved_at: timestamp(),
});
type TicketLine = z.infer<typeof schema>;

/** Tickets keep the source's timestamps, so SLA and resolution KPIs stay true to history. */
export const ticketLine: LineHandler = {
  type: 'ticket',
  table: 'tickets',
  columns: [
    'account_id', 'contact_id', 'subject', 'description', 'priority', 'status', 'assignee_id',
    'created_at', 'first_response_at', 'resolved_at', 'search_text',
  ],
  refs: [
    { field: 'account', type: 'account', column: 'account_id' },
    { field: 'contact', type: 'contact', column: 'contact_id' },
    { field: 'assignee', type: 'user', column: 'assignee_id' },
  ],
  schema: () => schema as unknown as z.ZodType<ImportLine>,
  defaults: (now) => ({
    contact_id: null, description: null, priority: 'normal', status: 'open', assignee_id: null,
    created_at: now, first_response_at: null, resolved_at: null, search_text: '',
  }),
  toColumns(raw) {
    const rec = raw as unknown as TicketLine;
    return present({
      subject: rec.subject,
      description: rec.description,
      priority: rec.priority === null ? 'normal' : rec.priority,
      status: rec.status === null ? 'open' : rec.status,
      created_at: rec.created_at ?? undefined,
      first_response_at: rec.first_response_at,
      resolved_at: rec.resolved_at,
    });
  },
  finalise(row) {
    row.search_text = toSearchText(row.subject as string, row.description as string | null);
  },
};
