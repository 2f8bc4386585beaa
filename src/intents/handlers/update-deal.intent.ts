import { dealsOfAccount, updateDeal } from '../../crm/deals/deal-service';
import { readRecord } from '../../crm/records/record-writer';
import type { IntentHandler } from './handler';
import { cleanFields, customerLabel, recordRef } from './handler-support';
import { say } from '../i18n/messages';

export const updateDealIntent: IntentHandler = {
  intent: 'deal.update',
  writes: true,
  customer: 'required',
  async run(ctx, draft) {
    const e = draft.entities;
    const db = ctx.deps.db;
    let deal = draft.refs.dealId ? await readRecord(db, ctx.actor, 'deal', draft.refs.dealId) : null;
    if (!deal) {
      const open = await dealsOfAccount(db, ctx.actor, draft.refs.accountId!, { openOnly: true });
      const named = e.subject ? open.filter((d) => String(d.name).toLowerCase().includes(e.subject!.toLowerCase())) : [];
      const pool = named.length ? named : open;
      if (pool.length === 0) return { kind: 'not_found', reply: say(ctx.lang, `${customerLabel(draft)} has no open deal you can change.`, `${customerLabel(draft)} 没有你可以修改的进行中商机。`) };
      if (pool.length > 1) {
        return {
          kind: 'choose',
          slot: 'subject',
          question: say(ctx.lang, `${customerLabel(draft)} has several open deals. Which one?`, `${customerLabel(draft)} 有多个进行中的商机，是哪一个？`),
          choices: pool.map((d) => ({ type: 'deal', id: d.id, name: `${d.name} (${d.stage}${d.amount != null ? `, ${d.amount} ${d.currency}` : ''})` })),
        };
      }
      deal = pool[0]!;
    }
    if (!e.stage && e.amount === undefined && !e.date && !e.currency) {
      return { kind: 'ask', slot: 'stage', question: say(ctx.lang, `What should change on "${deal.name}": stage, amount or close date?`, `商机“${deal.name}”要改什么：阶段、金额还是预计成交日期？`) };
    }
    if (!draft.confirmed) {
      draft.refs.dealId = deal.id;
      draft.refs.dealName = deal.name as string;
      return {
        kind: 'confirm',
        pending: { action: 'update', type: 'deal', fields: cleanFields({ name: deal.name, stage: e.stage, amount: e.amount, currency: e.currency, close_date: e.date }) },
        summary: say(ctx.lang, `Update the deal "${deal.name}" (${customerLabel(draft)}).`, `更新商机“${deal.name}”（${customerLabel(draft)}）。`),
      };
    }
    const current = deal;
    const { after } = await db.tx((q) => updateDeal({ actor: ctx.actor, source: ctx.source, now: ctx.now }, q, current, { stage: e.stage, amount: e.amount, currency: e.currency, closeDate: e.date }));
    return {
      kind: 'done',
      reply: say(ctx.lang, `Updated "${after.name}": stage ${after.stage}${after.amount != null ? `, ${after.amount} ${after.currency}` : ''}.`, `已更新商机“${after.name}”：阶段 ${after.stage}${after.amount != null ? `，金额 ${after.amount} ${after.currency}` : ''}。`),
      data: { deal: { id: after.id, name: after.name, stage: after.stage, amount: after.amount, currency: after.currency, close_date: after.close_date } },
      records: [recordRef('deal', after, 'updated')],
    };
  },
};
