import type { Entities } from '../../shared/contract/contract';
import type { Choice, Draft } from '../handlers/handler';

export const NEW_ACCOUNT_ID = 'new';

/** The user's pick from offered choices: by number, by id (a button), or by name. Null when it is none of them. */
export function applyChoice(p: Draft & { choices?: Choice[]; slot?: string }, text: string): Draft | null {
  const choices = p.choices ?? [];
  const s = text.trim().replace(/^#/, '');
  let pick: Choice | undefined;
  if (/^\d{1,2}$/.test(s)) pick = choices[Number(s) - 1];
  pick ??= choices.find((c) => c.id === s);
  pick ??= choices.find((c) => c.name.toLowerCase() === s.toLowerCase());
  if (!pick && /^(create|new|add)\b|^(新建|创建|添加)/i.test(s)) pick = choices.find((c) => c.id === NEW_ACCOUNT_ID);
  pick ??= choices.find((c) => c.id !== NEW_ACCOUNT_ID && s.length >= 3 && c.name.toLowerCase().includes(s.toLowerCase()));
  if (!pick) return null;
  const refs = { ...p.refs };
  if (pick.type === 'account') {
    if (pick.id === NEW_ACCOUNT_ID) {
      refs.createAccount = true;
      refs.accountName = p.entities.customer;
    } else {
      refs.accountId = pick.id;
      refs.accountName = pick.name;
    }
  } else if (pick.type === 'contact') {
    refs.contactId = pick.id;
    refs.contactName = pick.name;
  } else if (pick.type === 'deal') {
    refs.dealId = pick.id;
    refs.dealName = pick.name;
  }
  return { intent: p.intent, entities: p.entities, refs, text: p.text };
}

/** A correction replaces what it names; a new customer name means the old match no longer holds. */
export function mergeCorrection(p: Draft, change: Partial<Entities>): Draft {
  const refs = { ...p.refs };
  if (change.customer && change.customer !== p.entities.customer) {
    delete refs.accountId;
    delete refs.accountName;
    delete refs.createAccount;
  }
  if (change.contact && change.contact !== p.entities.contact) {
    delete refs.contactId;
    delete refs.contactName;
  }
  return { intent: p.intent, entities: { ...p.entities, ...change }, refs, text: p.text };
}
