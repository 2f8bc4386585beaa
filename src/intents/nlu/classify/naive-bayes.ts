/**
 * Multinomial naive Bayes over binary features: small, deterministic and trained in
 * milliseconds at start-up from our own utterances. It backs up the hand-weighted cues
 * on phrasings they do not know.
 */
export class NaiveBayes<L extends string> {
  private readonly counts = new Map<L, Map<string, number>>();
  private readonly totals = new Map<L, number>();
  private readonly docs = new Map<L, number>();
  private readonly vocab = new Set<string>();
  private n = 0;

  train(features: string[], label: L): void {
    this.table = null;
    this.n++;
    this.docs.set(label, (this.docs.get(label) ?? 0) + 1);
    let m = this.counts.get(label);
    if (!m) this.counts.set(label, (m = new Map()));
    for (const f of new Set(features)) {
      m.set(f, (m.get(f) ?? 0) + 1);
      this.totals.set(label, (this.totals.get(label) ?? 0) + 1);
      this.vocab.add(f);
    }
  }

  private table: { labels: L[]; priors: Float64Array; unseen: Float64Array; rows: Map<string, Float64Array> } | null = null;

  /** Per feature, its log-probability under each label, computed once after training. */
  private compile(smoothing: number) {
    const labels = [...this.counts.keys()];
    const denom = labels.map((l) => Math.log((this.totals.get(l) ?? 0) + smoothing * this.vocab.size));
    const priors = Float64Array.from(labels, (l) => Math.log((this.docs.get(l) ?? 0) / this.n));
    const unseen = Float64Array.from(labels, (_, i) => Math.log(smoothing) - denom[i]);
    const rows = new Map<string, Float64Array>();
    for (const f of this.vocab) rows.set(f, Float64Array.from(labels, (l, i) => Math.log((this.counts.get(l)?.get(f) ?? 0) + smoothing) - denom[i]));
    return { labels, priors, unseen, rows };
  }

  /** Log-probabilities per label (unnormalised); features never seen in training are ignored. */
  scores(features: string[], smoothing = 0.5): Map<L, number> {
    this.table ??= this.compile(smoothing);
    const { labels, priors, rows } = this.table;
    const sum = Float64Array.from(priors);
    for (const f of new Set(features)) {
      const row = rows.get(f);
      if (row) for (let i = 0; i < sum.length; i++) sum[i] += row[i];
    }
    return new Map(labels.map((l, i) => [l, sum[i]]));
  }
}

/** Words (digits folded to 0), Han characters and neighbouring pairs, plus a few shape flags. */
export function modelFeatures(maskedLc: string, shape: { multiline: boolean; question: boolean }): string[] {
  const tokens = maskedLc.replace(/\d+/g, '0').match(/__[a-z]+|[a-z0][a-z0'-]*|\p{Script=Han}/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push(tokens[i]);
    if (i > 0) out.push(`${tokens[i - 1]}_${tokens[i]}`);
  }
  if (tokens.length) out.push(`^${tokens[0]}`);
  if (shape.multiline) out.push('__multiline');
  if (shape.question) out.push('__question');
  return out;
}
