import { AppError } from '../../shared/app-error';
import type { Actor } from '../access/actor';
import type { SqlParams } from '../access/sql-params';
import type { MetricBase } from './metric-definitions';

/**
 * The person a record counts for: its owner, or for tickets its assignee. KPI scope follows
 * this one column (DESIGN.md: a manager's KPIs are their team's records), which is narrower
 * than readScope's "records of the team's accounts" on purpose: a number attributed to a team
 * must be that team's work.
 */
export const PERSON_COLUMN: Record<MetricBase, string> = {
  deals: 'owner_id',
  accounts: 'owner_id',
  activities: 'owner_id',
  tickets: 'assignee_id',
};

export interface KpiScope {
  kind: 'all' | 'team' | 'own';
  sql: string;
}

const teamMembers = (p: SqlParams, teamId: string | null) => `(select tu.id from users tu where tu.team_id = ${p.add(teamId)})`;

/** The role rule as a predicate on alias `r`; agents see every ticket and activity (they are allowed only those). */
export function kpiScope(actor: Actor, base: MetricBase, p: SqlParams): KpiScope {
  const col = `r.${PERSON_COLUMN[base]}`;
  switch (actor.role) {
    case 'admin':
    case 'agent':
      return { kind: 'all', sql: 'true' };
    case 'manager':
      // A manager with no team has no team's numbers to see.
      return actor.teamId ? { kind: 'team', sql: `${col} in ${teamMembers(p, actor.teamId)}` } : { kind: 'team', sql: 'false' };
    case 'rep':
      return { kind: 'own', sql: `${col} = ${p.add(actor.id)}` };
  }
}

/** Owner/team filters the user asked for. Asking outside one's own scope is refused, not silently zeroed. */
export function kpiFilters(actor: Actor, base: MetricBase, p: SqlParams, f: { ownerId?: string; teamId?: string }): string[] {
  const col = `r.${PERSON_COLUMN[base]}`;
  if (actor.role === 'manager' && f.teamId && f.teamId !== actor.teamId) {
    throw new AppError('denied', "As a manager you can see your own team's numbers only.", { teamId: f.teamId });
  }
  if (actor.role === 'rep' && ((f.ownerId && f.ownerId !== actor.id) || (f.teamId && f.teamId !== actor.teamId))) {
    throw new AppError('denied', 'As a rep you can see your own numbers only.', { ownerId: f.ownerId, teamId: f.teamId });
  }
  const out: string[] = [];
  if (f.ownerId) out.push(`${col} = ${p.add(f.ownerId)}`);
  if (f.teamId) out.push(`${col} in ${teamMembers(p, f.teamId)}`);
  return out;
}
