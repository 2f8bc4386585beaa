/**
 * A WebVTT caption file → "Name: text" turns, the transcript format the summariser reads. Hand-written because
 * the parts we need (drop the header, cue ids, timings and notes; keep <v Speaker> voices) are a dozen lines,
 * and caption parsers on npm target players, not text.
 */
export function vttToTurns(vtt: string): string {
  const out: string[] = [];
  const blocks = vtt.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length || /^(WEBVTT|NOTE|STYLE|REGION)\b/.test(lines[0]!)) continue;
    const timing = lines.findIndex((l) => l.includes('-->'));
    for (const line of timing >= 0 ? lines.slice(timing + 1) : lines) {
      const voice = /^<v(?:\.[^\s>]*)?\s+([^>]+)>(.*)$/.exec(line);
      const text = (voice ? voice[2]! : line).replace(/<[^>]+>/g, '').trim();
      if (!text) continue;
      const turn = voice ? `${voice[1]!.trim()}: ${text}` : text;
      const prev = out[out.length - 1];
      // Captions split one sentence over several cues; join a speaker's consecutive cues into one turn.
      if (voice && prev?.startsWith(`${voice[1]!.trim()}: `)) out[out.length - 1] = `${prev} ${text}`;
      else out.push(turn);
    }
  }
  return out.join('\n');
}

export const TRANSCRIPT_EXTENSIONS = ['txt', 'vtt'] as const;

export function transcriptKind(name: string | undefined, filetype?: string): 'txt' | 'vtt' | null {
  const ext = (filetype || name?.split('.').pop() || '').toLowerCase();
  if (ext === 'vtt' || ext === 'webvtt') return 'vtt';
  if (ext === 'txt' || ext === 'text') return 'txt';
  return null;
}

/** The request line the engine's call.summarise intent expects, then the turns. */
export function summariseRequest(transcript: string, userText: string): string {
  const head = userText.trim() && /summar|总结|纪要|概括/i.test(userText) ? userText.trim().replace(/[:：]\s*$/, '') : 'summarise this call';
  return `${head}:\n${transcript.trim()}`;
}

/** A pasted transcript: at least three "Name: text" turns. Summaries take a while, so the user is told at once. */
export function looksLikeTranscript(text: string): boolean {
  return text.split(/\r?\n/).filter((l) => /^\s*[^:：\n]{1,40}[:：]\s*\S/.test(l)).length >= 3;
}
