import type { Config } from '../../config/config';
import { openDb } from '../../crm/db/open-db';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';
import type { CommandIO } from '../command-io';
import { printChecks, runChecks } from './doctor-command';
import { pingRedis } from '../redis-ping';

/** `crm doctor`: opens what it can without changing anything, and reports. */
export async function doctorCommand(config: Config, log: Logger, json: boolean, io: CommandIO): Promise<number> {
  let db: Db | null = null;
  let dbError: string | null = null;
  try {
    db = await openDb(config.database, log);
    const ext = await db.query<{ n: number }>("select count(*)::int as n from pg_extension where extname = 'vector'");
    db.info.vector = ext.rows[0]!.n > 0;
  } catch (e) {
    dbError = (e as Error).message;
  }
  try {
    const checks = await runChecks(config, db, dbError, () => pingRedis(config.redis.url!));
    return printChecks(checks, json, io);
  } finally {
    await db?.close();
  }
}
