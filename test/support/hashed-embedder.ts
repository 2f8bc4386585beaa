import type { Embedder } from '../../src/crm/search/embedder-port';

/**
 * A deterministic embedder twin for tests and the retrieval eval: hashed character n-grams
 * (word trigrams with boundaries for Latin script, characters and bigrams for Han) signed into
 * 256 dimensions and L2-normalised. It knows no synonyms, but it meets inflections
 * ("escalated" ~ "escalation") and Chinese words cut differently, which full-text does not.
 */
export const HASHED_DIMENSIONS = 256;
const HAN = /\p{Script=Han}/u;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function features(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (const w of lower.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (HAN.test(w)) {
      const chars = [...w].filter((c) => HAN.test(c));
      chars.forEach((c, i) => {
        out.push(`c:${c}`);
        if (i + 1 < chars.length) out.push(`b:${c}${chars[i + 1]}`, `b:${c}${chars[i + 1]}`);
      });
      continue;
    }
    out.push(`w:${w}`);
    const padded = `<${w}>`;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(`t:${padded.slice(i, i + 3)}`);
  }
  return out;
}

export function hashedEmbedding(text: string, dims = HASHED_DIMENSIONS): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const f of features(text)) {
    const h = fnv1a(f);
    v[h % dims]! += h & 0x80000000 ? -1 : 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

export const hashedEmbedder: Embedder = {
  embed: async (texts) => texts.map((t) => hashedEmbedding(t)),
};
