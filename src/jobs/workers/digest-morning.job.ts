import { localDate, sundayOf } from '../../crm/digests/digest-dates';
import { morningDigestMessage } from '../../crm/digests/digest-messages';
import { isEmptyDigest, loadMorningDigests } from '../../crm/digests/morning-digest';
import { defineJob } from '../job-deps';

/**
 * The reps' morning digest. It fans out one notification per rep whose id names the rep and the
 * day, so a digest job that runs twice (or is retried half-way) still sends each rep one message.
 * A rep with nothing to report gets no message; `{"digest_morning": false}` turns it off.
 */
export const morningDigestJob = defineJob({
  name: 'digest.morning',
  async handle(payload, deps) {
    const now = deps.clock.now();
    const today = payload.date ?? localDate(now, deps.timezone);
    const digests = await loadMorningDigests(deps.db, {
      today,
      weekEnd: sundayOf(today),
      since: new Date(now.getTime() - 24 * 3600_000),
      until: now,
    });
    let sent = 0;
    for (const d of digests) {
      if (isEmptyDigest(d)) continue;
      await deps.queue.enqueue('notify', {
        userId: d.user.id,
        message: morningDigestMessage(d),
        key: `digest-morning/${today}/${d.user.id}`,
      });
      sent++;
    }
    return { date: today, sent, skippedEmpty: digests.length - sent };
  },
});
