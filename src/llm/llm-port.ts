/**
 * The LLM port: the only way the rest of the product talks to a language model.
 * Two adapters implement it: offline (deterministic, no network) and OpenAI-compatible
 * (which falls back to offline and says so in `meta`).
 */
export type SummaryLanguage = 'en' | 'zh';
export type Sentiment = 'positive' | 'neutral' | 'negative' | 'mixed';

export interface ActionItem {
  text: string;
  owner?: string;
  /** YYYY-MM-DD, only when the call's date (`now`) is known. */
  due?: string;
}

export interface CallSummary {
  summary: string;
  key_points: string[];
  action_items: ActionItem[];
  next_steps: string[];
  sentiment: Sentiment;
  competitors: string[];
  products: string[];
  amounts: { amount: number; currency?: string }[];
  language: SummaryLanguage;
}

export interface LlmMeta {
  model: string;
  fallback: boolean;
  fallbackReason?: string;
}

/** A CRM record excerpt given to `answer`; its text is data, never instructions. */
export interface Snippet {
  id: string;
  type: string;
  date?: string;
  title?: string;
  text: string;
}

export interface SummariseInput {
  transcript: string;
  now?: Date;
  tz?: string;
  recordIds?: string[];
}

export interface AnswerInput {
  question: string;
  language: SummaryLanguage;
  snippets: Snippet[];
  recordIds?: string[];
}

export interface ClassifyInput {
  text: string;
  intents: readonly string[];
  now?: Date;
  tz?: string;
}

export interface Classification {
  intent: string;
  confidence: number;
  entities: Record<string, unknown>;
  meta: LlmMeta;
}

export interface LlmPort {
  readonly mode: 'offline' | 'openai';
  /** The model whose vector space `embed` returns; stored beside each embedding. */
  readonly embeddingModel: string;
  /** Summarises one call transcript into a CallSummary written in the transcript's language. */
  summariseCall(input: SummariseInput): Promise<CallSummary & { meta: LlmMeta }>;
  /** Answers a question from the given snippets only, citing snippet ids. */
  answer(input: AnswerInput): Promise<{ text: string; citations: string[]; meta: LlmMeta }>;
  /** Classifies a chat message; null when no model is available (the offline NLU in src/intents decides). */
  classify(input: ClassifyInput): Promise<Classification | null>;
  /** Always 256 dimensions, L2-normalised (the embeddings column is vector(256)). */
  embed(texts: string[]): Promise<number[][]>;
}

export type ModelTask = 'summarise-call' | 'answer-question' | 'classify-message' | 'embed';

/** One model call as the audit trail keeps it. */
export interface ModelCallEntry {
  /** When it happened, from the injected clock (so `--now` stamps the audit too); the database's now() otherwise. */
  at?: Date;
  task: ModelTask;
  promptVersion?: string;
  model: string;
  recordIds: string[];
  output: unknown;
  latencyMs: number;
  promptTokens?: number;
  completionTokens?: number;
  fallback: boolean;
  error?: string;
}

export interface ModelAuditSink {
  record(entry: ModelCallEntry): Promise<void>;
}

