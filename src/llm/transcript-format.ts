/**
 * Transcripts arrive pasted, as .txt ("Name: text" per line) or as WebVTT/SRT caption files from
 * meeting tools. This turns captions into the one-turn-per-line form the summariser reads:
 * cue numbers and timings dropped, `<v Name>` voice tags turned into "Name: ", and consecutive
 * cues of one speaker joined into one turn.
 */
const TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}.*$/;
const VOICE = /^<v(?:\.[\w.-]+)?\s+([^>]+)>([\s\S]*?)(?:<\/v>)?$/;
const SPEAKER_LINE = /^([^:：]{1,40})[:：]\s*(.+)$/;

export function isCaptionFile(text: string): boolean {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return t.startsWith('WEBVTT') || TIMING.test(t.split('\n').slice(0, 3).find((l) => l.includes('-->')) ?? '');
}

export function normaliseTranscript(text: string): string {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!isCaptionFile(clean)) return clean.trim();
  const turns: Array<{ speaker?: string; text: string }> = [];
  const blocks = clean.split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length || /^(?:WEBVTT|NOTE|STYLE|REGION)\b/.test(lines[0]!)) continue;
    const timing = lines.findIndex((l) => TIMING.test(l));
    if (timing < 0) continue;
    for (const line of lines.slice(timing + 1)) {
      const voice = VOICE.exec(line);
      const plain = line.replace(/<[^>]+>/g, '').trim();
      const labelled = voice ? undefined : SPEAKER_LINE.exec(plain);
      const turn: { speaker?: string; text: string } = voice
        ? { speaker: voice[1]!.trim(), text: voice[2]!.replace(/<[^>]+>/g, '').trim() }
        : labelled
          ? { speaker: labelled[1]!.trim(), text: labelled[2]!.trim() }
          : { text: plain };
      if (!turn.text) continue;
      const last = turns[turns.length - 1];
      if (last && (last.speaker === turn.speaker || !turn.speaker)) last.text = `${last.text} ${turn.text}`;
      else turns.push(turn);
    }
  }
  return turns.map((t) => (t.speaker ? `${t.speaker}: ${t.text}` : t.text)).join('\n');
}
