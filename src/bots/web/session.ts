import type { Request, Response } from 'express';
import { actorForToken, issueToken, revokeToken, type Actor } from '../../intents/services';
import type { Queryable } from '../../shared/db';

export const SESSION_COOKIE = 'crm_session';
export const SESSION_TTL_MS = 12 * 3_600_000;

/**
 * One cookie out of a Cookie header. Hand-written because it is five lines and express has no
 * parser of its own; cookie values we set are base64url, so no decoding beyond percent-escapes.
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export const sessionToken = (req: Request): string | undefined => readCookie(req.get('cookie'), SESSION_COOKIE);

/** The signed-in user, or null when there is no session cookie or it has expired or been revoked. */
export async function sessionActor(db: Queryable, req: Request, now: Date): Promise<Actor | null> {
  const token = sessionToken(req);
  if (!token) return null;
  try {
    return await actorForToken(db, token, now, 'session');
  } catch {
    return null;
  }
}

/**
 * The credential of an API call: a bearer API token (`crm token`), else the dashboard's session
 * cookie, so the web chat panel can call POST /api/ask as the signed-in user. The cookie is
 * SameSite=Lax, so another site cannot make the browser POST with it.
 */
export function requestCredential(req: Request): { token: string; purpose: 'api' | 'session' } | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  if (bearer) return { token: bearer, purpose: 'api' };
  const session = sessionToken(req);
  return session ? { token: session, purpose: 'session' } : null;
}

/** Swaps a sign-in link's token for a 12-hour session held in an HttpOnly cookie. */
export async function startSession(db: Queryable, req: Request, res: Response, userId: string, now: Date): Promise<void> {
  const { token } = await issueToken(db, userId, SESSION_TTL_MS, now, 'session');
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: SESSION_TTL_MS });
}

export async function endSession(db: Queryable, req: Request, res: Response): Promise<void> {
  const token = sessionToken(req);
  if (token) await revokeToken(db, token);
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** How long a sign-in link works: long enough to click it from chat, short enough to be harmless in a log. */
export const LOGIN_LINK_TTL_MS = 15 * 60_000;

/** The dashboard's base address: PUBLIC_URL when set, else this machine on PORT. */
export function dashboardBaseUrl(http: { publicUrl?: string; port: number; host?: string }): string {
  if (http.publicUrl) return http.publicUrl.replace(/\/+$/, '');
  const host = !http.host || http.host === '0.0.0.0' || http.host === '::' ? 'localhost' : http.host;
  return `http://${host}:${http.port}`;
}

/** A sign-in link for `crm login-link --as EMAIL`, the start-up banner and the "dashboard" chat answer. */
export async function issueLoginLink(db: Queryable, userId: string, baseUrl: string, now: Date, ttlMs = LOGIN_LINK_TTL_MS): Promise<{ url: string; expires_at: string }> {
  const { token, expires_at } = await issueToken(db, userId, ttlMs, now, 'login');
  return { url: `${baseUrl.replace(/\/+$/, '')}/login?token=${encodeURIComponent(token)}`, expires_at };
}
