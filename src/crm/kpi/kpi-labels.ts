import { AppError } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import type { KpiQuery, KpiResult } from './kpi-types';

export interface KpiLabels {
  scope: KpiResult['scope'];
  filters: Record<string, string>;
}

/**
 * Names for what a number covers, so an answer can say "Enterprise team, owner Ravi Menon, days in
 * Asia/Shanghai". Also refuses a manager's filter on someone outside their team, which the SQL
 * alone would only turn into a silent zero.
 */
export async function describeScope(db: Queryable, actor: Actor, q: Pick<KpiQuery, 'ownerId' | 'teamId' | 'tz'>): Promise<KpiLabels> {
  const filters: Record<string, string> = {};
  if (q.ownerId) {
    const { rows } = await db.query<{ name: string; team_id: string | null }>('select name, team_id from users where id = $1', [q.ownerId]);
    const owner = rows[0];
    if (!owner) throw new AppError('not_found', 'That user does not exist.', { ownerId: q.ownerId });
    if (actor.role === 'manager' && owner.team_id !== actor.teamId) {
      throw new AppError('denied', `As a manager you can see your own team's numbers only, and ${owner.name} is not in your team.`, {
        ownerId: q.ownerId,
      });
    }
    filters.owner = owner.name;
  }
  if (q.teamId) filters.team = await teamName(db, q.teamId);
  filters.timeZone = q.tz;
  return { scope: await scopeLabel(db, actor), filters };
}

async function scopeLabel(db: Queryable, actor: Actor): Promise<KpiResult['scope']> {
  switch (actor.role) {
    case 'admin':
    case 'agent':
      return { kind: 'all', label: 'all records' };
    case 'manager':
      return { kind: 'team', label: actor.teamName ?? (actor.teamId ? await teamName(db, actor.teamId) : 'no team') };
    case 'rep':
      return { kind: 'own', label: actor.name };
  }
}

async function teamName(db: Queryable, teamId: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>('select name from teams where id = $1', [teamId]);
  if (!rows[0]) throw new AppError('not_found', 'That team does not exist.', { teamId });
  return rows[0].name;
}
