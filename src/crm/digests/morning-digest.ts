import type { Queryable } from '../../shared/db';

/** A rep's morning: deals closing this week, tasks due (or overdue), new tickets on their accounts. */
export interface DigestUser {
  id: string;
  name: string;
  locale: string | null;
  timezone: string | null;
}

export interface MorningDigest {
  user: DigestUser;
  today: string;
  weekEnd: string;
  deals: Array<{ id: string; name: string; account: string; amount: number | null; currency: string; close_date: string; stage: string }>;
  tasks: Array<{ id: string; subject: string; due_date: string; account: string | null }>;
  tickets: Array<{ id: string; number: number; subject: string; priority: string; account: string }>;
}

export interface MorningWindow {
  today: string;
  weekEnd: string;
  /** New tickets are those created in [since, until). */
  since: Date;
  until: Date;
}

/** Users who have not turned a digest off in their settings (e.g. {"digest_morning": false}). */
export async function digestRecipients(q: Queryable, role: 'rep' | 'manager', setting: string): Promise<Array<DigestUser & { team_id: string | null }>> {
  const r = await q.query<DigestUser & { team_id: string | null }>(
    `select id, name, locale, timezone, team_id from users
     where active and role = $1 and coalesce(settings ->> $2, 'true') <> 'false'
     order by name`,
    [role, setting],
  );
  return r.rows;
}

export async function loadMorningDigests(q: Queryable, w: MorningWindow): Promise<MorningDigest[]> {
  const reps = await digestRecipients(q, 'rep', 'digest_morning');
  if (!reps.length) return [];
  const ids = reps.map((u) => u.id);
  const deals = await q.query<MorningDigest['deals'][number] & { owner_id: string }>(
    `select d.id, d.name, a.name as account, d.amount, d.currency, d.close_date, d.stage, d.owner_id
     from deals d join accounts a on a.id = d.account_id
     where d.owner_id = any($1::uuid[]) and d.stage not in ('won', 'lost') and d.close_date between $2 and $3
     order by d.close_date, d.amount desc nulls last`,
    [ids, w.today, w.weekEnd],
  );
  const tasks = await q.query<MorningDigest['tasks'][number] & { owner_id: string }>(
    `select k.id, k.subject, k.due_date, a.name as account, k.owner_id
     from tasks k left join accounts a on a.id = k.account_id
     where k.owner_id = any($1::uuid[]) and k.status = 'open' and k.due_date <= $2
     order by k.due_date, k.created_at`,
    [ids, w.today],
  );
  const tickets = await q.query<MorningDigest['tickets'][number] & { owner_id: string }>(
    `select t.id, t.number, t.subject, t.priority, a.name as account, a.owner_id
     from tickets t join accounts a on a.id = t.account_id
     where a.owner_id = any($1::uuid[]) and t.created_at >= $2 and t.created_at < $3
     order by t.created_at`,
    [ids, w.since, w.until],
  );
  const mine = <T extends { owner_id: string }>(rows: T[], id: string) =>
    rows.filter((r) => r.owner_id === id).map(({ owner_id: _owner, ...rest }) => rest);
  return reps.map(({ team_id: _team, ...user }) => ({
    user,
    today: w.today,
    weekEnd: w.weekEnd,
    deals: mine(deals.rows, user.id),
    tasks: mine(tasks.rows, user.id),
    tickets: mine(tickets.rows, user.id),
  }));
}

export const isEmptyDigest = (d: MorningDigest): boolean => !d.deals.length && !d.tasks.length && !d.tickets.length;
