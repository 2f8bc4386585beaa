import { createTask } from '../../crm/tasks/task-service';
import type { IntentHandler } from './handler';
import { accountFor, cleanFields, customerLabel, recordRef, unknownUser, userFor } from './handler-support';
import { say } from '../i18n/messages';

export const createTaskIntent: IntentHandler = {
  intent: 'task.create',
  writes: true,
  customer: 'optional',
  async run(ctx, draft) {
    const e = draft.entities;
    const owner = await userFor(ctx, e.assignee ?? 'me');
    if (owner === 'unknown') return unknownUser(ctx, e.assignee!);
    if (!draft.confirmed) {
      return {
        kind: 'confirm',
        pending: { action: 'create', type: 'task', fields: cleanFields({ subject: e.subject, due: e.due, account: e.customer ? customerLabel(draft) : undefined, assignee: owner?.name }) },
        summary: say(ctx.lang, `Task for ${owner?.name}: "${e.subject}"${e.due ? `, due ${e.due}` : ''}.`, `给${owner?.name}的任务：“${e.subject}”${e.due ? `，截止 ${e.due}` : ''}。`),
      };
    }
    const { task, account } = await ctx.deps.db.tx(async (q) => {
      const account = e.customer ? await accountFor(ctx, q, draft) : null;
      const task = await createTask({ actor: ctx.actor, source: ctx.source, now: ctx.now }, q, { subject: e.subject!, dueDate: e.due, accountId: account?.id, ownerId: owner?.id });
      return { task, account };
    });
    return {
      kind: 'done',
      reply: say(ctx.lang, `Added the task "${task.subject}"${e.due ? ` due ${e.due}` : ''}.`, `已添加任务“${task.subject}”${e.due ? `，截止 ${e.due}` : ''}。`),
      data: { task: { id: task.id, subject: task.subject, due: task.due_date, owner: owner?.name } },
      records: [...(account?.created ? [account.created] : []), recordRef('task', task, 'created')],
    };
  },
};
