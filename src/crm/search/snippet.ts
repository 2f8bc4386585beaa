import { contentTokens } from './query-terms';

/** One line of at most `max` characters around the first query word found, or the start. */
export function makeSnippet(text: string | null | undefined, query: string, max = 160): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const lower = flat.toLowerCase();
  const hits = contentTokens(query)
    .map((t) => lower.indexOf(t))
    .filter((i) => i >= 0);
  const at = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(at - Math.floor(max / 3), flat.length - max));
  const piece = flat.slice(start, start + max).trim();
  return `${start > 0 ? '…' : ''}${piece}${start + max < flat.length ? '…' : ''}`;
}

/** The first sentence, on one line, at most `max` characters: for "last contact" style summaries. */
export function oneLine(text: string | null | undefined, max = 160): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  const first = flat.split(/(?<=[.!?。！？])\s*/u)[0] ?? '';
  return first.length <= max ? first : `${first.slice(0, max - 1).trimEnd()}…`;
}
