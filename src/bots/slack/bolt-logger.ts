import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../shared/logger';

/** Bolt logs through its own Logger interface; this sends those lines to our pino logger, tagged. */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack-bolt' });
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  let level = LogLevel.INFO;
  return {
    // Bolt logs a few debug lines per request: skip formatting them when debug is off.
    debug: (...m: unknown[]) => {
      if (child.isLevelEnabled('debug')) child.debug(text(m));
    },
    info: (...m: unknown[]) => child.info(text(m)),
    warn: (...m: unknown[]) => child.warn(text(m)),
    error: (...m: unknown[]) => child.error(text(m)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
