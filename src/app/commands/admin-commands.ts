import { issueToken, parseTtl, revokeToken } from '../../crm/users/api-tokens';
import { requireActorByEmail } from '../../crm/users/user-repository';
import { migrate } from '../../crm/db/migrate';
import type { CommandIO } from '../command-io';
import { writeJsonLine } from '../command-io';
import type { Container } from '../container';

export async function migrateCommand(c: Container, io: CommandIO): Promise<number> {
  const r = await migrate(c.db);
  io.stderr.write(`migrations: ${r.applied.length ? `applied ${r.applied.join(', ')}` : 'up to date'}${r.skipped.length ? `; waiting for the vector extension: ${r.skipped.join(', ')}` : ''}\n`);
  return 0;
}

export async function tokenCommand(c: Container, o: { as: string; ttl?: string; json?: boolean; purpose?: string }, io: CommandIO): Promise<number> {
  const actor = await requireActorByEmail(c.db, o.as);
  const t = await issueToken(c.db, actor.id!, parseTtl(o.ttl ?? '24h'), new Date(), o.purpose);
  if (o.json) writeJsonLine(io, t);
  else io.stdout.write(`${t.token}\n(acts as ${actor.email} until ${t.expires_at})\n`);
  return 0;
}

export async function revokeCommand(c: Container, token: string, o: { json?: boolean }, io: CommandIO): Promise<number> {
  const ok = await revokeToken(c.db, token);
  if (o.json) writeJsonLine(io, { revoked: ok });
  else io.stdout.write(ok ? 'revoked\n' : 'no such active token\n');
  return ok ? 0 : 1;
}

/** `crm login-link --as EMAIL`: a 15-minute dashboard sign-in link. */
export async function loginLinkCommand(c: Container, o: { as: string; json?: boolean }, io: CommandIO): Promise<number> {
  const { dashboardBaseUrl, issueLoginLink } = require('../../bots/web/session') as typeof import('../../bots/web/session');
  const actor = await requireActorByEmail(c.db, o.as);
  const link = await issueLoginLink(c.db, actor.id!, dashboardBaseUrl(c.config.http), new Date());
  if (o.json) writeJsonLine(io, link);
  else io.stdout.write(`${link.url}\n(valid until ${link.expires_at})\n`);
  return 0;
}
