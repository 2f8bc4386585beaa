import type OpenAI from 'openai';
import type { Config } from '../../config/config';
import { AppError } from '../../shared/app-error';
import { detectLanguage } from '../../shared/language';
import type { Logger } from '../../shared/logger';
import type { CallRecorder } from '../audit/call-recorder';
import type { AnswerInput, CallSummary, Classification, ClassifyInput, LlmMeta, LlmPort, ModelTask, SummariseInput } from '../llm-port';
import { EMBEDDING_DIMS, OFFLINE_EMBEDDING_MODEL, OFFLINE_MODEL } from '../model-names';
import { summariseTranscript } from '../offline/call-summariser';
import { localDate } from '../offline/due-date-resolver';
import { hashEmbed } from '../offline/hash-embedder';
import { answerFromSnippets } from '../offline/snippet-answerer';
import { answerSchema, classificationSchema, toCallSummary } from '../output-schemas';
import type { PromptRegistry } from '../prompt-registry';
import { ExternalPolicy, policyReason } from '../privacy/external-policy';
import { PiiMasker } from '../privacy/pii-masker';
import { fallbackReason, InvalidOutputError } from './fallback-reason';
import { chatJson, fenceSafe, type ChatJsonDeps } from './json-chat';
import { summariseWithModel } from './map-reduce';

/**
 * The OpenAI-compatible adapter (OpenAI, Azure OpenAI, Ollama, vLLM through the base URL). The
 * SDK does the timeout and the retries with back-off on 429/5xx (honouring Retry-After); when
 * the model still fails, or answers something the schema rejects, the offline adapter answers
 * and `meta` says so. Personal data is masked before anything leaves.
 */
export interface OpenAiLlmOptions {
  cfg: Config['llm'];
  client: OpenAI;
  prompts: PromptRegistry;
  recorder: CallRecorder;
  log: Logger;
  /** Transcripts longer than this (characters) are summarised map-reduce. */
  chunkChars: number;
}

const LANGUAGE_NAME = { en: 'English', zh: 'Simplified Chinese (简体中文)' } as const;
const UNKNOWN_TODAY = 'unknown (do not work out dates; keep the words said, such as "by Thursday")';

export class OpenAiLlm implements LlmPort {
  readonly mode = 'openai' as const;
  readonly embeddingModel: string;
  private readonly policy: ExternalPolicy;
  private readonly chat: ChatJsonDeps;

  constructor(private readonly o: OpenAiLlmOptions) {
    this.policy = new ExternalPolicy(o.cfg.externalDeny);
    this.embeddingModel = this.policy.allows('embeddings') ? o.cfg.embeddingModel : OFFLINE_EMBEDDING_MODEL;
    this.chat = { client: o.client, model: o.cfg.model, prompts: o.prompts };
  }

  private today(now: Date | undefined, tz: string | undefined): string {
    if (!now) return UNKNOWN_TODAY;
    const d = localDate(now, tz ?? 'UTC');
    return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
  }

  private reason(e: unknown, started: number): string {
    return fallbackReason(e, { elapsedMs: performance.now() - started, timeoutMs: this.o.cfg.timeoutMs });
  }

  private async fellBack(task: ModelTask, started: number, recordIds: string[], output: unknown, reason: string, promptVersion?: string): Promise<LlmMeta> {
    if (!reason.startsWith('policy')) this.o.log.warn({ task, reason }, 'model call failed; the offline adapter answered');
    await this.o.recorder.record({ task, promptVersion, model: this.o.cfg.model, recordIds, output, latencyMs: performance.now() - started, fallback: true, error: reason });
    return { model: OFFLINE_MODEL, fallback: true, fallbackReason: reason };
  }

  async summariseCall(input: SummariseInput): Promise<CallSummary & { meta: LlmMeta }> {
    const started = performance.now();
    const recordIds = input.recordIds ?? [];
    const language = detectLanguage(input.transcript);
    const offline = (): CallSummary => summariseTranscript(input.transcript, { now: input.now, tz: input.tz });
    if (!this.policy.allows('transcripts')) {
      const out = offline();
      return { ...out, meta: await this.fellBack('summarise-call', started, recordIds, out, policyReason('transcripts')) };
    }
    const masker = new PiiMasker();
    try {
      const vars = { language: LANGUAGE_NAME[language], today: this.today(input.now, input.tz), timezone: input.tz ?? 'UTC' };
      const res = await summariseWithModel(this.chat, masker.mask(input.transcript), vars, this.o.chunkChars);
      const summary = masker.restore(toCallSummary(res.data, language));
      await this.o.recorder.record({
        task: 'summarise-call', promptVersion: res.version, model: this.o.cfg.model, recordIds, output: summary,
        latencyMs: performance.now() - started, promptTokens: res.promptTokens, completionTokens: res.completionTokens, fallback: false,
      });
      return { ...summary, meta: { model: this.o.cfg.model, fallback: false } };
    } catch (e) {
      const out = offline();
      return { ...out, meta: await this.fellBack('summarise-call', started, recordIds, out, this.reason(e, started), `summarise-call@${this.o.prompts.get('summarise-call').version}`) };
    }
  }

  async answer(input: AnswerInput): Promise<{ text: string; citations: string[]; meta: LlmMeta }> {
    const started = performance.now();
    const recordIds = input.recordIds ?? input.snippets.map((s) => s.id);
    const offline = (): { text: string; citations: string[] } => answerFromSnippets(input.question, input.language, input.snippets);
    if (!this.policy.allowsAnswer(input.snippets.map((s) => s.type))) {
      const out = offline();
      const kind = this.policy.allows('answers') ? 'notes' : 'answers';
      return { ...out, meta: await this.fellBack('answer-question', started, recordIds, out, policyReason(kind)) };
    }
    const masker = new PiiMasker();
    const version = `answer-question@${this.o.prompts.get('answer-question').version}`;
    try {
      const records = input.snippets.map((s) => ({ id: s.id, type: s.type, date: s.date, title: s.title && masker.mask(s.title), text: masker.mask(s.text) }));
      const res = await chatJson(
        this.chat,
        'answer-question',
        { language: LANGUAGE_NAME[input.language], question: fenceSafe(masker.mask(input.question)), snippets: fenceSafe(JSON.stringify(records, null, 1)) },
        answerSchema,
      );
      const known = new Set(input.snippets.map((s) => s.id));
      // The model proposes citations; only ids it was actually given survive.
      const out = { text: masker.restore(res.data.text), citations: [...new Set(res.data.citations.filter((c) => known.has(c)))] };
      await this.o.recorder.record({
        task: 'answer-question', promptVersion: res.version, model: this.o.cfg.model, recordIds, output: out,
        latencyMs: performance.now() - started, promptTokens: res.promptTokens, completionTokens: res.completionTokens, fallback: false,
      });
      return { ...out, meta: { model: this.o.cfg.model, fallback: false } };
    } catch (e) {
      const out = offline();
      return { ...out, meta: await this.fellBack('answer-question', started, recordIds, out, this.reason(e, started), version) };
    }
  }

  async classify(input: ClassifyInput): Promise<Classification | null> {
    if (!this.policy.allows('messages')) return null;
    const started = performance.now();
    const masker = new PiiMasker();
    const version = `classify-message@${this.o.prompts.get('classify-message').version}`;
    try {
      const res = await chatJson(
        this.chat,
        'classify-message',
        { intents: input.intents.join(', '), today: this.today(input.now, input.tz), timezone: input.tz ?? 'UTC', message: fenceSafe(masker.mask(input.text)) },
        classificationSchema,
      );
      if (!input.intents.includes(res.data.intent)) throw new InvalidOutputError(`unknown intent "${res.data.intent}"`);
      const out = { intent: res.data.intent, confidence: res.data.confidence, entities: masker.restore(res.data.entities) };
      await this.o.recorder.record({
        task: 'classify-message', promptVersion: res.version, model: this.o.cfg.model, recordIds: [], output: out,
        latencyMs: performance.now() - started, promptTokens: res.promptTokens, completionTokens: res.completionTokens, fallback: false,
      });
      return { ...out, meta: { model: this.o.cfg.model, fallback: false } };
    } catch (e) {
      // The offline classifier is the rule-based NLU outside this module: null hands the message to it.
      await this.fellBack('classify-message', started, [], null, this.reason(e, started), version);
      return null;
    }
  }

  /**
   * Embeddings never fall back silently: offline vectors live in another space, and mixing the
   * two in one index would make search quietly wrong. A failure is an `unavailable` AppError
   * the caller (a job) retries.
   */
  async embed(texts: string[]): Promise<number[][]> {
    if (!texts.length) return [];
    if (this.embeddingModel === OFFLINE_EMBEDDING_MODEL) return texts.map(hashEmbed);
    const started = performance.now();
    const masker = new PiiMasker();
    try {
      const res = await this.o.client.embeddings.create({
        model: this.o.cfg.embeddingModel,
        input: texts.map((t) => masker.mask(t)),
        dimensions: EMBEDDING_DIMS,
        encoding_format: 'float',
      });
      const vectors = [...res.data].sort((a, b) => a.index - b.index).map((d) => fit(d.embedding));
      if (vectors.length !== texts.length) throw new InvalidOutputError(`${vectors.length} embeddings for ${texts.length} texts`);
      await this.o.recorder.record({
        task: 'embed', model: this.o.cfg.embeddingModel, recordIds: [], output: { count: vectors.length, dims: EMBEDDING_DIMS },
        latencyMs: performance.now() - started, promptTokens: res.usage?.prompt_tokens, fallback: false,
      });
      return vectors;
    } catch (e) {
      const reason = this.reason(e, started);
      await this.o.recorder.record({ task: 'embed', model: this.o.cfg.embeddingModel, recordIds: [], output: null, latencyMs: performance.now() - started, fallback: false, error: reason });
      throw new AppError('unavailable', 'The embedding model is not answering right now; try again later.', { reason });
    }
  }
}

/** 256 dimensions whatever the server returned (some ignore `dimensions`), L2-normalised. */
function fit(v: readonly number[]): number[] {
  const out = Array.from({ length: EMBEDDING_DIMS }, (_, i) => Number(v[i] ?? 0));
  const norm = Math.sqrt(out.reduce((s, x) => s + x * x, 0));
  if (!Number.isFinite(norm) || norm === 0) throw new InvalidOutputError('an empty or invalid embedding');
  return out.map((x) => x / norm);
}
