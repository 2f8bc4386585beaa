import readline from 'node:readline';
import type { Config } from '../../config/config';
import { importCommand } from '../../crm/import';
import { seedCommand } from '../../crm/seed';
import { runNluJsonl } from '../../intents/nlu';
import { jobsCommand, workerCommand } from '../../jobs/jobs-command';
import { defaultSchedules } from '../../jobs/schedules';
import { AppError } from '../../shared/app-error';
import type { CommandIO } from '../command-io';
import type { Container } from '../container';
import { startJobs } from '../jobs-wiring';
import { buildChatSurfaces } from '../surfaces-wiring';

/** `crm nlu --json`: no database, no network (unless a model is configured). */
export async function nluCommand(config: Config, io: CommandIO): Promise<number> {
  const rl = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  await runNluJsonl(rl, (line) => io.stdout.write(line + '\n'), { tz: config.timezone, region: config.defaultRegion });
  return 0;
}

export function importCliCommand(c: Container, file: string, json: boolean, io: CommandIO): Promise<number> {
  return importCommand({ file, json }, { db: c.db, io, region: c.config.defaultRegion });
}

export function seedCliCommand(c: Container, o: { demo?: boolean; scale?: number }, io: CommandIO): Promise<number> {
  if (!o.demo && o.scale === undefined) throw new AppError('bad_input', 'Say what to seed: crm seed --demo [--scale N]');
  if (o.scale !== undefined && (!Number.isInteger(o.scale) || o.scale < 0)) throw new AppError('bad_input', '--scale must be a whole number of activities');
  return seedCommand({ demo: true, scale: o.scale }, { db: c.db, io });
}

export async function jobsCliCommand(c: Container, o: { failed?: boolean; retry?: string; json?: boolean }, io: CommandIO): Promise<number> {
  const jobs = await startJobs(c.config, c.log);
  try {
    return await jobsCommand(o, { queue: jobs.queue, io });
  } finally {
    await jobs.close();
  }
}

export async function workerCliCommand(c: Container, _io: CommandIO): Promise<number> {
  const jobs = await startJobs(c.config, c.log);
  // The enabled surfaces (not mounted: no HTTP here) deliver queued chat turns and notifications from this process.
  buildChatSurfaces(c, jobs);
  const handlers = await jobs.attach(c, { workers: false });
  return workerCommand({ queue: jobs.queue, handlers, log: c.log, schedules: defaultSchedules(c.config.timezone) });
}
