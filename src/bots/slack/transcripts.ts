import type { webApi } from '@slack/bolt';
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

/** files.info (the event's file object may be a stub) then the download, with the bot token only to Slack's hosts. */
export async function fetchTranscript(rt: SlackRuntime, client: webApi.WebClient, fileId: string, o: TranscriptFetchOptions): Promise<string | null> {
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
  const res = await fetch(url, { headers: { Authorization: `Bearer ${rt.botToken}` }, redirect: 'error' });
  if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
  const raw = (await res.text()).slice(0, MAX_BYTES);
  return kind === 'vtt' ? vttToTurns(raw) : raw;
}

const working = (text: string) =>
  textMessage(detectLanguage(text) === 'zh' ? '收到通话记录，正在生成摘要……' : 'Got the transcript, working on the summary…');

/** A transcript pasted into the message is announced the same way before the engine summarises it. */
export async function announcePastedTranscript(rt: SlackRuntime, client: webApi.WebClient, turn: SlackTurn): Promise<void> {
  if (looksLikeTranscript(turn.text)) await post(rt, client, turn, working(turn.text));
}

/**
 * A shared .txt/.vtt file: say at once that we are on it (the summary can take a while with a real model),
 * then summarise through the engine so the reply offers "Save to <customer>" like a pasted transcript.
 */
export async function summariseFiles(rt: SlackRuntime, client: webApi.WebClient, turn: SlackTurn, fileIds: string[], o: TranscriptFetchOptions): Promise<boolean> {
  for (const id of fileIds) {
    let text: string | null;
    try {
      text = await fetchTranscript(rt, client, id, o);
    } catch (err) {
      rt.log.warn({ err, fileId: id }, 'could not read a shared file');
      text = null;
    }
    if (!text?.trim()) continue;
    await post(rt, client, turn, working(`${turn.text}\n${text}`));
    await converse(rt, client, { ...turn, text: summariseRequest(text, turn.text) });
    return true;
  }
  return false;
}
