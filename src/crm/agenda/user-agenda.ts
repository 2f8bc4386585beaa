import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { readScope } from '../access/policy';
import { SqlParams } from '../access/sql-params';
import { localDate } from '../../shared/local-date';

/** What a user has on their plate: for App Home and the morning digest's single-user view. */
export interface UserAgenda {
  deals_closing: Array<{ id: string; name: string; account: string; stage: string; amount: number | null; currency: string; close_date: string }>;
  tasks_due: Array<{ id: string; subject: string; due_date: string | null; account: string | null; overdue: boolean }>;
  assigned_tickets: Array<{ id: string; number: number; subject: string; priority: string; status: string; account: string }>;
}


/** Own open deals closing within `days`, open tasks due within `days` (and overdue ones), open tickets assigned to the user. */
export async function userAgenda(q: Queryable, actor: Actor, opts: { now: Date; tz: string; days?: number }): Promise<UserAgenda> {
  const today = localDate(opts.now, opts.tz);
  const days = opts.days ?? 7;
  const dp = new SqlParams([actor.id, today, days]);
  const deals = await q.query<UserAgenda['deals_closing'][number]>(
    `select d.id, d.name, a.name as account, d.stage, d.amount, d.currency, d.close_date
       from deals d join accounts a on a.id = d.account_id
      where d.owner_id = $1 and d.stage not in ('won', 'lost') and d.close_date between $2::date and $2::date + $3::int
        and ${readScope(actor, 'deal', 'd', dp)}
      order by d.close_date, d.name limit 10`,
    dp.values,
  );
  const tp = new SqlParams([actor.id, today, days]);
  const tasks = await q.query<UserAgenda['tasks_due'][number]>(
    `select t.id, t.subject, t.due_date, a.name as account, (t.due_date < $2::date) as overdue
       from tasks t left join accounts a on a.id = t.account_id
      where t.owner_id = $1 and t.status = 'open' and (t.due_date is null or t.due_date <= $2::date + $3::int)
      order by t.due_date nulls last, t.created_at limit 10`,
    tp.values,
  );
  const kp = new SqlParams([actor.id]);
  const tickets = await q.query<UserAgenda['assigned_tickets'][number]>(
    `select t.id, t.number, t.subject, t.priority, t.status, a.name as account
       from tickets t join accounts a on a.id = t.account_id
      where t.assignee_id = $1 and t.status in ('open', 'pending') and ${readScope(actor, 'ticket', 't', kp)}
      order by array_position(array['urgent','high','normal','low'], t.priority), t.created_at limit 10`,
    kp.values,
  );
  return { deals_closing: deals.rows, tasks_due: tasks.rows, assigned_tickets: tickets.rows };
}
