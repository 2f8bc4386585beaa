/**
 * The writable columns of each record type. Column names in SQL come only from these lists,
 * never from input, so a field name cannot carry SQL.
 */
export const RECORD_TABLES = {
  account: { table: 'accounts', columns: ['name', 'domain', 'industry', 'region', 'owner_id', 'aliases'] },
  contact: { table: 'contacts', columns: ['account_id', 'name', 'email', 'phone', 'title'] },
  deal: { table: 'deals', columns: ['account_id', 'name', 'amount', 'currency', 'stage', 'owner_id', 'close_date', 'closed_at'] },
  ticket: {
    table: 'tickets',
    columns: ['account_id', 'contact_id', 'subject', 'description', 'priority', 'status', 'assignee_id', 'first_response_at', 'resolved_at', 'search_text'],
  },
  activity: {
    table: 'activities',
    columns: ['account_id', 'contact_id', 'deal_id', 'ticket_id', 'kind', 'occurred_at', 'owner_id', 'subject', 'body', 'summary', 'sentiment', 'duration_minutes', 'details', 'search_text'],
  },
  task: { table: 'tasks', columns: ['subject', 'due_date', 'status', 'account_id', 'deal_id', 'activity_id', 'owner_id', 'completed_at'] },
} as const;

export type WritableType = keyof typeof RECORD_TABLES;

export function pickColumns(type: WritableType, fields: Record<string, unknown>): Record<string, unknown> {
  const allowed = RECORD_TABLES[type].columns as readonly string[];
  return Object.fromEntries(Object.entries(fields).filter(([k, v]) => allowed.includes(k) && v !== undefined));
}
