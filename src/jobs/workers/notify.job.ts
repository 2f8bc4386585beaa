import { defineJob } from '../job-deps';

/**
 * Sends one message through the Notifier the bots provide (it finds the user's chat identity and
 * throws AppError 'not_found' when there is none, which is not retried). Delivery is at least
 * once: a worker killed after the platform accepted the message but before the job was marked
 * done sends it again; the job id (derived from `key`) keeps everything else to one send.
 */
export const notifyJob = defineJob({
  name: 'notify',
  async handle(payload, deps) {
    await deps.notifier.notify(payload.userId, payload.message);
    return { sent: true };
  },
});
