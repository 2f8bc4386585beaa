import { findTicketByNumber, updateTicket } from '../../crm/tickets/ticket-service';
import type { IntentHandler } from './handler';
import { cleanFields, recordRef, unknownUser, userFor } from './handler-support';
import { say } from '../i18n/messages';

export const updateTicketIntent: IntentHandler = {
  intent: 'ticket.update',
  writes: true,
  customer: 'none',
  async run(ctx, draft) {
    const e = draft.entities;
    const num = e.ticket!;
    const ticket = await findTicketByNumber(ctx.deps.db, ctx.actor, num);
    if (!ticket) return { kind: 'not_found', reply: say(ctx.lang, `I cannot find ticket #${num}.`, `找不到工单 #${num}。`) };
    const assignee = await userFor(ctx, e.assignee);
    if (assignee === 'unknown') return unknownUser(ctx, e.assignee!);
    if (!e.status && !e.priority && !assignee && !e.note) {
      return { kind: 'ask', slot: 'status', question: say(ctx.lang, `What should change on #${num}: status, priority, assignee or a note?`, `工单 #${num} 要改什么：状态、优先级、负责人还是备注？`) };
    }
    if (!draft.confirmed) {
      return {
        kind: 'confirm',
        pending: { action: 'update', type: 'ticket', fields: cleanFields({ ticket: num, status: e.status, priority: e.priority, assignee: assignee?.name, note: e.note }) },
        summary: say(ctx.lang, `Update ticket #${num} (${ticket.subject}).`, `更新工单 #${num}（${ticket.subject}）。`),
      };
    }
    const { after } = await ctx.deps.db.tx((q) =>
      updateTicket({ actor: ctx.actor, source: ctx.source, now: ctx.now }, q, num, { status: e.status, priority: e.priority, assigneeId: assignee?.id, note: e.note }),
    );
    if (assignee && assignee.id !== ctx.actor.id && ctx.deps.enqueue) {
      await ctx.deps.enqueue('notify', { userId: assignee.id, key: `assigned/${after.id}/${assignee.id}`, message: { kind: 'ticket.assigned', text: `Ticket #${num} was assigned to you: ${after.subject}`, record: { type: 'ticket', id: after.id } } }).catch(() => {});
    }
    return {
      kind: 'done',
      reply: say(ctx.lang, `Updated ticket #${num}: status ${after.status}, priority ${after.priority}.`, `已更新工单 #${num}：状态 ${after.status}，优先级 ${after.priority}。`),
      data: { ticket: { id: after.id, number: after.number, status: after.status, priority: after.priority } },
      records: [recordRef('ticket', after, 'updated')],
    };
  },
};
