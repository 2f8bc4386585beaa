import { slaEscalationMessage, slaWarningMessage } from '../../crm/sla/sla-messages';
import {
  claimSlaEscalations,
  claimSlaWarnings,
  escalationRecipients,
  findRecipient,
} from '../../crm/sla/sla-repository';
import { defineJob } from '../job-deps';

/**
 * Runs every minute: warns the assignee when 75% of a ticket's first-response time has gone and
 * tells the team's manager when it has passed. The claim (a conditional UPDATE) and the enqueue
 * of the notifications share one transaction: if the enqueue fails the claim rolls back and the
 * next run tries again; the notification ids are derived from the ticket, so a retry after a
 * commit failure still sends once.
 */
export const slaWatchJob = defineJob({
  name: 'sla.watch',
  async handle(payload, deps) {
    const now = payload.at ? new Date(payload.at) : deps.clock.now();
    const result = await deps.db.tx(async (q) => {
      const escalated = await claimSlaEscalations(q, now);
      let messages = 0;
      for (const t of escalated) {
        for (const to of await escalationRecipients(q, t)) {
          const message = slaEscalationMessage(t, to, deps.timezone);
          await deps.queue.enqueue('notify', { userId: to.id, message, key: `sla-escalate/${t.id}/${to.id}` });
          messages++;
        }
      }
      const warned = await claimSlaWarnings(q, now);
      for (const t of warned) {
        const to = await findRecipient(q, t.assignee_id!);
        if (!to) continue; // an inactive assignee: the escalation will reach the manager
        const message = slaWarningMessage(t, to, now, deps.timezone);
        await deps.queue.enqueue('notify', { userId: to.id, message, key: `sla-warn/${t.id}` });
        messages++;
      }
      return { warned: warned.length, escalated: escalated.length, messages };
    });
    if (result.messages) deps.log.info(result, 'SLA watch sent notifications');
    return result;
  },
});
