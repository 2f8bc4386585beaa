import type { ActivityKind, DealStage, Priority, TicketStatus } from '../../shared/contract/contract';

/** The `customer.history` answer's data (contract: customer, open_tickets, open_deals, last_contact, ...). */
export type SlaState = 'ok' | 'at_risk' | 'breached' | 'met';
export type Sentiment = 'positive' | 'neutral' | 'negative' | 'mixed';
export interface UserRef {
  id: string;
  name: string;
}

export interface BriefTicket {
  id: string;
  number: number;
  subject: string;
  priority: Priority;
  status: TicketStatus;
  created_at: string; // ISO
  age_hours: number;
  sla: SlaState;
  assignee: UserRef | null;
}

export interface BriefDeal {
  id: string;
  name: string;
  stage: DealStage;
  amount: number | null;
  currency: string;
  close_date: string | null; // YYYY-MM-DD
  /** The planned close date has passed (in the asker's zone) and the deal is still open. */
  slipped: boolean;
  owner: UserRef | null;
}

export interface BriefContact {
  id: string;
  date: string; // ISO
  type: ActivityKind;
  subject: string | null;
  summary: string;
  who: UserRef | null;
}

export interface BriefTask {
  id: string;
  subject: string;
  due_date: string | null;
  overdue: boolean;
  owner: UserRef | null;
}

export interface AccountBrief {
  customer: { id: string; name: string; region: string | null; owner: UserRef | null };
  open_tickets: BriefTicket[];
  open_deals: BriefDeal[];
  /** The latest call, meeting or email; a note is not contact. */
  last_contact: BriefContact | null;
  upcoming_tasks: BriefTask[];
  /** Sentiment of the latest calls that have one, oldest first, so it reads as a trend. */
  sentiment_trend: Sentiment[];
  counts: {
    open_tickets: number;
    open_deals: number;
    /** Sum of open deal amounts per currency. */
    open_pipeline: Record<string, number>;
    contacts: number;
    activities_last_90_days: number;
    upcoming_tasks: number;
  };
}
