import type { Config } from '../config/config';
import { systemClock, type Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import { CallRecorder } from './audit/call-recorder';
import type { LlmPort, ModelAuditSink } from './llm-port';
import { createLlmMetrics, type LlmMetrics } from './llm-metrics';
import { OfflineLlm } from './offline/offline-llm';
import { PromptRegistry } from './prompt-registry';

export interface LlmDeps {
  log: Logger;
  /** Where model calls are recorded (createDbModelAuditSink in production). */
  audit?: ModelAuditSink;
  /** Stamps the audit trail (so `--now` stands in for the clock there too). */
  clock?: Clock;
  /** Metrics registered on the app's registry (createLlmMetrics(registry)); a private registry otherwise. */
  metrics?: LlmMetrics;
  /** Where the prompt files are; prompts/ at the project root by default. */
  promptsDir?: string;
  /** Transcripts longer than this many characters are summarised map-reduce (default 12,000 ≈ 3-4k tokens). */
  chunkChars?: number;
}

export const DEFAULT_CHUNK_CHARS = 12_000;

/**
 * Builds the LLM port from configuration: the OpenAI-compatible adapter when an API key or base
 * URL is set, the offline adapter otherwise. Prompt files are loaded and checked here in both
 * modes, so a broken prompt fails at start-up rather than on the first call that falls to a model.
 */
export function createLlm(cfg: Config['llm'], deps: LlmDeps): LlmPort {
  const prompts = PromptRegistry.load(deps.promptsDir);
  const recorder = new CallRecorder(deps.metrics ?? createLlmMetrics(), deps.log, deps.audit, deps.clock ?? systemClock);
  if (cfg.mode === 'offline') return new OfflineLlm(recorder);
  // Loaded only when a model is configured: the SDK and the text splitter cost ~0.4 s of start-up
  // that an offline `crm summarise` should not pay.
  const { default: OpenAI } = require('openai') as typeof import('openai');
  const { OpenAiLlm } = require('./openai/openai-llm') as typeof import('./openai/openai-llm');
  const client = new OpenAI({
    // Local servers (Ollama, vLLM) need no key, but the SDK insists on one.
    apiKey: cfg.apiKey ?? 'no-key',
    baseURL: cfg.baseUrl,
    timeout: cfg.timeoutMs,
    maxRetries: cfg.maxRetries,
    logLevel: 'off',
  });
  return new OpenAiLlm({ cfg, client, prompts, recorder, log: deps.log, chunkChars: deps.chunkChars ?? DEFAULT_CHUNK_CHARS });
}
