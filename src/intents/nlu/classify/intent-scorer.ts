import { INTENTS, type IntentName } from '../../../shared/contract/contract';
import { CUES } from './intent-cues';

/** What the extractors found, as evidence for the intent. */
export interface Evidence {
  transcript: boolean;
  ticketNo: boolean;
  metric: boolean;
  groupBy: boolean;
  company: boolean;
  /** The company is written as a name (capitalised or Chinese), not guessed from a lower-case run. */
  namedCompany?: boolean;
  person: boolean;
  contactInfo: boolean;
  title: boolean;
  amount: boolean;
  stage: boolean;
  status: boolean;
  priority: boolean;
  question: boolean;
  period: boolean;
  quantity: boolean;
}

const WRITES: IntentName[] = ['ticket.create', 'ticket.update', 'call.log', 'contact.create', 'contact.update', 'deal.create', 'deal.update', 'task.create'];

const UNKNOWN_FLOOR = 1.6;

export function scoreIntents(lc: string, ev: Evidence): Record<IntentName, number> {
  const s = Object.fromEntries(INTENTS.map((i) => [i, 0])) as Record<IntentName, number>;
  for (const [intent, cues] of Object.entries(CUES) as Array<[IntentName, Array<[RegExp, number]>]>) {
    for (const [re, w] of cues) if (re.test(lc)) s[intent] += w;
  }
  s.unknown += UNKNOWN_FLOOR;
  if (ev.transcript) s['call.summarise'] += 5;
  if (ev.ticketNo) {
    s['ticket.update'] += 2.5 + (ev.status || ev.priority ? 1.5 : 0);
    s['ticket.create'] -= 1.5;
  } else s['ticket.update'] -= 2;
  if (ev.metric) s['kpi.query'] += 3.5 + (ev.question ? 0.5 : 0);
  if (ev.groupBy) s['kpi.query'] += 1.5;
  // a number split by rep, team or priority is a report, not a record to write
  if (ev.groupBy && ev.metric) for (const w of WRITES) s[w] -= 1.5;
  // a number about one named customer is that customer's story, not a business KPI
  if (ev.company && ev.metric && !ev.groupBy) s['customer.history'] += 3;
  // …and a period on it ("revenue from Acme last quarter") narrows that story, it does not make it a KPI
  if (ev.namedCompany && ev.metric && !ev.groupBy && ev.period) s['customer.history'] += 3;
  if (ev.company && ev.question && !ev.metric) s['customer.history'] += 2;
  if (ev.metric && ev.period) s['kpi.query'] += 1.5;
  // "how is Aisha doing on revenue": a person's numbers are a KPI by owner, not an account story
  if (ev.metric && ev.person && !ev.company) s['kpi.query'] += 1.5;
  if (ev.company) s['customer.history'] += 1;
  else s['customer.history'] -= 2;
  // writes are commands; "how many …" asks for a number
  if (ev.quantity) for (const w of WRITES) s[w] -= 2;
  if (/(?:^|[.!?,—–]\s*|\s-\s+)(?:how\s+(?:do|can|should|would)\s+i|how\s+to)\b|\bwhat\s+(?:format|syntax|info(?:rmation)?|details|fields)\s+do\s+(?:you|u)\s+need\b|^(?:请问)?(?:怎么|如何|怎样)/.test(lc)) for (const w of WRITES) s[w] -= 3;
  if (!ev.person) {
    s['contact.create'] -= 1;
    s['contact.update'] -= 1;
  }
  if (ev.title && ev.person && /\bupdate\b|更新/.test(lc)) s['contact.update'] += 1.5;
  if (ev.contactInfo) {
    s['contact.create'] += 1.5;
    s['contact.update'] += 1.5;
  }
  if (ev.title && ev.person) s['contact.create'] += 1;
  if (ev.amount) {
    s['deal.create'] += 1.5;
    s['deal.update'] += 1;
  }
  if (ev.stage) {
    s['deal.update'] += ev.company ? 1.5 : 0.5;
    s['deal.create'] += 0.3;
  }
  if (ev.priority && !ev.ticketNo) s['ticket.create'] += 1;
  return s;
}

/**
 * The best intent, and a confidence that falls as the runner-up gets close (margin) or the
 * evidence is thin (strength): a close call lands below 0.6, where the engine may ask a model.
 */
export function pickIntent(scores: Record<IntentName, number>): { intent: IntentName; confidence: number } {
  const ranked = (Object.entries(scores) as Array<[IntentName, number]>).sort((a, b) => b[1] - a[1]);
  const [[intent, best], [, second]] = ranked;
  const margin = 2 / (1 + Math.exp(-1.2 * (best - second))) - 1;
  const strength = Math.min(1, 0.5 + best / 8);
  const confidence = Math.round((0.3 + 0.7 * margin) * strength * 100) / 100;
  return { intent, confidence: Math.max(0.05, Math.min(0.99, confidence)) };
}
