import { addDays, localDate, previousWeekStart } from '../../crm/digests/digest-dates';
import { weeklyDigestMessage } from '../../crm/digests/digest-messages';
import { loadWeeklyDigests } from '../../crm/digests/weekly-digest';
import { defineJob } from '../job-deps';

/**
 * The managers' weekly KPI digest for the last whole week (Monday to Sunday, local time), one
 * notification per manager and week; `{"digest_weekly": false}` turns it off.
 */
export const weeklyDigestJob = defineJob({
  name: 'digest.weekly',
  async handle(payload, deps) {
    const now = deps.clock.now();
    const weekStart = payload.weekStart ?? previousWeekStart(localDate(now, deps.timezone));
    const digests = await loadWeeklyDigests(deps.db, {
      weekStart,
      weekEnd: addDays(weekStart, 6),
      timeZone: deps.timezone,
      now,
    });
    for (const d of digests) {
      await deps.queue.enqueue('notify', {
        userId: d.user.id,
        message: weeklyDigestMessage(d),
        key: `digest-weekly/${weekStart}/${d.user.id}`,
      });
    }
    return { weekStart, sent: digests.length };
  },
});
