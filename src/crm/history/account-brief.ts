import { z } from 'zod';
import { AppError, describeZodIssues } from '../../shared/app-error';
import type { ActivityKind, DealStage, Priority, TicketStatus } from '../../shared/contract/contract';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { oneLine } from '../search/snippet';
import type { AccountBrief, BriefContact, Sentiment, UserRef } from './brief-types';
import {
  accountRow, countRows, lastContactRows, openDealRows, openTaskRows, openTicketRows, recentCallSentiments,
} from './brief-queries';
import { localDate, slaState } from './sla-state';

export type { AccountBrief } from './brief-types';

const optsSchema = z.object({
  accountId: z.uuid(),
  tz: z.string().refine(validZone, 'must be an IANA time zone such as UTC or Asia/Shanghai'),
});
const SENTIMENTS: readonly string[] = ['positive', 'neutral', 'negative', 'mixed'];
const TREND_CALLS = 5;
const TASKS_SHOWN = 5;

/**
 * Everything worth knowing before talking to a customer, as the actor may see it: null when
 * the actor may not read the account at all. Read-only: SELECTs only, and record text is data.
 */
export async function accountBrief(db: Queryable, actor: Actor, accountId: string, opts: { now: Date; tz: string }): Promise<AccountBrief | null> {
  const parsed = optsSchema.safeParse({ accountId, tz: opts.tz });
  if (!parsed.success) throw new AppError('bad_input', `Cannot brief on that account: ${describeZodIssues(parsed.error.issues)}`);
  const { now, tz } = opts;
  const [account] = await accountRow(db, actor, accountId);
  if (!account) return null;

  const [tickets, deals, contact, tasks, calls, [counts]] = await Promise.all([
    openTicketRows(db, actor, accountId),
    openDealRows(db, actor, accountId),
    lastContactRows(db, actor, accountId, now),
    openTaskRows(db, actor, accountId, TASKS_SHOWN),
    recentCallSentiments(db, actor, accountId, now, TREND_CALLS),
    countRows(db, actor, accountId, now),
  ]);
  const today = localDate(now, tz);

  const openDeals = deals.map((d) => ({
    id: d.id,
    name: d.name,
    stage: d.stage as DealStage,
    amount: d.amount == null ? null : Number(d.amount),
    currency: d.currency.trim(),
    close_date: d.close_date,
    slipped: d.close_date != null && d.close_date < today,
    owner: ref(d.owner_id, d.owner_name),
  }));
  const pipeline: Record<string, number> = {};
  for (const d of openDeals) if (d.amount != null) pipeline[d.currency] = (pipeline[d.currency] ?? 0) + d.amount;

  return {
    customer: { id: account.id, name: account.name, region: account.region, owner: ref(account.owner_id, account.owner_name) },
    open_tickets: tickets.map((t) => {
      const created = new Date(t.created_at);
      return {
        id: t.id,
        number: t.number,
        subject: t.subject,
        priority: t.priority as Priority,
        status: t.status as TicketStatus,
        created_at: created.toISOString(),
        age_hours: Math.max(0, Math.round((now.getTime() - created.getTime()) / 360_000) / 10),
        sla: slaState(t.priority as Priority, created, t.first_response_at ? new Date(t.first_response_at) : null, now),
        assignee: ref(t.assignee_id, t.assignee_name),
      };
    }),
    open_deals: openDeals,
    last_contact: contact[0] ? toContact(contact[0]) : null,
    upcoming_tasks: tasks.map((k) => ({
      id: k.id,
      subject: k.subject,
      due_date: k.due_date,
      overdue: k.due_date != null && k.due_date < today,
      owner: ref(k.owner_id, k.owner_name),
    })),
    sentiment_trend: calls
      .map((c) => c.sentiment)
      .filter((s): s is Sentiment => s != null && SENTIMENTS.includes(s))
      .reverse(),
    counts: {
      open_tickets: tickets.length,
      open_deals: openDeals.length,
      open_pipeline: pipeline,
      contacts: counts?.contacts ?? 0,
      activities_last_90_days: counts?.activities ?? 0,
      upcoming_tasks: tasks[0] ? Number(tasks[0].total) : 0,
    },
  };
}

function toContact(a: Awaited<ReturnType<typeof lastContactRows>>[number]): BriefContact {
  return {
    id: a.id,
    date: new Date(a.occurred_at).toISOString(),
    type: a.kind as ActivityKind,
    subject: a.subject,
    // A written summary first; otherwise the body's first sentence; otherwise the subject.
    summary: oneLine(a.summary || a.body || a.subject || ''),
    who: ref(a.owner_id, a.owner_name),
  };
}

const ref = (id: string | null, name: string | null): UserRef | null => (id ? { id, name: name ?? '' } : null);

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
