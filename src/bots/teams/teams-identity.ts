import { TeamsInfo, type TurnContext } from 'botbuilder';
import { findActorByChatId, findActorByEmail, linkChatId, type Actor } from '../../intents/services';
import type { Queryable } from '../../shared/db';

export interface TeamsIdentity {
  actor: Actor | null;
  /** The address the member lookup gave, to tell an unregistered user which one we looked for. */
  email?: string;
}

const isNotFound = (e: unknown) => {
  const s = (e as { statusCode?: number; response?: { status?: number } })?.statusCode ?? (e as { response?: { status?: number } })?.response?.status;
  return s === 404 || s === 403;
};

/**
 * Maps a Teams user to a CRM user: a remembered Teams id first, else the connector's member lookup
 * (GET {serviceUrl}/v3/conversations/{id}/members/{userId}) by email or user principal name, which is
 * then remembered. Nobody is created here: an unknown user is told so and nothing is done.
 */
export async function resolveTeamsActor(ctx: TurnContext, db: Queryable, teamsUserId: string): Promise<TeamsIdentity> {
  const known = await findActorByChatId(db, 'teams', teamsUserId);
  if (known) return { actor: known, email: known.email };
  let member: { email?: string; userPrincipalName?: string };
  try {
    member = await TeamsInfo.getMember(ctx, teamsUserId);
  } catch (e) {
    if (isNotFound(e)) return { actor: null };
    throw e;
  }
  const candidates = [member.email, member.userPrincipalName].filter((x): x is string => Boolean(x && x.includes('@')));
  for (const email of candidates) {
    const actor = await findActorByEmail(db, email);
    if (actor?.id) {
      await linkChatId(db, 'teams', actor.id, teamsUserId);
      return { actor, email };
    }
  }
  return { actor: null, email: candidates[0] };
}
