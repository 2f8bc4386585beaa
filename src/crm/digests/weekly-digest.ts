import { SLA_FIRST_RESPONSE_HOURS } from '../../shared/contract/contract';
import type { Queryable } from '../../shared/db';
import { digestRecipients, type DigestUser } from './morning-digest';

/**
 * A manager's week in counts for their team. Plain SQL on purpose: the digest needs a handful
 * of totals, and the definitions follow intents.json (sla_breaches included).
 */
export interface WeeklyKpis {
  new_deals: number;
  deals_won: number;
  revenue_won: number;
  deals_lost: number;
  win_rate: number | null;
  open_pipeline: number;
  calls_logged: number;
  tickets_opened: number;
  tickets_resolved: number;
  sla_breaches: number;
}

export interface WeeklyDigest {
  user: DigestUser;
  team: { id: string; name: string };
  weekStart: string;
  weekEnd: string;
  kpis: WeeklyKpis;
}

export interface WeeklyWindow {
  weekStart: string;
  weekEnd: string;
  timeZone: string;
  now: Date;
}

export async function loadWeeklyDigests(q: Queryable, w: WeeklyWindow): Promise<WeeklyDigest[]> {
  const managers = (await digestRecipients(q, 'manager', 'digest_weekly')).filter((m) => m.team_id);
  const byTeam = new Map<string, { name: string; kpis: WeeklyKpis }>();
  const out: WeeklyDigest[] = [];
  for (const { team_id, ...user } of managers) {
    const teamId = team_id!;
    if (!byTeam.has(teamId)) byTeam.set(teamId, await teamWeek(q, teamId, w));
    const t = byTeam.get(teamId)!;
    out.push({ user, team: { id: teamId, name: t.name }, weekStart: w.weekStart, weekEnd: w.weekEnd, kpis: t.kpis });
  }
  return out;
}

async function teamWeek(q: Queryable, teamId: string, w: WeeklyWindow): Promise<{ name: string; kpis: WeeklyKpis }> {
  const r = await q.query<Omit<WeeklyKpis, 'win_rate'> & { name: string }>(
    `with team as (select id from users where team_id = $1),
     b as (select ($2::date)::timestamp at time zone $4 as s, ($3::date + 1)::timestamp at time zone $4 as e),
     team_tickets as (
       select t.* from tickets t left join accounts a on a.id = t.account_id
       where t.assignee_id in (select id from team) or a.owner_id in (select id from team)
     )
     select
       (select name from teams where id = $1) as name,
       (select count(*) from deals d, b where d.owner_id in (select id from team) and d.created_at >= b.s and d.created_at < b.e) as new_deals,
       (select count(*) from deals d, b where d.owner_id in (select id from team) and d.stage = 'won' and d.closed_at >= b.s and d.closed_at < b.e) as deals_won,
       (select coalesce(sum(d.amount), 0) from deals d, b where d.owner_id in (select id from team) and d.stage = 'won' and d.closed_at >= b.s and d.closed_at < b.e) as revenue_won,
       (select count(*) from deals d, b where d.owner_id in (select id from team) and d.stage = 'lost' and d.closed_at >= b.s and d.closed_at < b.e) as deals_lost,
       (select coalesce(sum(d.amount), 0) from deals d where d.owner_id in (select id from team) and d.stage not in ('won', 'lost')) as open_pipeline,
       (select count(*) from activities x, b where x.owner_id in (select id from team) and x.kind = 'call' and x.occurred_at >= b.s and x.occurred_at < b.e) as calls_logged,
       (select count(*) from team_tickets t, b where t.created_at >= b.s and t.created_at < b.e) as tickets_opened,
       (select count(*) from team_tickets t, b where t.resolved_at >= b.s and t.resolved_at < b.e) as tickets_resolved,
       (select count(*) from team_tickets t, b where t.created_at >= b.s and t.created_at < b.e
          and coalesce(t.first_response_at, $6) > t.created_at + (($5::jsonb ->> t.priority)::float8 * interval '1 hour')) as sla_breaches`,
    [teamId, w.weekStart, w.weekEnd, w.timeZone, JSON.stringify(SLA_FIRST_RESPONSE_HOURS), w.now],
  );
  const { name, ...k } = r.rows[0]!;
  const num = (v: unknown) => Number(v ?? 0);
  const kpis = Object.fromEntries(Object.entries(k).map(([key, v]) => [key, num(v)])) as Omit<WeeklyKpis, 'win_rate'>;
  const closed = kpis.deals_won + kpis.deals_lost;
  return { name, kpis: { ...kpis, win_rate: closed ? kpis.deals_won / closed : null } };
}
