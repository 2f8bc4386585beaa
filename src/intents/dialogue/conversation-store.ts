import type { Queryable } from '../../shared/db';
import type { Language } from '../../shared/language';
import type { Draft } from '../handlers/handler';

/** Dialogue state lives in Postgres, keyed by surface/channel/thread/user: any replica continues it. */
export interface ConversationKey {
  surface: string;
  channel: string;
  thread: string;
  userId: string;
}

export interface ConversationState {
  pending?: Draft & { awaiting: 'slot' | 'choice' | 'confirm'; slot?: string; choices?: Array<{ type: string; id: string; name: string }>; lang?: Language };
}

export async function loadState(q: Queryable, k: ConversationKey): Promise<{ id: string | null; state: ConversationState }> {
  const r = await q.query<{ id: string; state: ConversationState }>(
    'select id, state from conversations where surface = $1 and channel = $2 and thread = $3 and user_id = $4',
    [k.surface, k.channel, k.thread, k.userId],
  );
  return r.rows[0] ? { id: r.rows[0].id, state: r.rows[0].state ?? {} } : { id: null, state: {} };
}

export async function saveState(q: Queryable, k: ConversationKey, state: ConversationState): Promise<string> {
  const r = await q.query<{ id: string }>(
    `insert into conversations (surface, channel, thread, user_id, state, updated_at) values ($1, $2, $3, $4, $5, now())
     on conflict (surface, channel, thread, user_id) do update set state = excluded.state, updated_at = now() returning id`,
    [k.surface, k.channel, k.thread, k.userId, JSON.stringify(state)],
  );
  return r.rows[0]!.id;
}

/** Keeps the platform's reference so proactive messages reach the user later, also after a restart. */
export async function saveReference(q: Queryable, k: ConversationKey, reference: unknown): Promise<void> {
  await q.query(
    `insert into conversations (surface, channel, thread, user_id, reference, updated_at) values ($1, $2, $3, $4, $5, now())
     on conflict (surface, channel, thread, user_id) do update set reference = excluded.reference, updated_at = now()`,
    [k.surface, k.channel, k.thread, k.userId, JSON.stringify(reference)],
  );
}
