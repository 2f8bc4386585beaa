import crypto from 'node:crypto';
import { AppError } from '../../shared/app-error';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { findActorById } from './user-repository';

/** API tokens are random, shown once, and stored only as a SHA-256 hash. */
const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function issueToken(q: Queryable, userId: string, ttlMs: number, now: Date, purpose = 'api'): Promise<{ token: string; expires_at: string }> {
  const token = `crm_${crypto.randomBytes(24).toString('base64url')}`;
  const expires = new Date(now.getTime() + ttlMs);
  await q.query('insert into api_tokens (token_hash, user_id, purpose, created_at, expires_at) values ($1, $2, $3, $4, $5)', [hash(token), userId, purpose, now, expires]);
  return { token, expires_at: expires.toISOString() };
}

export async function actorForToken(q: Queryable, token: string, now: Date, purpose = 'api'): Promise<Actor> {
  const r = await q.query<{ user_id: string }>(
    'select user_id from api_tokens where token_hash = $1 and purpose = $2 and revoked_at is null and expires_at > $3',
    [hash(token), purpose, now],
  );
  const actor = r.rows[0] ? await findActorById(q, r.rows[0].user_id) : null;
  if (!actor) throw new AppError('unauthenticated', 'The token is missing, expired or revoked.');
  return actor;
}

export async function revokeToken(q: Queryable, token: string): Promise<boolean> {
  const r = await q.query('update api_tokens set revoked_at = now() where token_hash = $1 and revoked_at is null', [hash(token)]);
  return r.rowCount > 0;
}

/** "24h", "30m", "7d" → milliseconds. */
export function parseTtl(s: string): number {
  const m = /^(\d+)\s*(s|m|h|d)$/.exec(s.trim());
  if (!m) throw new AppError('bad_input', `"${s}" is not a duration; use e.g. 30m, 24h or 7d.`);
  return Number(m[1]) * { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 }[m[2] as 's' | 'm' | 'h' | 'd'];
}
