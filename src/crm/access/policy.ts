import { AppError } from '../../shared/app-error';
import type { Actor } from './actor';
import type { SqlParams } from './sql-params';

export type ScopedType = 'account' | 'contact' | 'deal' | 'ticket' | 'activity' | 'task';

/**
 * The role rules of DESIGN.md as SQL predicates, applied inside every query so that denied
 * rows are never fetched (and so never ranked, counted or charted).
 *   rep     own accounts (and their contacts), own deals, own activities and tasks; tickets of own accounts
 *   agent   all accounts and contacts, all tickets and activities; no deals
 *   manager everything owned by (or, for tickets, assigned to) their team; all accounts and contacts
 *   admin   everything
 */
export function readScope(actor: Actor, type: ScopedType, alias: string, p: SqlParams): string {
  if (actor.role === 'admin') return 'true';
  const a = alias;
  const me = () => p.add(actor.id);
  const team = () => `(select u.id from users u where u.team_id = ${p.add(actor.teamId)})`;
  const ownAccounts = () => `(select ac.id from accounts ac where ac.owner_id = ${me()})`;
  const teamAccounts = () => `(select ac.id from accounts ac where ac.owner_id in ${team()})`;
  switch (actor.role) {
    case 'rep':
      switch (type) {
        case 'account': return `${a}.owner_id = ${me()}`;
        case 'contact': return `${a}.account_id in ${ownAccounts()}`;
        case 'deal': return `${a}.owner_id = ${me()}`;
        case 'ticket': return `${a}.account_id in ${ownAccounts()}`;
        case 'activity': return `(${a}.owner_id = ${me()} or ${a}.account_id in ${ownAccounts()})`;
        case 'task': return `(${a}.owner_id = ${me()} or ${a}.created_by = ${me()})`;
      }
      break;
    case 'agent':
      switch (type) {
        case 'account':
        case 'contact':
        case 'ticket':
        case 'activity': return 'true';
        case 'deal': return 'false';
        case 'task': return `(${a}.owner_id = ${me()} or ${a}.created_by = ${me()})`;
      }
      break;
    case 'manager':
      switch (type) {
        case 'account':
        case 'contact': return 'true';
        case 'deal': return `${a}.owner_id in ${team()}`;
        case 'ticket': return `(${a}.assignee_id in ${team()} or ${a}.account_id in ${teamAccounts()})`;
        case 'activity': return `(${a}.owner_id in ${team()} or ${a}.account_id in ${teamAccounts()})`;
        case 'task': return `${a}.owner_id in ${team()}`;
      }
  }
  return 'false';
}

export type WriteAction = 'create' | 'update' | 'delete';

/** What a role may write, before the row-level check (which reuses readScope on the target). */
const WRITABLE: Record<Actor['role'], Record<ScopedType, readonly WriteAction[]>> = {
  admin: all(['create', 'update', 'delete']),
  manager: all(['create', 'update']),
  agent: { account: [], contact: [], deal: [], ticket: ['create', 'update'], activity: ['create', 'update'], task: ['create', 'update'] },
  rep: { account: ['create', 'update'], contact: ['create', 'update'], deal: ['create', 'update'], ticket: ['create'], activity: ['create', 'update'], task: ['create', 'update'] },
};

function all(actions: WriteAction[]): Record<ScopedType, readonly WriteAction[]> {
  return { account: actions, contact: actions, deal: actions, ticket: actions, activity: actions, task: actions };
}

const NOUN: Record<ScopedType, string> = { account: 'accounts', contact: 'contacts', deal: 'deals', ticket: 'tickets', activity: 'activities', task: 'tasks' };

export function canWrite(actor: Actor, type: ScopedType, action: WriteAction): boolean {
  return WRITABLE[actor.role][type].includes(action);
}

/** Throws a 'denied' AppError that says why, in words a user understands. */
export function assertCanWrite(actor: Actor, type: ScopedType, action: WriteAction): void {
  if (!canWrite(actor, type, action)) {
    throw new AppError('denied', `As ${article(actor.role)} ${actor.role} you cannot ${action} ${NOUN[type]}.`, { role: actor.role, type, action });
  }
}

const article = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');
