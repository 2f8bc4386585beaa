import { createActivity } from '../../crm/activities/activity-service';
import { createTask } from '../../crm/tasks/task-service';
import type { CallSummary } from '../../llm/llm-port';
import type { Language } from '../../shared/language';
import type { IntentHandler } from './handler';
import { accountFor, customerLabel, recordRef } from './handler-support';
import { say } from '../i18n/messages';

/** The transcript is whatever follows the request line: "summarise this call with X:\n<turns>". */
export function transcriptOf(text: string): string {
  const lines = text.split(/\r?\n/);
  const turns = lines.findIndex((l) => /^\s*[^:：]{1,40}[:：]\s*\S/.test(l) && !/summar|总结|概括|纪要/i.test(l));
  if (turns >= 0) return lines.slice(turns).join('\n').trim();
  const colon = text.search(/[:：]/);
  return colon >= 0 ? text.slice(colon + 1).trim() : '';
}

export function summaryText(s: CallSummary, lang: Language): string {
  const L = (en: string, zh: string) => say(lang, en, zh);
  const items = s.action_items.map((a) => `• ${a.text}${a.owner ? ` (${a.owner}${a.due ? `, ${a.due}` : ''})` : a.due ? ` (${a.due})` : ''}`);
  return [
    s.summary,
    items.length ? `${L('Action items', '待办事项')}:\n${items.join('\n')}` : '',
    s.competitors.length ? `${L('Competitors', '竞争对手')}: ${s.competitors.join(', ')}` : '',
    `${L('Sentiment', '情绪')}: ${s.sentiment}`,
  ].filter(Boolean).join('\n');
}

export const summariseCallIntent: IntentHandler = {
  intent: 'call.summarise',
  writes: true,
  customer: 'optional',
  async run(ctx, draft) {
    const transcript = transcriptOf(draft.text);
    if (!transcript) {
      return { kind: 'ask', slot: 'note', question: say(ctx.lang, 'Paste the transcript (one "Name: text" line per turn) or upload a .txt/.vtt file.', '请粘贴通话记录（每行“姓名: 内容”）或上传 .txt/.vtt 文件。') };
    }
    const s = await ctx.deps.llm.summariseCall({ transcript, now: ctx.now, tz: ctx.tz });
    const lang = s.language;
    const summary = { summary: s.summary, key_points: s.key_points, action_items: s.action_items, next_steps: s.next_steps, sentiment: s.sentiment, competitors: s.competitors, products: s.products, amounts: s.amounts, language: s.language };
    const text = summaryText(s, lang);
    if (!draft.refs.accountId && !draft.refs.createAccount) {
      return { kind: 'done', reply: text, data: { summary, model: s.meta } };
    }
    // The summary is model output: it is saved only after the user confirms, as the user.
    if (!draft.confirmed) {
      return {
        kind: 'confirm',
        pending: { action: 'create', type: 'activity', fields: { kind: 'call', account: customerLabel(draft), summary: s.summary, sentiment: s.sentiment, tasks: s.action_items.length } },
        summary: `${text}\n\n${say(ctx.lang, `Save this call to ${customerLabel(draft)}${s.action_items.length ? ` with ${s.action_items.length} task(s)` : ''}?`, `保存这次通话到${customerLabel(draft)}${s.action_items.length ? `，并创建 ${s.action_items.length} 个任务` : ''}？`)}`,
      };
    }
    const saved = await ctx.deps.db.tx(async (q) => {
      const wctx = { actor: ctx.actor, source: ctx.source, now: ctx.now };
      const account = await accountFor(ctx, q, draft);
      const activity = await createActivity(wctx, q, { kind: 'call', accountId: account.id, subject: s.summary.slice(0, 80), body: transcript, summary: s.summary, sentiment: s.sentiment, details: summary });
      const tasks = [];
      for (const a of s.action_items) tasks.push(await createTask(wctx, q, { subject: a.owner ? `${a.text} (${a.owner})` : a.text, dueDate: a.due ?? null, accountId: account.id, activityId: activity.id }));
      return { account, activity, tasks };
    });
    return {
      kind: 'done',
      reply: `${text}\n\n${say(ctx.lang, `Saved to ${saved.account.name}.`, `已保存到${saved.account.name}。`)}`,
      data: { summary, model: s.meta, activity: { id: saved.activity.id } },
      records: [...(saved.account.created ? [saved.account.created] : []), recordRef('activity', saved.activity, 'created'), ...saved.tasks.map((t) => recordRef('task', t, 'created'))],
    };
  },
};
