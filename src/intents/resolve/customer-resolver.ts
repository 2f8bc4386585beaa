import { matchAccounts } from '../../crm/quality/account-matcher';
import type { HandlerContext, Outcome } from '../handlers/handler';
import { NEW_ACCOUNT_ID } from '../dialogue/draft-updates';
import { t } from '../i18n/messages';

export type Resolution = { kind: 'resolved'; id: string; name: string } | { kind: 'ask'; outcome: Outcome };

/**
 * A customer name → one account the user may see: exact, alias or a single close match wins;
 * several close ones are offered as a choice; none means "create it?" for writes and
 * "not found" for questions.
 */
export async function resolveCustomer(ctx: HandlerContext, name: string, forWrite: boolean): Promise<Resolution> {
  const m = await matchAccounts(ctx.deps.db, ctx.actor, name);
  if (m.exact) return { kind: 'resolved', id: m.exact.id, name: m.exact.name };
  const strong = m.candidates.filter((c) => c.score >= 0.6);
  if (strong.length === 1 || (m.candidates.length === 1 && m.candidates[0]!.score >= 0.45)) {
    const c = strong[0] ?? m.candidates[0]!;
    return { kind: 'resolved', id: c.id, name: c.name };
  }
  const choices = m.candidates.slice(0, 5).map((c) => ({ type: 'account', id: c.id, name: c.name }));
  if (choices.length > 1) {
    return { kind: 'ask', outcome: { kind: 'choose', slot: 'customer', question: t(ctx.lang, 'choose_customer', { name }), choices: forWrite ? [...choices, { type: 'account', id: NEW_ACCOUNT_ID, name: t(ctx.lang, 'create_customer_option', { name }) }] : choices } };
  }
  if (!forWrite) {
    if (choices.length === 1) return { kind: 'resolved', id: choices[0]!.id, name: choices[0]!.name };
    return { kind: 'ask', outcome: { kind: 'not_found', reply: ctx.lang === 'zh' ? `没有找到名为“${name}”的客户（或你无权查看）。` : `I could not find a customer called "${name}" that you can see.` } };
  }
  return {
    kind: 'ask',
    outcome: { kind: 'choose', slot: 'customer', question: t(ctx.lang, 'no_customer', { name }), choices: [...choices, { type: 'account', id: NEW_ACCOUNT_ID, name: t(ctx.lang, 'create_customer_option', { name }) }] },
  };
}
