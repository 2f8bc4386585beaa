import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config/config';
import { buildContainer, type Container } from '../../src/app/container';
import { askCommand } from '../../src/app/commands/ask-command';
import { silentLogger } from '../../src/shared/logger';
import type { Db } from '../../src/shared/db';

export interface AskJson {
  intent: string;
  status: string;
  reply: string;
  entities: Record<string, unknown>;
  data: Record<string, any>;
  records: Array<{ type: string; id: string; number?: number; change: string }>;
  language: string;
}

export function memoryIO() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { io: { stdin: new PassThrough(), stdout, stderr }, out: () => out, err: () => err };
}

/** `crm ask --json` in-process against a test database: what the user says, what comes back. */
export async function askHarness(db: Db, env: Record<string, string> = {}) {
  const c: Container = await buildContainer(loadConfig({ LOG_LEVEL: 'silent', ...env }), { db, log: silentLogger, migrate: false });
  const ask = async (text: string, as: string, o: { conversation?: string; yes?: boolean; now?: string; tz?: string } = {}): Promise<AskJson> => {
    const m = memoryIO();
    await askCommand(c, { text, as, json: true, now: o.now ?? '2026-06-10T09:00:00Z', yes: o.yes ?? false, conversation: o.conversation, tz: o.tz }, m.io);
    return JSON.parse(m.out().trim().split('\n').pop()!);
  };
  return { c, ask };
}
