import { createAccount } from '../../crm/accounts/account-service';
import { findContactsByName } from '../../crm/contacts/contact-service';
import { findUsersByName } from '../../crm/users/user-repository';
import type { Queryable } from '../../shared/db';
import { localDate } from '../../shared/local-date';
import type { Draft, HandlerContext, Outcome } from './handler';
import { say } from '../i18n/messages';
import type { RecordRef } from '../reply';

/** The account a write goes to: the resolved one, or a new one the user chose to create. */
export async function accountFor(ctx: HandlerContext, q: Queryable, draft: Draft): Promise<{ id: string; name: string; created?: RecordRef }> {
  if (draft.refs.accountId) return { id: draft.refs.accountId, name: draft.refs.accountName ?? '' };
  const name = draft.refs.accountName ?? draft.entities.customer!;
  const row = await createAccount({ actor: ctx.actor, source: ctx.source, now: ctx.now }, q, { name });
  return { id: row.id, name: row.name as string, created: { type: 'account', id: row.id, name: row.name as string, change: 'created' } };
}

export const customerLabel = (draft: Draft): string => draft.refs.accountName ?? draft.entities.customer ?? '';

/** A named contact at the customer, if there is exactly one; a name we cannot place stays in the text. */
export async function contactFor(ctx: HandlerContext, draft: Draft): Promise<{ id: string; name: string } | null> {
  if (draft.refs.contactId) return { id: draft.refs.contactId, name: draft.refs.contactName ?? '' };
  if (!draft.entities.contact || !draft.refs.accountId) return null;
  const found = await findContactsByName(ctx.deps.db, ctx.actor, draft.entities.contact, draft.refs.accountId);
  return found.length === 1 ? { id: found[0]!.id, name: found[0]!.name as string } : null;
}

/** "me", a Slack mention we know, or a user's name → a user id. */
export async function userFor(ctx: HandlerContext, who: string | undefined): Promise<{ id: string; name: string } | null | 'unknown'> {
  if (!who) return null;
  if (/^(me|myself|i|我|我自己)$/i.test(who.trim())) return { id: ctx.actor.id!, name: ctx.actor.name };
  const mention = who.match(/^<@([A-Z0-9]+)(\|[^>]*)?>$/);
  if (mention) {
    const r = await ctx.deps.db.query<{ id: string; name: string }>('select id, name from users where slack_user_id = $1', [mention[1]]);
    return r.rows[0] ?? 'unknown';
  }
  const users = await findUsersByName(ctx.deps.db, who.trim());
  return users[0] ? { id: users[0].id, name: users[0].name } : 'unknown';
}

export function unknownUser(ctx: HandlerContext, who: string): Outcome {
  return { kind: 'not_found', reply: say(ctx.lang, `I do not know a user called "${who}".`, `没有找到名为“${who}”的用户。`) };
}

/** Creation fields as the contract shows them in data.pending (import field names, normalised values). */
export function cleanFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

export const recordRef = (type: RecordRef['type'], row: { id: string } & Record<string, unknown>, change: RecordRef['change']): RecordRef => ({
  type,
  id: row.id,
  ...(typeof row.number === 'number' ? { number: row.number } : {}),
  ...(typeof row.name === 'string' ? { name: row.name } : typeof row.subject === 'string' ? { name: row.subject } : {}),
  change,
});

/** Noon in the user's zone on a given day, for calls logged "yesterday" without a time. */
export function dayAt(date: string, now: Date, tz: string): Date {
  if (date === localDate(now, tz)) return now;
  return new Date(`${date}T12:00:00Z`);
}
