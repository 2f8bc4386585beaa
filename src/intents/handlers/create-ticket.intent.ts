import { createTicket } from '../../crm/tickets/ticket-service';
import type { IntentHandler } from './handler';
import { accountFor, cleanFields, contactFor, customerLabel, recordRef } from './handler-support';
import { say } from '../i18n/messages';

export const createTicketIntent: IntentHandler = {
  intent: 'ticket.create',
  writes: true,
  customer: 'required',
  async run(ctx, draft) {
    const e = draft.entities;
    const priority = e.priority ?? 'normal';
    const contact = await contactFor(ctx, draft);
    const description = [e.note, contact || !e.contact ? null : `Contact: ${e.contact}`].filter(Boolean).join('\n') || null;
    if (!draft.confirmed) {
      return {
        kind: 'confirm',
        pending: { action: 'create', type: 'ticket', fields: cleanFields({ account: customerLabel(draft), subject: e.subject, priority, contact: contact?.name ?? e.contact, description }) },
        summary: say(ctx.lang, `New ${priority} ticket for ${customerLabel(draft)}: "${e.subject}".`, `为${customerLabel(draft)}新建${zhPriority(priority)}工单：“${e.subject}”。`),
      };
    }
    const { ticket, account } = await ctx.deps.db.tx(async (q) => {
      const account = await accountFor(ctx, q, draft);
      const ticket = await createTicket({ actor: ctx.actor, source: ctx.source, now: ctx.now }, q, {
        accountId: account.id, subject: e.subject!, priority, contactId: contact?.id, description,
      });
      return { ticket, account };
    });
    return {
      kind: 'done',
      reply: say(ctx.lang, `Created ticket #${ticket.number} (${priority}) for ${account.name}: ${ticket.subject}.`, `已为${account.name}创建工单 #${ticket.number}（${zhPriority(priority)}）：${ticket.subject}。`),
      data: { ticket: { id: ticket.id, number: ticket.number, priority, status: ticket.status, account: { id: account.id, name: account.name } } },
      records: [...(account.created ? [account.created] : []), recordRef('ticket', ticket, 'created')],
    };
  },
};

export const zhPriority = (p: string): string => ({ urgent: '紧急', high: '高优先级', normal: '普通优先级', low: '低优先级' })[p] ?? p;
