import { INTENTS, type IntentName } from '../../shared/contract/contract';
import type { IntentHandler } from './handler';

/** Every contract intent has exactly one handler, checked when the engine is built. */
export class HandlerRegistry {
  private readonly byIntent = new Map<IntentName, IntentHandler>();

  constructor(handlers: readonly IntentHandler[]) {
    for (const h of handlers) {
      if (this.byIntent.has(h.intent)) throw new Error(`Two handlers registered for intent ${h.intent}`);
      this.byIntent.set(h.intent, h);
    }
    const missing = INTENTS.filter((i) => !this.byIntent.has(i));
    if (missing.length) throw new Error(`No handler registered for intent(s): ${missing.join(', ')}`);
  }

  get(intent: IntentName): IntentHandler {
    return this.byIntent.get(intent)!;
  }
}
