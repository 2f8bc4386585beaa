import raw from './intents.json';

/** The machine-readable contract (a copy of shared/contracts/intents.json), typed. */
export const contract = raw;

export const INTENTS = [
  'ticket.create', 'ticket.update', 'call.log', 'call.summarise', 'customer.history', 'kpi.query',
  'contact.create', 'contact.update', 'deal.create', 'deal.update', 'task.create', 'search', 'help', 'unknown',
] as const;
export type IntentName = (typeof INTENTS)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const TICKET_STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const DEAL_STAGES = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];
export const ACTIVITY_KINDS = ['call', 'meeting', 'email', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ROLES = ['rep', 'agent', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const GROUP_BYS = ['owner', 'team', 'stage', 'priority', 'region', 'kind'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const RECORD_TYPES = ['account', 'contact', 'deal', 'ticket', 'activity'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
export const METRICS = [
  'pipeline_value', 'new_deals', 'deals_won', 'revenue_won', 'win_rate', 'avg_deal_size', 'sales_cycle_days',
  'new_accounts', 'activities', 'calls_logged', 'tickets_opened', 'tickets_resolved', 'open_tickets',
  'first_response_time', 'resolution_time', 'sla_breaches',
] as const;
export type Metric = (typeof METRICS)[number];

export const SLA_FIRST_RESPONSE_HOURS: Record<Priority, number> = raw.sla_first_response_hours;
export const PRIORITY_ALIASES: Record<string, Priority> = raw.priority_aliases as Record<string, Priority>;

export interface Period {
  start: string; // YYYY-MM-DD inclusive
  end: string; // YYYY-MM-DD inclusive
}

/** Entities as `crm nlu` emits them, normalised per the contract. */
export interface Entities {
  customer?: string;
  contact?: string;
  subject?: string;
  note?: string;
  query?: string;
  assignee?: string;
  field?: string;
  value?: string;
  email?: string;
  phone?: string;
  title?: string;
  priority?: Priority;
  status?: TicketStatus;
  stage?: DealStage;
  amount?: number;
  currency?: string;
  date?: string;
  due?: string;
  duration_minutes?: number;
  period?: Period;
  compare_period?: Period;
  metric?: Metric;
  group_by?: GroupBy;
  ticket?: number;
  record_type?: RecordType;
}
