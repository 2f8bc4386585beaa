import { logCall } from '../../crm/activities/activity-service';
import type { IntentHandler } from './handler';
import { accountFor, cleanFields, contactFor, customerLabel, dayAt, recordRef } from './handler-support';
import { say } from '../i18n/messages';

export const logCallIntent: IntentHandler = {
  intent: 'call.log',
  writes: true,
  customer: 'required',
  async run(ctx, draft) {
    const e = draft.entities;
    const contact = await contactFor(ctx, draft);
    const note = e.note ?? draft.text;
    if (!draft.confirmed) {
      return {
        kind: 'confirm',
        pending: { action: 'create', type: 'activity', fields: cleanFields({ kind: 'call', account: customerLabel(draft), contact: contact?.name ?? e.contact, occurred_at: e.date, body: note, duration_minutes: e.duration_minutes, follow_up_due: e.due }) },
        summary: say(ctx.lang, `Log a call with ${customerLabel(draft)}${e.due ? `, follow-up due ${e.due}` : ''}.`, `记录与${customerLabel(draft)}的通话${e.due ? `，跟进截止 ${e.due}` : ''}。`),
      };
    }
    const { activity, task, account } = await ctx.deps.db.tx(async (q) => {
      const account = await accountFor(ctx, q, draft);
      const r = await logCall({ actor: ctx.actor, source: ctx.source, now: ctx.now }, q, {
        accountId: account.id,
        contactId: contact?.id,
        note,
        subject: e.contact ? `Call with ${contact?.name ?? e.contact}` : null,
        occurredAt: e.date ? dayAt(e.date, ctx.now, ctx.tz) : ctx.now,
        durationMinutes: e.duration_minutes,
        followUpDue: e.due,
      });
      return { ...r, account };
    });
    if (ctx.deps.enqueue) await ctx.deps.enqueue('record.embed', { recordType: 'activity', recordId: activity.id, version: String(ctx.now.getTime()) }).catch(() => {});
    return {
      kind: 'done',
      reply: say(ctx.lang, `Logged the call with ${account.name}${task ? ` and a follow-up for ${e.due}` : ''}.`, `已记录与${account.name}的通话${task ? `，并创建了 ${e.due} 的跟进任务` : ''}。`),
      data: { activity: { id: activity.id, kind: 'call' }, task: task ? { id: task.id, due: e.due } : null },
      records: [...(account.created ? [account.created] : []), recordRef('activity', activity, 'created'), ...(task ? [recordRef('task', task, 'created')] : [])],
    };
  },
};
