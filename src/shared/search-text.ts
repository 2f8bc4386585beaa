/**
 * Text prepared for PostgreSQL's 'simple' full-text configuration. Chinese has no spaces, so
 * it is cut into words with Node's built-in Intl.Segmenter (no dictionary to ship) and each
 * Han character is added as well, so a query word the segmenter cut differently still meets.
 */
const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

export function toSearchText(...parts: Array<string | null | undefined>): string {
  const text = parts.filter(Boolean).join(' ');
  return tokenize(text).join(' ');
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const seg of zhSegmenter.segment(text.toLowerCase())) {
    if (!seg.isWordLike) continue;
    const w = seg.segment;
    if (HAN.test(w)) {
      out.push(w);
      if (w.length > 1) for (const ch of w) if (HAN.test(ch)) out.push(ch);
    } else {
      const clean = w.replace(/[^\p{L}\p{N}]+/gu, '');
      if (clean) out.push(clean);
    }
  }
  return out;
}

/** A tsquery (OR of words) for the 'simple' configuration, built from tokens so no user syntax reaches it. */
export function toTsQuery(text: string): string {
  const words = [...new Set(tokenize(text))].filter((w) => w.length > 1 || HAN.test(w));
  return words.map((w) => `'${w.replace(/'/g, "''")}'`).join(' | ');
}
