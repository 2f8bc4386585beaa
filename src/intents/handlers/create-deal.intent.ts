import { createDeal } from '../../crm/deals/deal-service';
import type { IntentHandler } from './handler';
import { accountFor, cleanFields, customerLabel, recordRef } from './handler-support';
import { say } from '../i18n/messages';

export const createDealIntent: IntentHandler = {
  intent: 'deal.create',
  writes: true,
  customer: 'required',
  async run(ctx, draft) {
    const e = draft.entities;
    const name = e.subject || `${customerLabel(draft)} deal`;
    const stage = e.stage ?? 'lead';
    const currency = e.currency ?? (e.amount !== undefined ? 'USD' : undefined);
    if (!draft.confirmed) {
      return {
        kind: 'confirm',
        pending: { action: 'create', type: 'deal', fields: cleanFields({ account: customerLabel(draft), name, amount: e.amount, currency, stage, close_date: e.date }) },
        summary: say(ctx.lang, `New deal "${name}" for ${customerLabel(draft)}${e.amount !== undefined ? `, ${e.amount} ${currency}` : ''}, stage ${stage}.`, `为${customerLabel(draft)}新建商机“${name}”${e.amount !== undefined ? `，金额 ${e.amount} ${currency}` : ''}，阶段 ${stage}。`),
      };
    }
    const { deal, account } = await ctx.deps.db.tx(async (q) => {
      const account = await accountFor(ctx, q, draft);
      const deal = await createDeal({ actor: ctx.actor, source: ctx.source, now: ctx.now }, q, { accountId: account.id, name, amount: e.amount, currency, stage, closeDate: e.date });
      return { deal, account };
    });
    return {
      kind: 'done',
      reply: say(ctx.lang, `Created the deal "${deal.name}" for ${account.name}.`, `已为${account.name}创建商机“${deal.name}”。`),
      data: { deal: { id: deal.id, name: deal.name, amount: deal.amount, currency: deal.currency, stage: deal.stage, close_date: deal.close_date } },
      records: [...(account.created ? [account.created] : []), recordRef('deal', deal, 'created')],
    };
  },
};
