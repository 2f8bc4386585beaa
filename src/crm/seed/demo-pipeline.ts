import { SLA_FIRST_RESPONSE_HOURS, type Priority } from '../../shared/contract/contract';
import { toSearchText } from '../../shared/search-text';
import type { Row } from '../import/multi-row-insert';
import {
  CALLS_EN, CALLS_ZH, DEAL_KINDS, DEAL_KINDS_ZH, EMAILS_EN, EMAILS_ZH, MEETINGS_EN, MEETINGS_ZH, NOTES_EN, NOTES_ZH,
  PRODUCTS, TICKETS_EN, TICKETS_ZH, fill, type Phrase,
} from './demo-catalog';
import type { DemoOrg } from './demo-people';
import { addDays, addHours, isoDay, minDate, type DemoRandom } from './demo-random';

type Acc = Row & { id: string; name: string; zh: boolean; owner_id: string; created_at: Date };

const money = (n: number, zh: boolean) => (zh ? `${Math.round(n / 10_000)}万美元` : `$${n.toLocaleString('en-US')}`);
const shortName = (name: string) => name.replace(/(股份)?有限(责任)?公司$/, '').split(/,| - /)[0]!.trim();

/** Deals across every stage: closed ones with closed_at in the past, open ones with close dates (some slipped). */
export function generateDeals(rnd: DemoRandom, org: DemoOrg, now: Date, perAccount: number): Row[] {
  const deals: Row[] = [];
  for (const a of org.accounts as Acc[]) {
    const n = Math.max(0, Math.round(perAccount + rnd.float(-1.5, 1.5)));
    for (let i = 0; i < n; i++) {
      const created = rnd.between(a.created_at, addDays(now, -3));
      let stage = rnd.weighted([['won', 30], ['lost', 35], ['lead', 8], ['qualified', 9], ['proposal', 10], ['negotiation', 8]] as const);
      let closedAt: Date | null = null;
      if (stage === 'won' || stage === 'lost') {
        closedAt = addHours(created, rnd.int(5, 150) * 24 + rnd.int(0, 23));
        if (closedAt > now) {
          stage = 'negotiation';
          closedAt = null;
        }
      }
      const product = rnd.pick(PRODUCTS);
      const kind = a.zh ? rnd.pick(DEAL_KINDS_ZH) : rnd.pick(DEAL_KINDS);
      deals.push({
        id: rnd.uuid(), account_id: a.id, owner_id: a.owner_id, stage, currency: 'USD', created_at: created,
        name: `${shortName(a.name)} - ${product} ${kind}`,
        amount: rnd.int(10, 1000) * 500,
        closed_at: closedAt,
        close_date: closedAt ? isoDay(closedAt) : isoDay(addDays(now, rnd.chance(0.1) ? -rnd.int(1, 20) : rnd.int(5, 150))),
      });
    }
  }
  return deals;
}

/** Tickets with SLA timestamps: most answered in time, some breached, recent ones still open. */
export function generateTickets(rnd: DemoRandom, org: DemoOrg, now: Date, count: number): Row[] {
  const accounts = org.accounts as Acc[];
  const agentsEn = org.users.filter((u) => (u.role === 'agent' && u.locale !== 'zh-CN') || u.email === 'support.manager@demo.crm');
  const agentsZh = org.users.filter((u) => u.role === 'agent' && u.locale === 'zh-CN');
  const contactsOf = byAccount(org.contacts);
  const tickets: Row[] = [];
  for (let i = 0; i < count; i++) {
    const a = accounts[i % accounts.length]!;
    const priority = rnd.weighted([['low', 20], ['normal', 50], ['high', 20], ['urgent', 10]] as const) as Priority;
    const created = rnd.between(addDays(now, -365), addHours(now, -2));
    const sla = SLA_FIRST_RESPONSE_HOURS[priority];
    const ageH = (now.getTime() - created.getTime()) / 3_600_000;
    // Unanswered tickets are recent ones; those older than their SLA are the open breaches.
    const answered = ageH > 48 || rnd.chance(0.6);
    const firstResponse = answered ? minDate(addHours(created, sla * (rnd.chance(0.15) ? rnd.float(1.2, 3) : rnd.float(0.05, 0.9))), now) : null;
    const status =
      ageH > 24 * 14
        ? rnd.weighted([['closed', 70], ['resolved', 25], ['pending', 5]] as const)
        : rnd.weighted([['open', 40], ['pending', 20], ['resolved', 25], ['closed', 15]] as const);
    const done = status === 'resolved' || status === 'closed';
    const resolved = done ? minDate(addHours(firstResponse ?? created, rnd.float(1, 96)), now) : null;
    const phrase = rnd.pick(a.zh ? TICKETS_ZH : TICKETS_EN);
    const vars = { company: shortName(a.name), product: rnd.pick(PRODUCTS) };
    const subject = fill(phrase.subject, vars);
    const description = fill(phrase.body, vars);
    tickets.push({
      id: rnd.uuid(), account_id: a.id, contact_id: (rnd.pick(contactsOf.get(a.id) ?? [null]) as Row | null)?.id ?? null, subject, description, priority, status,
      assignee_id: rnd.pick(a.zh ? agentsZh : agentsEn).id, created_at: created,
      first_response_at: firstResponse ?? (done ? resolved : null), resolved_at: resolved,
      search_text: toSearchText(subject, description),
    });
  }
  return tickets;
}

/** Calls, meetings, e-mails and notes in the account's language, with summaries for calls and meetings. */
export function generateActivities(rnd: DemoRandom, org: DemoOrg, deals: Row[], now: Date, count: number): Row[] {
  const accounts = org.accounts as Acc[];
  const contactsOf = byAccount(org.contacts);
  const dealsOf = byAccount(deals);
  const out: Row[] = [];
  for (let i = 0; i < count; i++) {
    const a = accounts[rnd.int(0, accounts.length - 1)]!;
    const contact = rnd.pick(contactsOf.get(a.id) ?? [null]);
    const deal = rnd.chance(0.4) ? rnd.pick(dealsOf.get(a.id) ?? [null]) : null;
    out.push(activityRow(rnd, a, contact, deal, now));
  }
  return out;
}

export function activityRow(rnd: DemoRandom, a: Acc, contact: Row | null, deal: Row | null, now: Date): Row {
  const kind = rnd.weighted([['call', 35], ['email', 30], ['meeting', 20], ['note', 15]] as const);
  const p = phrase(rnd, kind, a.zh);
  const vars = {
    contact: contact ? firstName(contact.name as string, a.zh) : a.zh ? '客户' : 'the customer',
    product: rnd.pick(PRODUCTS),
    amount: money(rnd.int(10, 400) * 1000, a.zh),
  };
  const subject = fill(p.subject, vars);
  const body = fill(p.body, vars);
  const summary = p.summary ? fill(p.summary, vars) : null;
  return {
    id: rnd.uuid(), account_id: a.id, contact_id: contact?.id ?? null, deal_id: deal?.id ?? null, kind,
    occurred_at: rnd.between(a.created_at, now), owner_id: a.owner_id, subject, body, summary,
    duration_minutes: kind === 'call' ? rnd.int(5, 60) : kind === 'meeting' ? rnd.pick([30, 45, 60, 90]) : null,
    search_text: toSearchText(subject, body, summary),
  };
}

export function phrase(rnd: DemoRandom, kind: 'call' | 'email' | 'meeting' | 'note', zh: boolean): Phrase {
  const sets = { call: [CALLS_EN, CALLS_ZH], email: [EMAILS_EN, EMAILS_ZH], meeting: [MEETINGS_EN, MEETINGS_ZH], note: [NOTES_EN, NOTES_ZH] } as const;
  return rnd.pick(sets[kind][zh ? 1 : 0]);
}

const firstName = (name: string, zh: boolean) => (zh ? name : name.split(' ')[0]!);

function byAccount(rows: Row[]): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = r.account_id as string;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}
