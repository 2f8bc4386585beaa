import { AppError } from '../shared/app-error';
import type { CallSummary, LlmMeta, LlmPort } from './llm-port';
import { normaliseTranscript } from './transcript-format';

/** Transcripts above this size are refused: a call of several hours is under 500 kB of text. */
export const MAX_TRANSCRIPT_CHARS = 2_000_000;

/**
 * What `crm summarise` and the chat "summarise this call" do before saving: read the transcript
 * (plain text or WebVTT/SRT captions), check it, and summarise it. Saving to a customer is the
 * engine's job.
 */
export async function summariseCommand(
  input: string,
  llm: LlmPort,
  opts: { now?: Date; tz?: string; recordIds?: string[] } = {},
): Promise<CallSummary & { meta: LlmMeta }> {
  if (input.length > MAX_TRANSCRIPT_CHARS) {
    throw new AppError('bad_input', 'That transcript is too long to summarise (over 2 million characters).');
  }
  const transcript = normaliseTranscript(input);
  if (!/[\p{L}\p{N}]/u.test(transcript)) {
    throw new AppError('bad_input', 'The transcript is empty: give the call as text, one "Name: what they said" turn per line.');
  }
  return llm.summariseCall({ transcript, now: opts.now, tz: opts.tz, recordIds: opts.recordIds });
}
