import { searchRecords } from '../../crm/search/hybrid-search';
import type { IntentHandler } from './handler';
import { say } from '../i18n/messages';

export const searchIntent: IntentHandler = {
  intent: 'search',
  writes: false,
  customer: 'none',
  async run(ctx, draft) {
    const query = draft.entities.query!;
    const results = await searchRecords(ctx.deps.db, ctx.actor, { text: query, recordType: draft.entities.record_type, limit: 10 });
    if (!results.length) return { kind: 'done', reply: say(ctx.lang, `Nothing found for "${query}".`, `没有找到与“${query}”相关的记录。`), data: { results: [] } };
    const lines = results.map((r) => `${r.type}: ${r.number ? `#${r.number} ` : ''}${r.title}${r.subtitle ? ` — ${r.subtitle}` : ''}`);
    return {
      kind: 'done',
      reply: say(ctx.lang, `Found ${results.length}:\n`, `找到 ${results.length} 条：\n`) + lines.join('\n'),
      data: { results },
      records: results.map((r) => ({ type: r.type, id: r.id, ...(r.number ? { number: r.number } : {}), name: r.title, change: 'cited' as const })),
      blocks: [{ type: 'table', columns: [say(ctx.lang, 'Type', '类型'), say(ctx.lang, 'Name', '名称'), say(ctx.lang, 'Details', '详情')], rows: results.map((r) => [r.type, `${r.number ? `#${r.number} ` : ''}${r.title}`, r.subtitle ?? '']) }],
    };
  },
};
