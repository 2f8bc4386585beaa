/**
 * Which data may leave for an external model (LLM_EXTERNAL_DENY lists the kinds that may not).
 * Kinds: transcripts (call summaries), notes (CRM activity text given to answers), answers (any
 * answer from records), embeddings, messages (chat messages to classify).
 */
export type DataKind = 'transcripts' | 'notes' | 'answers' | 'embeddings' | 'messages';

const NOTE_TYPES = new Set(['note', 'activity', 'call', 'meeting', 'email']);

export class ExternalPolicy {
  private readonly deny: ReadonlySet<string>;

  constructor(deny: readonly string[]) {
    this.deny = new Set(deny.map((d) => d.trim().toLowerCase()));
  }

  allows(kind: DataKind): boolean {
    return !this.deny.has(kind);
  }

  /** An answer stays offline when answers are denied, or notes are and a snippet is one. */
  allowsAnswer(snippetTypes: readonly string[]): boolean {
    if (!this.allows('answers')) return false;
    return this.allows('notes') || !snippetTypes.some((t) => NOTE_TYPES.has(t.toLowerCase()));
  }
}

export const policyReason = (kind: DataKind): string => `policy: ${kind} must stay offline (LLM_EXTERNAL_DENY)`;
