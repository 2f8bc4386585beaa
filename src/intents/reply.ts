import type { Entities, IntentName } from '../shared/contract/contract';
import type { Language } from '../shared/language';

/** A surface-neutral reply: each adapter renders these blocks natively (Block Kit, Adaptive Cards, HTML, terminal). */
export type Block =
  | { type: 'facts'; title?: string; items: Array<{ label: string; value: string }> }
  | { type: 'table'; title?: string; columns: string[]; rows: string[][] }
  | { type: 'buttons'; buttons: Array<{ id: string; label: string; value: string; style?: 'primary' | 'danger' }> }
  | { type: 'choices'; prompt: string; options: Array<{ label: string; value: string }> }
  | { type: 'chart'; title: string; spec: Record<string, unknown> }
  | { type: 'text'; text: string };

export type AskStatus = 'done' | 'needs_confirmation' | 'needs_input' | 'denied' | 'not_found' | 'error' | 'cancelled';

export interface RecordRef {
  type: 'account' | 'contact' | 'deal' | 'ticket' | 'activity' | 'task';
  id: string;
  number?: number;
  name?: string;
  change: 'created' | 'updated' | 'deleted' | 'cited';
}

export interface Reply {
  intent: IntentName;
  entities: Entities;
  status: AskStatus;
  reply: string;
  data: Record<string, unknown>;
  records: RecordRef[];
  blocks: Block[];
  language: Language;
  conversation?: string;
}

export const CONFIRM_BUTTONS = (lang: Language): Block => ({
  type: 'buttons',
  buttons: [
    { id: 'confirm', label: lang === 'zh' ? '确认' : 'Confirm', value: 'yes', style: 'primary' },
    { id: 'cancel', label: lang === 'zh' ? '取消' : 'Cancel', value: 'cancel', style: 'danger' },
  ],
});

/** The contract's JSON for `crm ask --json` and POST /api/ask. */
export function toAskJson(r: Reply): Record<string, unknown> {
  return { intent: r.intent, entities: r.entities, status: r.status, reply: r.reply, data: r.data, records: r.records, blocks: r.blocks, language: r.language, conversation: r.conversation };
}
