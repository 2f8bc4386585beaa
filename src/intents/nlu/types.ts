import type { Entities, IntentName } from '../../shared/contract/contract';

export interface NluContext {
  now: Date;
  /** IANA zone in which relative dates are whole calendar days. */
  tz: string;
  /** Default phone region for numbers without a country code, e.g. 'US'. */
  region: string;
}

export interface NluResult {
  intent: IntentName;
  confidence: number;
  entities: Entities;
  language: 'en' | 'zh';
}

export type ReplyKind = 'yes' | 'no' | 'cancel' | 'undo' | 'help';
