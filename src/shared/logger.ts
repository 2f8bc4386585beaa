import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs to stderr so that stdout stays machine-clean for --json output. */
export function createLogger(level: string, name = 'crm'): Logger {
  return pino({ name, level, base: { name } }, pino.destination(2));
}

export const silentLogger: Logger = pino({ level: 'silent' });
