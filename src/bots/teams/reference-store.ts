import type { Queryable } from '../../shared/db';

/**
 * The stored Bot Framework reference to reach a CRM user in Teams: their personal chat with the bot
 * first, else the conversation they used last. References are written through the engine's
 * saveReference; only this read lives here because only Teams needs it (Slack can message a user id).
 */
export async function findTeamsReference(q: Queryable, userId: string): Promise<Record<string, unknown> | null> {
  const r = await q.query<{ reference: Record<string, unknown> }>(
    `select reference from conversations
     where surface = 'teams' and user_id = $1 and reference is not null
     order by (reference->'conversation'->>'conversationType' = 'personal') desc nulls last, updated_at desc
     limit 1`,
    [userId],
  );
  return r.rows[0]?.reference ?? null;
}

/** The reference stored for one dialogue (conversation, thread and user), to answer there later. */
export async function findDialogueReference(q: Queryable, k: { channel: string; thread: string; userId: string }): Promise<Record<string, unknown> | null> {
  const r = await q.query<{ reference: Record<string, unknown> }>(
    `select reference from conversations where surface = 'teams' and channel = $1 and thread = $2 and user_id = $3 and reference is not null`,
    [k.channel, k.thread, k.userId],
  );
  return r.rows[0]?.reference ?? null;
}
