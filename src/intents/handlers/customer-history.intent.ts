import { accountBrief } from '../../crm/history/account-brief';
import { searchHistory } from '../../crm/search/hybrid-search';
import { contentTokens } from '../../crm/search/query-terms';
import type { IntentHandler } from './handler';
import { briefBlocks, briefText } from '../answers/brief-format';
import type { RecordRef } from '../reply';
import { say } from '../i18n/messages';

/** Words that only ask for the overall status; anything else is a topic to search the history for. */
const STATUS_ONLY = /^(status|latest|update|news|what'?s (going on|new|up)|how are things|open issues|issues|tickets|deals|情况|最新|进展|动态)$/i;
const STATUS_WORDS = new Set(
  ('open opened pending unresolved resolved outstanding ticket tickets deal deals issue issues interaction interactions contact contacts ' +
    'touch touchpoint date dates content happen happened status state situation list overview summary summarise summarize things stand ' +
    'still currently current what whats going 工单 商机 未解决 未 解决 没处理 没 处理 处理完 完 互动 日期 内容 联系 状态 列 列一下 一下 目前 现在 还有 哪些 怎样 如何 整体 概况 汇总').split(' '),
);

/**
 * The topic of a history question: what the NLU found, or else the words left once question
 * words, status words and the customer's own name are gone ("what did Initech say about pricing?" → pricing).
 */
export function historyTopic(text: string, query: string | undefined, customer: string | undefined): { text: string; explicit: boolean } | null {
  if (query?.trim() && !STATUS_ONLY.test(query.trim())) return { text: query.trim(), explicit: true };
  const nameWords = new Set(contentTokens(customer ?? ''));
  const left = contentTokens(text).filter((w) => !nameWords.has(w) && !STATUS_WORDS.has(w) && !/^\d+$/.test(w));
  return left.length ? { text: left.join(' '), explicit: false } : null;
}

export const customerHistoryIntent: IntentHandler = {
  intent: 'customer.history',
  writes: false,
  customer: 'required',
  async run(ctx, draft) {
    const db = ctx.deps.db;
    const brief = await accountBrief(db, ctx.actor, draft.refs.accountId!, { now: ctx.now, tz: ctx.tz });
    if (!brief) return { kind: 'denied', reply: say(ctx.lang, 'Sorry, that customer is not one you can see.', '抱歉，你无权查看该客户。') };
    let reply = briefText(brief, ctx.lang);
    const records: RecordRef[] = [
      { type: 'account', id: brief.customer.id, name: brief.customer.name, change: 'cited' },
      ...brief.open_tickets.map((t) => ({ type: 'ticket' as const, id: t.id, number: t.number, change: 'cited' as const })),
      ...brief.open_deals.map((d) => ({ type: 'deal' as const, id: d.id, name: d.name, change: 'cited' as const })),
      ...(brief.last_contact ? [{ type: 'activity' as const, id: brief.last_contact.id, change: 'cited' as const }] : []),
    ];
    const data: Record<string, unknown> = { ...brief };
    const topic = historyTopic(draft.text, draft.entities.query, draft.entities.customer);
    if (topic) {
      const found = await searchHistory(db, ctx.actor, { text: topic.text, accountId: brief.customer.id, period: draft.entities.period, tz: ctx.tz, now: ctx.now, limit: 5, embedder: ctx.deps.llm });
      if (found.hits.length) {
        const answer = await ctx.deps.llm.answer({
          question: draft.text,
          language: ctx.lang,
          snippets: found.hits.map((h) => ({ id: h.id, type: h.type, date: h.date, title: h.title, text: h.snippet })),
          recordIds: found.hits.map((h) => h.id),
        });
        reply = `${answer.text}\n\n${reply}`;
        data.answer = { text: answer.text, citations: answer.citations, mode: found.mode, fallback: answer.meta.fallback };
        data.hits = found.hits;
        for (const h of found.hits.filter((x) => answer.citations.includes(x.id))) {
          if (!records.some((r) => r.id === h.id)) records.push({ type: h.type, id: h.id, ...(h.number ? { number: h.number } : {}), change: 'cited' });
        }
      } else {
        data.hits = [];
        if (topic.explicit) reply = say(ctx.lang, `I found nothing about "${topic.text}" in ${brief.customer.name}'s history.`, `在${brief.customer.name}的记录中没有找到关于“${topic.text}”的内容。`) + `\n\n${reply}`;
      }
    }
    return { kind: 'done', reply, data, records, blocks: briefBlocks(brief, ctx.lang) };
  },
};
