import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { AppError, describeZodIssues } from '../../shared/app-error';
import { detectLanguage } from '../../shared/language';
import { converse, post, type SlackRuntime } from './converse';
import { textMessage } from './render';
import type { SlackTurn } from './to-message';
import { looksLikeTranscript, summariseRequest, transcriptKind, vttToTurns } from './transcript-text';

const MAX_BYTES = 1_000_000;

export interface TranscriptFetchOptions {
  /** Origins the bot token may be sent to when downloading (Slack's file host, or the configured API host). */
  fileOrigins: string[];
}

interface TranscriptFile {
  kind: 'txt' | 'vtt';
  url: string;
}

/** files.info (the event's file object may be a stub): a transcript we may download, or null. */
async function transcriptFile(rt: SlackRuntime, client: webApi.WebClient, fileId: string, o: TranscriptFetchOptions): Promise<TranscriptFile | null> {
  const info = await client.files.info({ file: fileId });
  const f = info.file;
  const kind = transcriptKind(f?.name, f?.filetype);
  const url = f?.url_private_download ?? f?.url_private;
  if (!kind || !url) return null;
  if ((f?.size ?? 0) > MAX_BYTES) return null;
  const origin = new URL(url).origin;
  if (!o.fileOrigins.includes(origin)) {
    rt.log.warn({ origin }, 'refusing to send the bot token to an unexpected file host');
    return null;
  }
  return { kind, url };
}

/** The file's turns, downloaded with the bot token (only to Slack's hosts, checked above). */
export async function fetchTranscript(rt: SlackRuntime, client: webApi.WebClient, fileId: string, o: TranscriptFetchOptions): Promise<string | null> {
  const file = await transcriptFile(rt, client, fileId, o);
  if (!file) return null;
  const res = await fetch(file.url, { headers: { Authorization: `Bearer ${rt.botToken}` }, redirect: 'error' });
  if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
  const raw = (await res.text()).slice(0, MAX_BYTES);
  return file.kind === 'vtt' ? vttToTurns(raw) : raw;
}

const working = (text: string) =>
  textMessage(detectLanguage(text) === 'zh' ? '收到通话记录，正在生成摘要……' : 'Got the transcript, working on the summary…');

/** A chat.turn job's data for Slack: the turn to answer, and the shared file to summarise if any. */
const queuedTurnSchema = z.object({
  turn: z.object({
    slackUser: z.string(),
    channel: z.string(),
    thread: z.string(),
    replyTs: z.string().optional(),
    text: z.string(),
    eventId: z.string().optional(),
    responseUrl: z.string().optional(),
  }),
  fileId: z.string().optional(),
});
type QueuedTurn = z.infer<typeof queuedTurnSchema>;

/**
 * With a queue the slow part (download, model, engine) leaves this process's ack path and survives a restart;
 * the event id keys the job so a redelivery is one job. If the queue refuses, the turn is worked here instead.
 */
async function queueTurn(rt: SlackRuntime, client: webApi.WebClient, turn: SlackTurn, fileId?: string): Promise<void> {
  const job: QueuedTurn = { turn: { ...turn }, ...(fileId ? { fileId } : {}) };
  try {
    await rt.enqueueTurn!(job, turn.eventId);
  } catch (err) {
    rt.log.warn({ err }, 'could not queue the transcript; summarising it here');
    await runQueuedTurn(rt, client, job);
  }
}

/**
 * A transcript pasted into the message is announced before the engine summarises it. Queued (true) when the
 * surface has a queue; otherwise the caller goes on to answer it in place.
 */
export async function announcePastedTranscript(rt: SlackRuntime, client: webApi.WebClient, turn: SlackTurn): Promise<boolean> {
  if (!looksLikeTranscript(turn.text)) return false;
  await post(rt, client, turn, working(turn.text));
  if (!rt.enqueueTurn) return false;
  await queueTurn(rt, client, turn);
  return true;
}

/**
 * A shared .txt/.vtt file: say at once that we are on it (the summary can take a while with a real model),
 * then summarise through the engine so the reply offers "Save to <customer>" like a pasted transcript.
 */
export async function summariseFiles(rt: SlackRuntime, client: webApi.WebClient, turn: SlackTurn, fileIds: string[], o: TranscriptFetchOptions): Promise<boolean> {
  for (const id of fileIds) {
    if (rt.enqueueTurn) {
      // Only files.info on the ack path; the job downloads the file.
      if (!(await readFile(rt, id, async () => ((await transcriptFile(rt, client, id, o)) ? id : null)))) continue;
      await post(rt, client, turn, working(turn.text));
      await queueTurn(rt, client, turn, id);
      return true;
    }
    const text = await readFile(rt, id, () => fetchTranscript(rt, client, id, o));
    if (!text?.trim()) continue;
    await post(rt, client, turn, working(`${turn.text}\n${text}`));
    await converse(rt, client, { ...turn, text: summariseRequest(text, turn.text) });
    return true;
  }
  return false;
}

async function readFile(rt: SlackRuntime, fileId: string, read: () => Promise<string | null>): Promise<string | null> {
  try {
    return await read();
  } catch (err) {
    rt.log.warn({ err, fileId }, 'could not read a shared file');
    return null;
  }
}

async function runQueuedTurn(rt: SlackRuntime, client: webApi.WebClient, job: QueuedTurn): Promise<void> {
  const fileId = job.fileId;
  const text = fileId ? await readFile(rt, fileId, () => fetchTranscript(rt, client, fileId, rt.files)) : null;
  // A file that could not be read is answered as the plain message, as the inline path does.
  await converse(rt, client, text?.trim() ? { ...job.turn, text: summariseRequest(text, job.turn.text) } : job.turn);
}

/** The chat.turn runner: summarises the queued transcript and posts it, with its Save button, where it was asked. */
export const transcriptTurnRunner = (rt: SlackRuntime, client: webApi.WebClient) => async (data: Record<string, unknown>): Promise<void> => {
  const parsed = queuedTurnSchema.safeParse(data);
  if (!parsed.success) throw new AppError('bad_input', `Not a Slack chat turn: ${describeZodIssues(parsed.error.issues)}`);
  await runQueuedTurn(rt, client, parsed.data);
};
