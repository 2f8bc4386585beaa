import { pendingMigrations } from '../../crm/db/migrate';
import type { Config } from '../../config/config';
import type { Db } from '../../shared/db';
import type { CommandIO } from '../command-io';
import { writeJsonLine } from '../command-io';

export interface Check {
  name: string;
  ok: boolean;
  required: boolean;
  detail: string;
}

/** Everything an operator needs to know before going live, in one look. */
export async function runChecks(config: Config, db: Db | null, dbError: string | null, redisPing: () => Promise<string | null>): Promise<Check[]> {
  const checks: Check[] = [];
  if (!db) {
    checks.push({ name: 'database', ok: false, required: true, detail: dbError ?? 'not reachable' });
  } else {
    const v = await db.query<{ v: string }>('select version() as v');
    checks.push({ name: 'database', ok: true, required: true, detail: `${db.info.engine} at ${db.info.location}: ${v.rows[0]!.v.split(' on ')[0]}` });
    const pending = await pendingMigrations(db);
    checks.push({ name: 'migrations', ok: pending.length === 0, required: true, detail: pending.length ? `pending: ${pending.join(', ')} (run crm migrate)` : 'up to date' });
    checks.push({
      name: 'semantic search',
      ok: db.info.vector,
      required: false,
      detail: db.info.vector ? 'pgvector on: hybrid (vector + full-text) search' : 'pgvector not installed on this server: semantic search is off, full-text search only',
    });
  }
  if (config.redis.url) {
    const err = await redisPing();
    checks.push({ name: 'queue', ok: !err, required: true, detail: err ? `BullMQ on Redis: ${err}` : `BullMQ on Redis (prefix "${config.redis.prefix}")` });
  } else {
    checks.push({ name: 'queue', ok: true, required: false, detail: 'in-process jobs (set REDIS_URL for BullMQ workers)' });
  }
  checks.push({ name: 'llm', ok: true, required: false, detail: config.llm.mode === 'offline' ? 'offline (no model configured): deterministic summaries and answers' : `OpenAI-compatible: ${config.llm.model} at ${config.llm.baseUrl ?? 'api.openai.com'}` });
  checks.push({ name: 'slack', ok: true, required: false, detail: config.slack.enabled ? (config.slack.appToken ? 'enabled (Socket Mode)' : 'enabled (HTTP, POST /slack/events)') : 'off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN)' });
  checks.push({ name: 'teams', ok: true, required: false, detail: config.teams.enabled ? (config.teams.appId ? 'enabled (authenticated)' : 'enabled (local mode, no app id: tokens not checked)') : 'off (set TEAMS_ENABLED=true or MICROSOFT_APP_ID)' });
  return checks;
}

export function printChecks(checks: Check[], json: boolean, io: CommandIO): number {
  const ok = checks.every((c) => c.ok || !c.required);
  if (json) writeJsonLine(io, { ok, checks });
  else for (const c of checks) io.stdout.write(`${c.ok ? '✔' : c.required ? '✘' : '•'} ${c.name}: ${c.detail}\n`);
  return ok ? 0 : 1;
}
