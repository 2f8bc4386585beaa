/** The offline NLU: intent + entities from one chat message, plus the dialogue follow-up readers. */
export type { NluContext, NluResult, ReplyKind } from './types';
export { understand } from './understand';
