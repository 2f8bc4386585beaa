import { AppError } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { normaliseEmail } from '../quality/normalise';
import { containsPattern } from '../../shared/sql-like';

interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Actor['role'];
  team_id: string | null;
  team_name: string | null;
  timezone: string | null;
  locale: string | null;
  settings: Record<string, unknown>;
}

const SELECT = `select u.id, u.name, u.email, u.role, u.team_id, t.name as team_name, u.timezone, u.locale, u.settings
  from users u left join teams t on t.id = u.team_id`;

export function toActor(u: UserRow): Actor {
  return { id: u.id, name: u.name, email: u.email, role: u.role, teamId: u.team_id, teamName: u.team_name, timezone: u.timezone, locale: u.locale };
}

export async function findActorByEmail(q: Queryable, email: string): Promise<Actor | null> {
  const e = normaliseEmail(email);
  if (!e) return null;
  const r = await q.query<UserRow>(`${SELECT} where u.email = $1 and u.active`, [e]);
  return r.rows[0] ? toActor(r.rows[0]) : null;
}

/** The acting user for a CLI or API call: unknown users get a clear error and nothing is done. */
export async function requireActorByEmail(q: Queryable, email: string): Promise<Actor> {
  const a = await findActorByEmail(q, email);
  if (!a) throw new AppError('not_found', `No CRM user with the email "${email}".`);
  return a;
}

export async function findActorById(q: Queryable, id: string): Promise<Actor | null> {
  const r = await q.query<UserRow>(`${SELECT} where u.id = $1`, [id]);
  return r.rows[0] ? toActor(r.rows[0]) : null;
}

export type ChatSurface = 'slack' | 'teams';

export async function findActorByChatId(q: Queryable, surface: ChatSurface, chatUserId: string): Promise<Actor | null> {
  const col = surface === 'slack' ? 'slack_user_id' : 'teams_user_id';
  const r = await q.query<UserRow>(`${SELECT} where u.${col} = $1 and u.active`, [chatUserId]);
  return r.rows[0] ? toActor(r.rows[0]) : null;
}

/** Remembers a chat identity once the platform told us its email, so later lookups skip the API. */
export async function linkChatId(q: Queryable, surface: ChatSurface, userId: string, chatUserId: string): Promise<void> {
  const col = surface === 'slack' ? 'slack_user_id' : 'teams_user_id';
  await q.query(`update users set ${col} = null where ${col} = $1 and id <> $2`, [chatUserId, userId]);
  await q.query(`update users set ${col} = $1, updated_at = now() where id = $2`, [chatUserId, userId]);
}

/** Users the actor may name (assignees, owners), matched loosely by name or email. */
export async function findUsersByName(q: Queryable, name: string): Promise<Array<{ id: string; name: string; email: string }>> {
  const like = containsPattern(name);
  const r = await q.query<{ id: string; name: string; email: string }>(
    `select id, name, email from users where active and (lower(name) = lower($1) or email = lower($1) or name ilike $2 or split_part(email, '@', 1) ilike $2)
     order by (lower(name) = lower($1)) desc, name limit 5`,
    [name, like],
  );
  return r.rows;
}

export async function managersOfTeam(q: Queryable, teamId: string): Promise<Actor[]> {
  const r = await q.query<UserRow>(`${SELECT} where u.team_id = $1 and u.role = 'manager' and u.active`, [teamId]);
  return r.rows.map(toActor);
}

export async function getUserSettings(q: Queryable, userId: string): Promise<Record<string, unknown>> {
  const r = await q.query<{ settings: Record<string, unknown> }>('select settings from users where id = $1', [userId]);
  return r.rows[0]?.settings ?? {};
}
