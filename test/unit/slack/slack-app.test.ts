import express from 'express';
import { LogLevel } from '@slack/bolt';
import pino from 'pino';
import { boltLogger } from '../../../src/bots/slack/bolt-logger';
import { mountSlack, type SlackDeps } from '../../../src/bots/slack/slack-app';
import { silentLogger } from '../../../src/shared/logger';

const deps = (slack: SlackDeps['slack']): SlackDeps => ({ db: {} as SlackDeps['db'], engine: {} as SlackDeps['engine'], log: silentLogger, slack });

describe('mounting Slack', () => {
  it('needs a bot token, and a signing secret unless Socket Mode is used', () => {
    expect(() => mountSlack(express(), deps({ signingSecret: 's' }))).toThrow(/SLACK_BOT_TOKEN/);
    expect(() => mountSlack(express(), deps({ botToken: 'xoxb-1' }))).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('mounts over HTTP without starting anything of its own', async () => {
    const s = mountSlack(express(), deps({ botToken: 'xoxb-1', signingSecret: 's', apiUrl: 'http://127.0.0.1:9/api' }));
    await expect(s.start()).resolves.toBeUndefined();
    await expect(s.stop()).resolves.toBeUndefined();
  });

  it('builds a Socket Mode app when an app token is given', () => {
    const app = express();
    const s = mountSlack(app, deps({ botToken: 'xoxb-1', appToken: 'xapp-1' }));
    expect(s.bolt).toBeDefined();
    // Socket Mode needs no HTTP route.
    expect((app.router as unknown as { stack: unknown[] }).stack).toHaveLength(0);
  });
});

describe('Bolt logger bridge', () => {
  it('writes Bolt lines to pino with their level', () => {
    const lines: Array<{ level: number; msg: string }> = [];
    const log = pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
    const b = boltLogger(log);
    b.debug('a', { x: 1 });
    b.info('b');
    b.warn('c');
    b.error('d');
    b.setLevel(LogLevel.WARN);
    b.setName('x');
    expect(b.getLevel()).toBe(LogLevel.WARN);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[20, 'a {"x":1}'], [30, 'b'], [40, 'c'], [50, 'd']]);
  });
});
