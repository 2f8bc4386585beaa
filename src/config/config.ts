import { z } from 'zod';

/** The only reader of process.env: parsed once, typed, frozen. */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v), 'must be a postgres:// or postgresql:// URL');

const redisUrl = z.string().refine((v) => /^rediss?:\/\/[^\s]+$/.test(v), 'must be a redis:// or rediss:// URL');

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as UTC or Asia/Shanghai');

export const envSchema = z
  .object({
    DATABASE_URL: postgresUrl.optional(),
    CRM_DATA_DIR: z.string().min(1).default('./.crm-data'),
    REDIS_URL: redisUrl.optional(),
    CRM_QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only').default('crm'),
    CRM_WORKERS: z.enum(['on', 'off']).default('on'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    CRM_DEFAULT_REGION: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 two-letter code such as US or CN').default('US'),
    CRM_TIMEZONE: timeZone.default('UTC'),
    CRM_SEED_DEMO: bool.default(true),
    CRM_RETENTION_DAYS: z.coerce.number().int().positive().optional(),
    PUBLIC_URL: z.string().url().optional(),
    SLACK_SIGNING_SECRET: z.string().min(1).optional(),
    SLACK_BOT_TOKEN: z.string().min(1).optional(),
    SLACK_APP_TOKEN: z.string().min(1).optional(),
    SLACK_API_URL: z.string().url().optional(),
    TEAMS_ENABLED: bool.default(false),
    MICROSOFT_APP_ID: z.string().min(1).optional(),
    MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
    MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.string().url().optional(),
    LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
    EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
    LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20000),
    LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
    /** Comma-separated data kinds that must never leave for an external model (e.g. "transcripts,notes"). */
    LLM_EXTERNAL_DENY: z.string().default(''),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'is required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)' });
    }
    if (env.MICROSOFT_APP_ID && !env.MICROSOFT_APP_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_PASSWORD'], message: 'is required when MICROSOFT_APP_ID is set' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  readonly database: { readonly url?: string; readonly dataDir: string };
  readonly redis: { readonly url?: string; readonly prefix: string };
  readonly workers: boolean;
  readonly http: { readonly port: number; readonly host: string; readonly publicUrl?: string };
  readonly logLevel: Env['LOG_LEVEL'];
  readonly defaultRegion: string;
  readonly timezone: string;
  readonly seedDemo: boolean;
  readonly retentionDays?: number;
  readonly slack: { readonly enabled: boolean; readonly signingSecret?: string; readonly botToken?: string; readonly appToken?: string; readonly apiUrl?: string };
  readonly teams: { readonly enabled: boolean; readonly appId?: string; readonly appPassword?: string; readonly tenantId?: string };
  readonly llm: {
    readonly mode: 'offline' | 'openai';
    readonly apiKey?: string;
    readonly baseUrl?: string;
    readonly model: string;
    readonly embeddingModel: string;
    readonly timeoutMs: number;
    readonly maxRetries: number;
    readonly externalDeny: readonly string[];
  };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default) into a frozen Config; one clear line per bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const name = String(first.path[0] ?? 'environment');
    const value = cleaned[name];
    const shown = value === undefined ? '' : ` (got "${redact(name, value)}")`;
    throw new ConfigError(`Invalid ${name}${shown}: ${first.message}`);
  }
  const e = parsed.data;
  return deepFreeze({
    database: { url: e.DATABASE_URL, dataDir: e.CRM_DATA_DIR },
    redis: { url: e.REDIS_URL, prefix: e.CRM_QUEUE_PREFIX },
    workers: e.CRM_WORKERS === 'on',
    http: { port: e.PORT, host: e.HOST, publicUrl: e.PUBLIC_URL },
    logLevel: e.LOG_LEVEL,
    defaultRegion: e.CRM_DEFAULT_REGION,
    timezone: e.CRM_TIMEZONE,
    seedDemo: e.CRM_SEED_DEMO,
    retentionDays: e.CRM_RETENTION_DAYS,
    slack: {
      enabled: Boolean(e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)),
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    },
    teams: {
      enabled: e.TEAMS_ENABLED || Boolean(e.MICROSOFT_APP_ID),
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
    },
    llm: {
      mode: e.OPENAI_API_KEY || e.OPENAI_BASE_URL ? 'openai' : 'offline',
      apiKey: e.OPENAI_API_KEY,
      baseUrl: e.OPENAI_BASE_URL,
      model: e.LLM_MODEL,
      embeddingModel: e.EMBEDDING_MODEL,
      timeoutMs: e.LLM_TIMEOUT_MS,
      maxRetries: e.LLM_MAX_RETRIES,
      externalDeny: e.LLM_EXTERNAL_DENY.split(',').map((s) => s.trim()).filter(Boolean),
    },
  });
}

function redact(name: string, value: string): string {
  if (/SECRET|TOKEN|PASSWORD|KEY/.test(name)) return '***';
  return value.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
