import type { CallRecorder } from '../audit/call-recorder';
import type { AnswerInput, CallSummary, Classification, LlmMeta, LlmPort, SummariseInput } from '../llm-port';
import { OFFLINE_EMBEDDING_MODEL, OFFLINE_MODEL } from '../model-names';
import { summariseTranscript } from './call-summariser';
import { hashEmbed } from './hash-embedder';
import { answerFromSnippets } from './snippet-answerer';

/** The offline rules have a version too, so the audit trail says which rules wrote a summary. */
export const OFFLINE_RULES_VERSION = 'offline-1';

/**
 * The offline adapter: deterministic, no network, fast on any length. Summaries and answers are
 * recorded in the audit trail like a model's; embeddings are not (a pure function of the text,
 * asked for every search, would only flood the table).
 */
export class OfflineLlm implements LlmPort {
  readonly mode = 'offline' as const;
  readonly embeddingModel = OFFLINE_EMBEDDING_MODEL;

  constructor(private readonly recorder?: CallRecorder) {}

  async summariseCall(input: SummariseInput): Promise<CallSummary & { meta: LlmMeta }> {
    const started = performance.now();
    const summary = summariseTranscript(input.transcript, { now: input.now, tz: input.tz });
    await this.recorder?.record({
      task: 'summarise-call',
      promptVersion: OFFLINE_RULES_VERSION,
      model: OFFLINE_MODEL,
      recordIds: input.recordIds ?? [],
      output: summary,
      latencyMs: performance.now() - started,
      fallback: false,
    });
    return { ...summary, meta: { model: OFFLINE_MODEL, fallback: false } };
  }

  async answer(input: AnswerInput): Promise<{ text: string; citations: string[]; meta: LlmMeta }> {
    const started = performance.now();
    const out = answerFromSnippets(input.question, input.language, input.snippets);
    await this.recorder?.record({
      task: 'answer-question',
      promptVersion: OFFLINE_RULES_VERSION,
      model: OFFLINE_MODEL,
      recordIds: input.recordIds ?? input.snippets.map((s) => s.id),
      output: out,
      latencyMs: performance.now() - started,
      fallback: false,
    });
    return { ...out, meta: { model: OFFLINE_MODEL, fallback: false } };
  }

  /** No model, no opinion: the rule-based NLU in src/intents decides. */
  async classify(): Promise<Classification | null> {
    return null;
  }

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map(hashEmbed);
  }
}
