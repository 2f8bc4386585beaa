import { AppError } from '../../shared/app-error';
import { defineJob } from '../job-deps';

/**
 * A chat turn the surface queued (a transcript to summarise): the surface itself runs it and posts the
 * answer. A surface not registered in this process is a transient state (it is still starting, or this
 * worker was started without it), so the job fails retryably rather than being dropped.
 */
export const chatTurnJob = defineJob({
  name: 'chat.turn',
  async handle(payload, deps) {
    const run = deps.chatTurns?.[payload.surface];
    if (!run) throw new AppError('unavailable', `The ${payload.surface} surface is not running in this process.`);
    await run(payload.data);
    return { surface: payload.surface };
  },
});
