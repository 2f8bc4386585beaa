import { loadConfig, ConfigError } from '../../../src/config/config';

describe('configuration', () => {
  it('gives defaults that run with nothing set', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ url: undefined, dataDir: './.crm-data' });
    expect(c.llm.mode).toBe('offline');
    expect(c.slack.enabled).toBe(false);
    expect(c.teams.enabled).toBe(false);
    expect(c.workers).toBe(true);
    expect(Object.isFrozen(c.llm)).toBe(true);
  });

  it('names the variable in one clear line when a value is bad', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://nope' })).toThrow(new ConfigError('Invalid DATABASE_URL (got "mysql://nope"): must be a postgres:// or postgresql:// URL'));
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid PORT/);
    expect(() => loadConfig({ CRM_TIMEZONE: 'Mars/Olympus' })).toThrow(/CRM_TIMEZONE.*IANA/);
    expect(() => loadConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
  });

  it('never prints a secret back', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    try {
      loadConfig({ DATABASE_URL: 'postgres://u:hunter2@h/db', PORT: '-1' });
    } catch (e) {
      expect(String(e)).not.toContain('hunter2');
    }
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'id' })).toThrow(/MICROSOFT_APP_PASSWORD/);
  });

  it('turns surfaces and the model on when they are configured', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_SIGNING_SECRET: 's', TEAMS_ENABLED: 'true', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1', LLM_EXTERNAL_DENY: 'transcripts, notes', CRM_WORKERS: 'off' });
    expect(c.slack.enabled).toBe(true);
    expect(c.teams.enabled).toBe(true);
    expect(c.llm.mode).toBe('openai');
    expect(c.llm.externalDeny).toEqual(['transcripts', 'notes']);
    expect(c.workers).toBe(false);
  });
});
