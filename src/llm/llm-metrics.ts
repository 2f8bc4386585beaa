import { Counter, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of model calls. They are registered on the Registry the caller passes, so
 * the composition root owns one registry for /metrics and tests get fresh ones (prom-client
 * refuses a second metric of the same name on one registry).
 */
export interface LlmMetrics {
  requests: Counter<'task' | 'model' | 'outcome'>;
  tokens: Counter<'model' | 'kind'>;
  latency: Histogram<'task' | 'model'>;
  fallbacks: Counter<'task' | 'reason'>;
}

export function createLlmMetrics(registry: Registry = new Registry()): LlmMetrics {
  const registers = [registry];
  return {
    requests: new Counter({
      name: 'crm_llm_requests_total',
      help: 'Model calls by task, model and outcome (ok, fallback, error)',
      labelNames: ['task', 'model', 'outcome'] as const,
      registers,
    }),
    tokens: new Counter({
      name: 'crm_llm_tokens_total',
      help: 'Tokens sent to and received from external models',
      labelNames: ['model', 'kind'] as const,
      registers,
    }),
    latency: new Histogram({
      name: 'crm_llm_request_duration_seconds',
      help: 'Time to answer one port call, including retries and map-reduce steps',
      labelNames: ['task', 'model'] as const,
      buckets: [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    fallbacks: new Counter({
      name: 'crm_llm_fallbacks_total',
      help: 'Calls answered by the offline adapter instead of the configured model, by reason',
      labelNames: ['task', 'reason'] as const,
      registers,
    }),
  };
}
