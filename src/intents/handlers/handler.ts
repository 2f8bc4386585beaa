import type { Actor } from '../../crm/access/actor';
import type { WriteSource } from '../../crm/audit/audit-log';
import type { Db } from '../../shared/db';
import type { Entities, IntentName } from '../../shared/contract/contract';
import type { Language } from '../../shared/language';
import type { Logger } from '../../shared/logger';
import type { LlmPort } from '../../llm/llm-port';
import type { Block, RecordRef } from '../reply';

/** What the engine needs from the outside world; wired once in the composition root. */
export interface EngineDeps {
  db: Db;
  llm: LlmPort;
  region: string;
  timezone: string;
  log: Logger;
  /** Slow work (call summaries, embeddings) goes here when present. */
  enqueue?: (name: string, payload: Record<string, unknown>) => Promise<unknown>;
}

export interface HandlerContext {
  deps: EngineDeps;
  actor: Actor;
  lang: Language;
  now: Date;
  tz: string;
  text: string;
  source: WriteSource & { batch?: string };
}

/** Names already resolved to records, kept with the draft across turns. */
export interface Refs {
  accountId?: string;
  accountName?: string;
  createAccount?: boolean;
  contactId?: string;
  contactName?: string;
  dealId?: string;
  dealName?: string;
}

export interface Draft {
  intent: IntentName;
  entities: Entities;
  refs: Refs;
  text: string;
  confirmed?: boolean;
}

export interface Choice {
  type: string;
  id: string;
  name: string;
}

export type Outcome =
  | { kind: 'ask'; slot: keyof Entities; question: string }
  | { kind: 'choose'; slot: keyof Entities; question: string; choices: Choice[] }
  | {
      kind: 'confirm';
      pending: { action: 'create' | 'update'; type: string; fields: Record<string, unknown> };
      summary: string;
    }
  | { kind: 'done'; reply: string; data?: Record<string, unknown>; records?: RecordRef[]; blocks?: Block[] }
  | { kind: 'denied' | 'not_found' | 'error'; reply: string; data?: Record<string, unknown> };

export interface IntentHandler {
  readonly intent: IntentName;
  /** Writes go through confirmation; reads answer at once. */
  readonly writes: boolean;
  /** Whether the engine should resolve `customer` to an account before run (required: ask when missing). */
  readonly customer: 'required' | 'optional' | 'none';
  /** Required slots the handler copes with itself when missing (e.g. a KPI question with no metric gets a scorecard). */
  readonly ownSlots?: ReadonlyArray<keyof Entities>;
  run(ctx: HandlerContext, draft: Draft): Promise<Outcome>;
}
