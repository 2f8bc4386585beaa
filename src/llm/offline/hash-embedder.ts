import { tokenize } from '../../shared/search-text';
import { EMBEDDING_DIMS } from '../model-names';

/**
 * The offline text embedding ("offline-hash-256"): the feature-hashing trick over
 *  - word tokens from search-text's tokenize (Chinese words from Intl.Segmenter, each Han character too),
 *  - character trigrams of Latin words (so "log" meets "logs" and typos stay close),
 *  - character bigrams of Chinese runs (so "断线" meets "掉线的断线问题" whatever the segmenter cut),
 * each weighted 1 + ln(tf) (trigrams and bigrams at half weight), hashed with FNV-1a into 256
 * buckets with a sign bit from the same hash (so collisions cancel out rather than pile up),
 * then L2-normalised. Deterministic, no vocabulary to ship, and cosine similarity tracks shared
 * words, which is what hybrid search needs from it. Empty text gets a fixed unit vector.
 */
const HAN_RUN = /\p{Script=Han}+/gu;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function features(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (f: string, w: number): void => {
    tf.set(f, (tf.get(f) ?? 0) + w);
  };
  for (const t of tokenize(text)) {
    add(`w:${t}`, 1);
    if (/^[a-z]/.test(t) && t.length > 3) {
      const padded = `^${t}$`;
      for (let i = 0; i + 3 <= padded.length; i++) add(`c:${padded.slice(i, i + 3)}`, 0.5);
    }
  }
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) add(`b:${run.slice(i, i + 2)}`, 0.5);
  }
  return tf;
}

export function hashEmbed(text: string): number[] {
  const v = new Array<number>(EMBEDDING_DIMS).fill(0);
  for (const [f, w] of features(text)) {
    const h = fnv1a(f);
    const sign = h & 0x80000000 ? -1 : 1;
    v[h % EMBEDDING_DIMS]! += sign * (1 + Math.log(w));
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  if (norm === 0) {
    v[0] = 1;
    return v;
  }
  return v.map((x) => x / norm);
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * (b[i] ?? 0);
  return dot;
}
