import OpenAI from 'openai';

/** The model answered, but not with what the prompt's schema asks for. */
export class InvalidOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidOutputError';
  }
}

/**
 * Why the offline adapter answered instead: a short code first (the metric label), then detail.
 * A connection error that lasted at least the timeout is a timeout: the SDK can only tell an
 * aborted fetch by its error's name, which is lost when the error comes from another realm
 * (a VM context, a test runner), so the elapsed time is the reliable witness.
 */
export function fallbackReason(e: unknown, timing?: { elapsedMs: number; timeoutMs: number }): string {
  const detail = e instanceof Error ? e.message.slice(0, 200) : String(e);
  if (e instanceof InvalidOutputError) return `invalid_output: ${detail}`;
  if (e instanceof OpenAI.APIConnectionTimeoutError) return 'timeout: the model did not answer in time';
  if (e instanceof OpenAI.APIConnectionError && timing && timing.elapsedMs >= timing.timeoutMs) return 'timeout: the model did not answer in time';
  if (e instanceof OpenAI.APIConnectionError) return `unreachable: ${detail}`;
  if (e instanceof OpenAI.RateLimitError) return 'rate_limited: still rate limited after retries';
  if (e instanceof OpenAI.AuthenticationError || e instanceof OpenAI.PermissionDeniedError) return `auth: ${detail}`;
  if (e instanceof OpenAI.APIError && typeof e.status === 'number' && e.status >= 500) return `server_error: status ${e.status}`;
  if (e instanceof OpenAI.APIError) return `api_error: status ${e.status ?? 'none'}: ${detail}`;
  return `error: ${detail}`;
}
