/**
 * Reciprocal rank fusion (Cormack et al., 2009): each list contributes weight / (k + rank).
 * We fuse ranks rather than raw scores because ts_rank_cd, cosine distance and age live on
 * scales that cannot be compared or normalised meaningfully per query; RRF needs only the
 * order, is robust to one list being noisy, and a record found by several signals rises.
 * k = 60 is the value from the paper, which keeps the head of one list from swamping the rest.
 */
export interface RankedList {
  /** Ids best first. */
  ids: readonly string[];
  weight: number;
}

export const RRF_K = 60;

export function reciprocalRankFusion(lists: readonly RankedList[], k = RRF_K): Map<string, number> {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.ids.forEach((id, i) => {
      scores.set(id, (scores.get(id) ?? 0) + list.weight / (k + i + 1));
    });
  }
  return scores;
}

/** Ids by fused score, best first; ties keep the order of first appearance (stable sort). */
export function fuse(lists: readonly RankedList[], k = RRF_K): Array<{ id: string; score: number }> {
  return [...reciprocalRankFusion(lists, k)].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
