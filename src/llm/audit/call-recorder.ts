import { systemClock, type Clock } from '../../shared/clock';
import type { Logger } from '../../shared/logger';
import type { ModelAuditSink, ModelCallEntry } from '../llm-port';
import type { LlmMetrics } from '../llm-metrics';

/**
 * Where every adapter reports a finished call: metrics always, the audit trail when one is wired.
 * A failing audit write is logged, never thrown: losing an audit row must not lose the user's answer.
 */
export class CallRecorder {
  constructor(
    private readonly metrics: LlmMetrics,
    private readonly log: Logger,
    private readonly sink?: ModelAuditSink,
    private readonly clock: Clock = systemClock,
  ) {}

  async record(entry: ModelCallEntry): Promise<void> {
    const outcome = entry.error && !entry.fallback ? 'error' : entry.fallback ? 'fallback' : 'ok';
    this.metrics.requests.inc({ task: entry.task, model: entry.model, outcome });
    this.metrics.latency.observe({ task: entry.task, model: entry.model }, entry.latencyMs / 1000);
    if (entry.promptTokens) this.metrics.tokens.inc({ model: entry.model, kind: 'prompt' }, entry.promptTokens);
    if (entry.completionTokens) this.metrics.tokens.inc({ model: entry.model, kind: 'completion' }, entry.completionTokens);
    if (entry.fallback) this.metrics.fallbacks.inc({ task: entry.task, reason: reasonLabel(entry.error) });
    if (!this.sink) return;
    try {
      await this.sink.record({ at: this.clock.now(), ...entry });
    } catch (e) {
      this.log.warn({ err: e, task: entry.task }, 'could not write the model audit trail');
    }
  }
}

/** A bounded label: the reason's first word ("timeout: …" → "timeout"). */
const reasonLabel = (error?: string): string => (error ?? 'unknown').split(/[:\s]/)[0]!.slice(0, 32) || 'unknown';
