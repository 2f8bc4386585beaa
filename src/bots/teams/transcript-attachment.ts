import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import type { IncomingActivity } from './activity-schema';

/** How Teams hands a file sent in personal chat to a bot: a short-lived, pre-authorised download URL. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const TRANSCRIPT_TYPES = new Set(['txt', 'vtt', 'md', 'text']);
export const MAX_TRANSCRIPT_BYTES = 500_000;

const downloadInfo = z.looseObject({ downloadUrl: z.url({ protocol: /^https?$/ }), fileType: z.string().max(20).optional() });

export interface TranscriptFile {
  name: string;
  url: string;
  fileType: string;
}

/** The first transcript-like file (.txt, .vtt) attached to the activity, or null. */
export function findTranscriptFile(activity: IncomingActivity): TranscriptFile | null {
  for (const a of activity.attachments ?? []) {
    if (a.contentType !== FILE_DOWNLOAD_INFO) continue;
    const info = downloadInfo.safeParse(a.content);
    if (!info.success) continue;
    const fileType = (info.data.fileType ?? a.name?.split('.').pop() ?? '').toLowerCase();
    if (TRANSCRIPT_TYPES.has(fileType)) return { name: a.name ?? `transcript.${fileType}`, url: info.data.downloadUrl, fileType };
  }
  return null;
}

/**
 * WebVTT (what Teams meeting recordings export) to "Name: text" turns, the transcript format the
 * engine reads. Cue numbers, timings and NOTE blocks go; "<v Name>text</v>" voices become speakers.
 */
export function vttToTurns(vtt: string): string {
  const out: string[] = [];
  const blocks = vtt.replace(/\r/g, '').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() && !/^WEBVTT/.test(l) && !/^NOTE\b/.test(l) && !/-->/.test(l) && !/^\d+$/.test(l.trim()));
    for (const line of lines) {
      const v = line.match(/^<v\s+([^>]+)>(.*?)(<\/v>)?$/);
      const turn = v ? `${v[1]!.trim()}: ${v[2]!.replace(/<[^>]+>/g, '').trim()}` : line.replace(/<[^>]+>/g, '').trim();
      const prev = out[out.length - 1];
      const speaker = turn.match(/^([^:]{1,40}):\s/)?.[1];
      // Consecutive cues by the same speaker are one turn.
      if (prev && speaker && prev.startsWith(`${speaker}: `)) out[out.length - 1] = `${prev} ${turn.slice(speaker.length + 2)}`;
      else if (turn) out.push(turn);
    }
  }
  return out.join('\n');
}

/** Downloads the file as UTF-8 text, refusing anything over the size limit. */
export async function downloadTranscript(file: TranscriptFile, fetchImpl: typeof fetch = fetch): Promise<string> {
  const res = await fetchImpl(file.url, { signal: AbortSignal.timeout(15_000) });
  if (!res.ok) throw new AppError('unavailable', `the download failed (HTTP ${res.status})`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_TRANSCRIPT_BYTES) throw new AppError('bad_input', `the file is larger than ${MAX_TRANSCRIPT_BYTES / 1000} kB`);
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_TRANSCRIPT_BYTES) throw new AppError('bad_input', `the file is larger than ${MAX_TRANSCRIPT_BYTES / 1000} kB`);
  const text = buf.toString('utf8');
  const turns = file.fileType === 'vtt' || /^WEBVTT/.test(text) ? vttToTurns(text) : text.trim();
  if (!turns) throw new AppError('bad_input', 'the file is empty');
  return turns;
}
