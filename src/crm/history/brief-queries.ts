import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { readScope, type ScopedType } from '../access/policy';
import { SqlParams } from '../access/sql-params';

/**
 * The account brief's queries. Each is scoped by the actor's role in SQL and keyed by
 * account_id, so each one walks a single account's rows through its index
 * (activities: (account_id, occurred_at desc); tickets: the partial open index).
 */
type Build = (p: SqlParams, scope: (type: ScopedType, alias: string) => string) => string;

/** $1 is always the account id; anything else a query needs it adds itself. */
async function run<T>(db: Queryable, actor: Actor, accountId: string, build: Build): Promise<T[]> {
  const p = new SqlParams([accountId]);
  const sql = build(p, (type, alias) => readScope(actor, type, alias, p));
  return (await db.query<T>(sql, p.values)).rows;
}

export interface AccountRow { id: string; name: string; region: string | null; owner_id: string | null; owner_name: string | null }
export const accountRow = (db: Queryable, actor: Actor, id: string) =>
  run<AccountRow>(db, actor, id, (_p, scope) =>
    `select ac.id, ac.name, ac.region, u.id as owner_id, u.name as owner_name from accounts ac
     left join users u on u.id = ac.owner_id where ac.id = $1 and ${scope('account', 'ac')}`);

export interface TicketRow {
  id: string; number: number; subject: string; priority: string; status: string;
  created_at: Date; first_response_at: Date | null; assignee_id: string | null; assignee_name: string | null;
}
export const openTicketRows = (db: Queryable, actor: Actor, id: string) =>
  run<TicketRow>(db, actor, id, (_p, scope) =>
    `select t.id, t.number, t.subject, t.priority, t.status, t.created_at, t.first_response_at,
            u.id as assignee_id, u.name as assignee_name
     from tickets t left join users u on u.id = t.assignee_id
     where t.account_id = $1 and t.status in ('open', 'pending') and ${scope('ticket', 't')}
     order by array_position(array['urgent', 'high', 'normal', 'low'], t.priority), t.created_at, t.number`);

export interface DealRow {
  id: string; name: string; stage: string; amount: number | null; currency: string; close_date: string | null;
  owner_id: string | null; owner_name: string | null;
}
export const openDealRows = (db: Queryable, actor: Actor, id: string) =>
  run<DealRow>(db, actor, id, (_p, scope) =>
    `select d.id, d.name, d.stage, d.amount, d.currency, d.close_date, u.id as owner_id, u.name as owner_name
     from deals d left join users u on u.id = d.owner_id
     where d.account_id = $1 and d.stage not in ('won', 'lost') and ${scope('deal', 'd')}
     order by d.close_date nulls last, d.created_at`);

export interface ContactRow {
  id: string; occurred_at: Date; kind: string; subject: string | null; summary: string | null; body: string | null;
  owner_id: string | null; owner_name: string | null;
}
/** A note is not contact, and nothing after `now` has happened yet. */
export const lastContactRows = (db: Queryable, actor: Actor, id: string, now: Date) =>
  run<ContactRow>(db, actor, id, (p, scope) =>
    `select a.id, a.occurred_at, a.kind, a.subject, a.summary, a.body, u.id as owner_id, u.name as owner_name
     from activities a left join users u on u.id = a.owner_id
     where a.account_id = $1 and a.kind in ('call', 'meeting', 'email') and a.occurred_at <= ${p.add(now)} and ${scope('activity', 'a')}
     order by a.occurred_at desc, a.created_at desc limit 1`);

export interface TaskRow { id: string; subject: string; due_date: string | null; owner_id: string | null; owner_name: string | null; total: number }
export const openTaskRows = (db: Queryable, actor: Actor, id: string, limit: number) =>
  run<TaskRow>(db, actor, id, (p, scope) =>
    `select k.id, k.subject, k.due_date, u.id as owner_id, u.name as owner_name, count(*) over () as total
     from tasks k left join users u on u.id = k.owner_id
     where k.account_id = $1 and k.status = 'open' and ${scope('task', 'k')}
     order by k.due_date nulls last, k.created_at limit ${p.add(limit)}`);

export const recentCallSentiments = (db: Queryable, actor: Actor, id: string, now: Date, calls: number) =>
  run<{ sentiment: string | null }>(db, actor, id, (p, scope) =>
    `select a.sentiment from activities a
     where a.account_id = $1 and a.kind = 'call' and a.occurred_at <= ${p.add(now)} and ${scope('activity', 'a')}
     order by a.occurred_at desc limit ${p.add(calls)}`);

export const countRows = (db: Queryable, actor: Actor, id: string, now: Date) =>
  run<{ contacts: number; activities: number }>(db, actor, id, (p, scope) => {
    const at = p.add(now);
    return `select (select count(*) from contacts c where c.account_id = $1 and ${scope('contact', 'c')})::int as contacts,
            (select count(*) from activities a where a.account_id = $1 and a.occurred_at <= ${at}
               and a.occurred_at > ${at}::timestamptz - interval '90 days' and ${scope('activity', 'a')})::int as activities`;
  });
