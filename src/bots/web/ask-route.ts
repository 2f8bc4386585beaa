import type { Request, Response } from 'express';
import { z } from 'zod';
import { actorForToken } from '../../intents/services';
import { requestCredential } from './session';
import type { ConversationEngine } from '../../intents/engine';
import { toAskJson } from '../../intents/reply';
import { describeZodIssues, isAppError } from '../../shared/app-error';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';

const bodySchema = z.object({
  text: z.string().trim().min(1, 'text is empty').max(20000),
  conversation: z.string().min(1).max(200).optional(),
  now: z.iso.datetime({ offset: true }).optional(),
  tz: z.string().min(1).max(64).refine((tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'not an IANA time zone').optional(),
  yes: z.boolean().optional(),
});

/** POST /api/ask: the `crm ask` pipeline over HTTP, authenticated by a bearer token. */
export function askRoute(deps: { db: Db; engine: ConversationEngine; log: Logger }) {
  return async (req: Request, res: Response) => {
    const cred = requestCredential(req);
    if (!cred) return res.status(401).json({ error: { code: 'unauthenticated', message: 'Send Authorization: Bearer TOKEN (see `crm token`).' } });
    try {
      const actor = await actorForToken(deps.db, cred.token, new Date(), cred.purpose);
      const parsed = bodySchema.safeParse(req.body);
      if (!parsed.success) return res.status(400).json({ error: { code: 'bad_input', message: describeZodIssues(parsed.error.issues) } });
      const b = parsed.data;
      const reply = await deps.engine.handle({
        surface: cred.purpose === 'session' ? 'web' : 'api',
        channel: cred.purpose === 'session' ? 'web' : 'api',
        thread: b.conversation ?? `api-${Date.now()}-${Math.random().toString(36).slice(2)}`,
        actor,
        text: b.text,
        now: b.now ? new Date(b.now) : undefined,
        tz: b.tz,
        yes: b.yes,
      });
      return res.json(toAskJson(reply));
    } catch (e) {
      if (isAppError(e)) {
        const status = e.code === 'unauthenticated' ? 401 : e.code === 'bad_input' ? 400 : e.code === 'denied' ? 403 : e.code === 'not_found' ? 404 : 500;
        return res.status(status).json({ error: e.toJSON() });
      }
      deps.log.error({ err: e }, 'ask failed');
      return res.status(500).json({ error: { code: 'internal', message: 'Something went wrong; nothing was saved.' } });
    }
  };
}
