import type { Config } from '../config/config';
import { openDb } from '../crm/db/open-db';
import { migrate } from '../crm/db/migrate';
import { createLlm, createDbModelAuditSink } from '../llm';
import { ConversationEngine } from '../intents/engine';
import { buildHandlerRegistry } from '../intents/handlers';
import type { EngineDeps } from '../intents/handlers/handler';
import type { LlmPort } from '../llm/llm-port';
import type { Db } from '../shared/db';
import { createLogger, type Logger } from '../shared/logger';

/** The one composition root: everything the commands and surfaces use is built here from Config. */
export interface Container {
  config: Config;
  log: Logger;
  db: Db;
  llm: LlmPort;
  engine: ConversationEngine;
  engineDeps: EngineDeps;
  close(): Promise<void>;
}

export interface ContainerOptions {
  log?: Logger;
  /** Migrate on open (default true): every command migrates first when needed. */
  migrate?: boolean;
  db?: Db;
  enqueue?: EngineDeps['enqueue'];
}

export async function buildContainer(config: Config, opts: ContainerOptions = {}): Promise<Container> {
  const log = opts.log ?? createLogger(config.logLevel);
  const db = opts.db ?? (await openDb(config.database, log));
  try {
    if (opts.migrate !== false) await migrate(db);
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
  const llm = createLlm(config.llm, { log, audit: createDbModelAuditSink(db) });
  const engineDeps: EngineDeps = { db, llm, region: config.defaultRegion, timezone: config.timezone, log, enqueue: opts.enqueue };
  const engine = new ConversationEngine(engineDeps, buildHandlerRegistry());
  return {
    config,
    log,
    db,
    llm,
    engine,
    engineDeps,
    close: async () => {
      if (!opts.db) await db.close();
    },
  };
}
