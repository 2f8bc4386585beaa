import { SLA_FIRST_RESPONSE_HOURS } from '../../shared/contract/contract';
import type { Queryable } from '../../shared/db';

/**
 * First-response SLA claims. Each claim is one conditional UPDATE ... RETURNING: the row is
 * stamped (sla_warned_at / sla_escalated_at) in the same statement that selects it, so two
 * workers running the watch at once cannot both get the same ticket, and a ticket is warned
 * once however many times the watch runs.
 */
export interface SlaTicket {
  id: string;
  number: number;
  subject: string;
  priority: string;
  assignee_id: string | null;
  assignee_name: string | null;
  account_name: string | null;
  account_owner_id: string | null;
  due_at: Date;
}

/** Warn when this share of the first-response time has gone. */
export const SLA_WARN_FRACTION = 0.75;

const DUE = `t.created_at + (($2::jsonb ->> t.priority)::float8 * interval '1 hour')`;

const RETURNING = `
  returning t.id, t.number, t.subject, t.priority, t.assignee_id,
    (select u.name from users u where u.id = t.assignee_id) as assignee_name,
    (select a.name from accounts a where a.id = t.account_id) as account_name,
    (select a.owner_id from accounts a where a.id = t.account_id) as account_owner_id,
    ${DUE} as due_at`;

const WAITING = `t.status in ('open', 'pending') and t.first_response_at is null`;

/** Tickets whose first-response target has passed and whose manager has not been told yet. */
export async function claimSlaEscalations(q: Queryable, now: Date, limit = 200): Promise<SlaTicket[]> {
  const r = await q.query<SlaTicket>(
    `with due as (
       select t.id from tickets t
       where ${WAITING} and t.sla_escalated_at is null and ${DUE} <= $1
       order by t.created_at
       limit $3
       for update skip locked
     )
     update tickets t set sla_escalated_at = $1, sla_warned_at = coalesce(t.sla_warned_at, $1)
     from due where t.id = due.id and t.sla_escalated_at is null
     ${RETURNING}`,
    [now, JSON.stringify(SLA_FIRST_RESPONSE_HOURS), limit],
  );
  return r.rows;
}

/** Assigned tickets that have used SLA_WARN_FRACTION of their time but not all of it, not yet warned. */
export async function claimSlaWarnings(q: Queryable, now: Date, limit = 200): Promise<SlaTicket[]> {
  const r = await q.query<SlaTicket>(
    `with due as (
       select t.id from tickets t
       where ${WAITING} and t.sla_warned_at is null and t.assignee_id is not null
         and t.created_at + ($4::float8 * (${DUE} - t.created_at)) <= $1 and ${DUE} > $1
       order by t.created_at
       limit $3
       for update skip locked
     )
     update tickets t set sla_warned_at = $1
     from due where t.id = due.id and t.sla_warned_at is null
     ${RETURNING}`,
    [now, JSON.stringify(SLA_FIRST_RESPONSE_HOURS), limit, SLA_WARN_FRACTION],
  );
  return r.rows;
}

export interface Recipient {
  id: string;
  name: string;
  locale: string | null;
  timezone: string | null;
}

/**
 * Who hears about a missed target: the managers of the assignee's team (of the account owner's
 * team when nobody is assigned), or the admins when that team has no manager.
 */
export async function escalationRecipients(q: Queryable, ticket: SlaTicket): Promise<Recipient[]> {
  const anchor = ticket.assignee_id ?? ticket.account_owner_id;
  const managers = await q.query<Recipient>(
    `select m.id, m.name, m.locale, m.timezone from users m
     where m.active and m.role = 'manager' and m.team_id is not null
       and m.team_id = (select team_id from users where id = $1)
     order by m.name`,
    [anchor],
  );
  if (managers.rows.length) return managers.rows;
  const admins = await q.query<Recipient>(
    `select id, name, locale, timezone from users where active and role = 'admin' order by name`,
  );
  return admins.rows;
}

export async function findRecipient(q: Queryable, userId: string): Promise<Recipient | null> {
  const r = await q.query<Recipient>('select id, name, locale, timezone from users where id = $1 and active', [userId]);
  return r.rows[0] ?? null;
}
