import type { Queryable } from '../../shared/db';

/**
 * Records a platform event id once. Platforms retry deliveries they think were lost
 * (Slack's X-Slack-Retry-Num, Bot Framework redeliveries); the primary key on
 * processed_events makes the first delivery win even across replicas.
 * Returns true the first time the id is seen, false for every repeat.
 */
export async function recordEventOnce(q: Queryable, eventId: string, surface: string): Promise<boolean> {
  const res = await q.query(
    'insert into processed_events (event_id, surface) values ($1, $2) on conflict (event_id) do nothing',
    [eventId, surface],
  );
  return res.rowCount === 1;
}
