/** The LLM module's public face: the port, its factory, the audit trail and the CLI helper. */
export * from './llm-port';
export { EMBEDDING_DIMS, OFFLINE_MODEL, OFFLINE_EMBEDDING_MODEL } from './model-names';
export { createLlm, type LlmDeps, DEFAULT_CHUNK_CHARS } from './create-llm';
export { createLlmMetrics, type LlmMetrics } from './llm-metrics';
export { createDbModelAuditSink, listModelCalls, type ModelCallRow } from './audit/db-model-audit';
export { createMemoryModelAuditSink, type MemoryModelAuditSink } from './audit/memory-model-audit';
export { summariseCommand, MAX_TRANSCRIPT_CHARS } from './summarise-command';
export { normaliseTranscript, isCaptionFile } from './transcript-format';
export { PromptRegistry, DEFAULT_PROMPTS_DIR, PROMPT_TASKS, type PromptTask } from './prompt-registry';
export { callSummarySchema } from './output-schemas';
export { hashEmbed } from './offline/hash-embedder';
