import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { findActorById, type Actor } from '../../intents/services';
import { AppError, describeZodIssues, isAppError } from '../../shared/app-error';
import { detectLanguage } from '../../shared/language';
import { findDialogueReference } from './reference-store';
import { teamsSay } from './teams-messages';
import { replyActivity, sendPaced, transcriptRequest, type TeamsTurnDeps } from './teams-turn';
import { downloadTranscript } from './transcript-attachment';

/** A chat.turn job's data for Teams: whose dialogue it is, what they wrote, and the file to summarise. */
export const queuedTeamsTurnSchema = z.object({
  channel: z.string().min(1),
  thread: z.string().min(1),
  actorId: z.uuid(),
  /** The sender's Teams id: the card's buttons are theirs only. */
  fromId: z.string().min(1),
  text: z.string(),
  file: z.object({ name: z.string(), url: z.url({ protocol: /^https?$/ }), fileType: z.string() }),
  eventId: z.string().optional(),
  tz: z.string().optional(),
});
export type QueuedTeamsTurn = z.infer<typeof queuedTeamsTurnSchema>;

export interface TranscriptTurnDeps extends TeamsTurnDeps {
  adapter: CloudAdapter;
  /** The bot's app id ('' in local mode). */
  appId: string;
}

async function summarise(ctx: TurnContext, job: QueuedTeamsTurn, actor: Actor, deps: TeamsTurnDeps): Promise<void> {
  let lang = detectLanguage(job.text);
  const say = (text: string) => sendPaced(ctx, deps.pacer, { type: 'message', text, textFormat: 'plain' });
  try {
    let transcript: string;
    try {
      transcript = await downloadTranscript(job.file, deps.fetch);
    } catch (e) {
      if (!isAppError(e)) throw e;
      await say(teamsSay(lang, 'transcript_failed', { file: job.file.name, why: e.message }));
      return;
    }
    const reply = await deps.engine.handle({ surface: 'teams', channel: job.channel, thread: job.thread, actor, text: transcriptRequest(job.text, transcript), eventId: job.eventId, tz: job.tz });
    lang = reply.language;
    await sendPaced(ctx, deps.pacer, await replyActivity(reply, deps, job.fromId));
  } catch (e) {
    // Said once and finished: a retried job would summarise and post a second time.
    deps.log.error({ err: e, conversation: job.thread }, 'teams transcript turn failed');
    await say(teamsSay(lang, 'error')).catch((err) => deps.log.warn({ err }, 'could not apologise in teams'));
  }
}

/**
 * The chat.turn runner: the summary goes to the dialogue's conversation as a proactive message, from the
 * reference stored when the user wrote, with the Save/Cancel card. Reaching the conversation failing throws,
 * so the job is retried; anything after that is answered in the chat.
 */
export const transcriptTurnRunner = (deps: TranscriptTurnDeps) => async (data: Record<string, unknown>): Promise<void> => {
  const parsed = queuedTeamsTurnSchema.safeParse(data);
  if (!parsed.success) throw new AppError('bad_input', `Not a Teams chat turn: ${describeZodIssues(parsed.error.issues)}`);
  const job = parsed.data;
  const reference = await findDialogueReference(deps.db, { channel: job.channel, thread: job.thread, userId: job.actorId });
  if (!reference) throw new AppError('not_found', 'There is no stored Teams conversation for this turn.');
  const actor = await findActorById(deps.db, job.actorId);
  if (!actor) throw new AppError('not_found', 'The user of this turn no longer exists.');
  await deps.adapter.continueConversationAsync(deps.appId, reference as Partial<ConversationReference> as ConversationReference, (ctx) => summarise(ctx, job, actor, deps));
};
