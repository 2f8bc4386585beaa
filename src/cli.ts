import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig, type Config } from './config/config';
import { buildContainer, type Container } from './app/container';
import { processIO, writeJsonLine, type CommandIO } from './app/command-io';
import { askCommand } from './app/commands/ask-command';
import { chatCommand } from './app/commands/chat-command';
import { summariseCommand } from './app/commands/summarise-command';
import { loginLinkCommand, migrateCommand, revokeCommand, tokenCommand } from './app/commands/admin-commands';
import { doctorCommand } from './app/commands/doctor-run';
import { isAppError } from './shared/app-error';
import { createLogger } from './shared/logger';

// Heavy surfaces (Express, Bolt, botbuilder, BullMQ, ECharts) load only for the commands that use them,
// so a one-shot `crm ask` starts fast. require() rather than import(): tsx's CommonJS hook serves it.
const lazy = {
  start: () => require('./app/commands/start-command') as typeof import('./app/commands/start-command'),
  misc: () => require('./app/commands/misc-commands') as typeof import('./app/commands/misc-commands'),
};

/** The `crm` bin: parse, build the container, run, map errors to the contract's exit codes. */
export async function main(argv: string[], io: CommandIO = processIO()): Promise<void> {
  const code = await run(argv, io);
  process.exitCode = code;
}

export async function run(argv: string[], io: CommandIO = processIO(), env?: Record<string, string | undefined>): Promise<number> {
  const json = argv.includes('--json');
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (e) {
    return fail(io, json, e instanceof ConfigError ? 'config' : 'internal', (e as Error).message);
  }
  const log = createLogger(config.logLevel);
  const withContainer = async (fn: (c: Container) => Promise<number>) => {
    const c = await buildContainer(config, { log });
    try {
      return await fn(c);
    } finally {
      await c.close();
    }
  };
  let result = 0;
  const program = new Command('crm')
    .description('Conversational CRM assistant: the command line')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  program.command('migrate').description('apply database migrations').action(async () => { result = await withContainer((c) => migrateCommand(c, io)); });
  program.command('nlu').description('understand JSON Lines messages from stdin').option('--json', 'JSON Lines out (the only format)').action(async () => { result = await lazy.misc().nluCommand(config, io); });
  program
    .command('ask <text>')
    .description('one message through the whole pipeline')
    .requiredOption('--as <email>', 'the CRM user who speaks')
    .option('--json').option('--now <iso>').option('--tz <zone>').option('--yes', 'confirm a write at once').option('--conversation <id>')
    .action(async (text: string, o) => { result = await withContainer((c) => askCommand(c, { text, ...o, json: Boolean(o.json), yes: Boolean(o.yes) }, io)); });
  program.command('chat').description('interactive terminal chat').requiredOption('--as <email>').option('--tz <zone>').action(async (o) => { result = await withContainer((c) => chatCommand(c, o, io)); });
  program.command('summarise').alias('summarize').description('summarise a call transcript from stdin')
    .option('--json').option('--customer <name>').option('--as <email>').option('--now <iso>').option('--tz <zone>')
    .action(async (o) => { result = await withContainer((c) => summariseCommand(c, o, io)); });
  program.command('import <file>').description('bulk import JSON Lines').option('--json').action(async (file: string, o) => { result = await withContainer((c) => lazy.misc().importCliCommand(c, file, Boolean(o.json), io)); });
  program.command('seed').description('load demo data').option('--demo', 'realistic demo data').option('--scale <n>', 'grow to N activities', (v) => Number(v))
    .action(async (o) => { result = await withContainer((c) => lazy.misc().seedCliCommand(c, o, io)); });
  program.command('doctor').description('check the installation').option('--json').action(async (o) => { result = await doctorCommand(config, log, Boolean(o.json), io); });
  program.command('start').description('serve HTTP, surfaces and workers').action(async () => { result = await lazy.start().startCommand(config, log, io); });
  program.command('worker').description('run job workers only').action(async () => { result = await withContainer((c) => lazy.misc().workerCliCommand(c, io)); });
  const jobs = program.command('jobs').description('list jobs').option('--failed').option('--json')
    .action(async (o) => { result = await withContainer((c) => lazy.misc().jobsCliCommand(c, { failed: Boolean(o.failed), json: Boolean(o.json) }, io)); });
  jobs.command('retry <id>').option('--json').action(async (id: string, o) => { result = await withContainer((c) => lazy.misc().jobsCliCommand(c, { retry: id, json: Boolean(o.json) }, io)); });
  const token = program.command('token').description('issue an API token').option('--as <email>').option('--ttl <duration>', 'e.g. 24h, 30m, 7d').option('--json')
    .action(async (o) => {
      if (!o.as) throw new CommanderError(2, 'crm.usage', 'error: required option --as <email> not specified');
      result = await withContainer((c) => tokenCommand(c, o, io));
    });
  token.command('revoke <token>').option('--json').action(async (t: string, o) => { result = await withContainer((c) => revokeCommand(c, t, o, io)); });
  program.command('login-link').description('print a short-lived dashboard sign-in link').requiredOption('--as <email>').option('--json')
    .action(async (o) => { result = await withContainer((c) => loginLinkCommand(c, o, io)); });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (json) writeJsonLine(io, { error: { code: 'usage', message: e.message.replace(/^error: /, '') } });
      else if (e.code === 'crm.usage') io.stderr.write(e.message + '\n');
      return 2;
    }
    if (isAppError(e)) return fail(io, json, e.code, e.message);
    log.error({ err: e }, 'command failed');
    return fail(io, json, 'internal', (e as Error).message || 'unexpected error');
  }
}

function fail(io: CommandIO, json: boolean, code: string, message: string): number {
  if (json) writeJsonLine(io, { error: { code, message } });
  io.stderr.write(`crm: ${message}\n`);
  return 1;
}
