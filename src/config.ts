import { availableParallelism } from 'node:os';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
/** 32 bytes in standard or URL-safe base64. */
const isKey32 = (v: string) => /^[A-Za-z0-9+/_-]{43}=?$/.test(v) && Buffer.from(v, 'base64').length === 32;

const configSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  DATA_DIR: z.string().default('./data'),
  JWT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  // Access tokens are short-lived; a refresh token (POST /auth/refresh) keeps the session going.
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 24 * 3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.email().optional()),
  ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
  ADMIN_NAME: z.string().min(1).default('Administrator'),
  OVERDUE_GRACE_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(15),
  /** How long before its start a visit may be started or completed (earlier is 409 not_started_yet). */
  START_LEAD_MINUTES: z.coerce.number().int().min(0).max(7 * 24 * 60).default(30),
  OVERDUE_SWEEP_CRON: z.string().default('* * * * *'),
  RUN_WORKER: booleanFlag.default(true),
  /** API processes sharing the port when DATABASE_URL is set (default: one per core); the embedded mode runs one. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(64 * 1024),
  /** Failed sign-ins per client address per minute before that address is refused (429) for the rest of the minute. */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Failed sign-ins per account within LOGIN_FAILURE_WINDOW_MINUTES before the account is refused (429) from any address. */
  LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Trust X-Forwarded-For from this many proxy hops (0: use the socket address; a client could forge the header). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** A socket that sends nothing for this long is closed (streams send a heartbeat every 15 s, so keep it above that). */
  HTTP_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** The whole request (headers and body) must arrive within this time; slow senders are cut off. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** An idle kept-alive connection is closed after this long. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  /** Statements of the API's pool running longer than this are cancelled (0: no limit). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** How long a signed-in user's record is reused between requests (0 disables the cache). */
  CALLER_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),

  // Slot search: staff plan calendars; anyone else (any patient) gets a far smaller budget per request.
  /** Candidate start times one slot search may try, for staff and admins. */
  SLOT_SEARCH_MAX_STARTS: z.coerce.number().int().min(1000).max(10_000_000).default(1_000_000),
  /** Candidate start times one slot search may try, for patients and providers. */
  SLOT_SEARCH_MAX_STARTS_NON_STAFF: z.coerce.number().int().min(1000).max(10_000_000).default(50_000),
  /** Slot searches, explanations and calendar views per signed-in user per minute (then 429). */
  SEARCH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),

  // Holds and payments
  HOLD_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Issue 15: how long a waitlist offer is held for its patient before it passes to the next entry. */
  WAITLIST_OFFER_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
  /** Issue 15: a request awaiting approval is declined automatically after this many hours. */
  REQUEST_EXPIRY_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(48),
  /** Who takes payments: `dummy` is Carebook's own stand-in page (development and demos). */
  PAYMENT_GATEWAY: z.enum(['dummy']).default('dummy'),
  /** Shared with the gateway: it signs its callbacks with it. Unset: a random one per process (only the dummy gateway, in-process, can sign then). */
  PAYMENT_GATEWAY_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  /** The address patients reach this server at (for payment links); unset: taken from each request. */
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),

  // Notifications
  /** SMTP server for email; when unset, each message is written as an .eml file under DATA_DIR/mail. */
  SMTP_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  MAIL_FROM: z.string().default('Carebook <no-reply@carebook.local>'),
  /** `log` records SMS messages (DATA_DIR/sms.log and the notification log); `twilio` sends them. */
  SMS_DRIVER: z.enum(['log', 'twilio']).default('log'),
  TWILIO_ACCOUNT_SID: z.preprocess(emptyAsUndefined, z.string().optional()),
  TWILIO_AUTH_TOKEN: z.preprocess(emptyAsUndefined, z.string().optional()),
  TWILIO_FROM: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** Base URL of a Twilio-compatible API (tests point it at a local server). */
  TWILIO_API_URL: z.string().url().default('https://api.twilio.com'),
  /** Minutes before the start at which reminders go out, comma-separated (e.g. 1440,60). */
  REMINDER_OFFSETS_MINUTES: z
    .string()
    .default('1440')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean).map(Number))
    .pipe(z.array(z.number().int().min(1).max(60 * 24 * 30)).max(10)),
  /** Delivery attempts before a notification is dead-lettered. */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /**
   * How long a claimed notification is held for its worker; renewed while the send runs, so it only
   * runs out when the worker died, and then another worker retries it this soon.
   */
  NOTIFY_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  /** Open notification streams per user in one process; a new one closes that user's oldest. */
  NOTIFY_MAX_STREAMS_PER_USER: z.coerce.number().int().min(1).max(100).default(5),
  /** Let webhooks reach private, loopback and link-local addresses (tests, or a closed network you trust). */
  ALLOW_PRIVATE_WEBHOOK_URLS: booleanFlag.default(false),
  /** How often each delivery loop of the worker asks pg-boss for due jobs when idle (pg-boss's floor: 500). */
  NOTIFY_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  /** Key for encrypting webhook secrets at rest; when unset, from the key file (or JWT_SECRET when that is set). */
  ENCRYPTION_KEY: z.preprocess(emptyAsUndefined, z.string().min(32).optional()),
  /**
   * Key for personal data at rest (a practitioner's bank details): 32 random bytes, base64
   * (`openssl rand -base64 32`). When unset, from DATA_DIR/data-keys.json, generated there on first start.
   */
  DATA_ENCRYPTION_KEY: z.preprocess(emptyAsUndefined, z.string().refine(isKey32, 'must be 32 bytes, base64 encoded (openssl rand -base64 32)').optional()),
  /** Earlier DATA_ENCRYPTION_KEYs, comma-separated: data they sealed still opens, and is resealed with the current key when it is next written. */
  DATA_ENCRYPTION_PREVIOUS_KEYS: z.preprocess(
    emptyAsUndefined,
    z.string().refine((v) => v.split(',').every((k) => isKey32(k.trim())), 'must be comma-separated keys of 32 bytes, base64 encoded').optional(),
  ),
  /** Tests only: keys missing from the environment are made up per process and never written (no key file). */
  KEYS_IN_MEMORY: booleanFlag.default(false),
  NODE_ENV: z.string().optional(),

  // Operations and calendars
  /** Bearer token a Prometheus scraper sends to GET /metrics (an admin's access token works too). */
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  /** Let linked calendar URLs reach private, loopback and link-local addresses (tests, or a closed network you trust). */
  ALLOW_PRIVATE_CALENDAR_URLS: booleanFlag.default(false),
  /** How often the worker fetches linked calendars (cron). */
  CALENDAR_SYNC_CRON: z.string().default('*/5 * * * *'),
  /** A source last fetched successfully longer ago than this is `stale`. */
  CALENDAR_STALE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
  /** A calendar fetch gives up after this long. */
  CALENDAR_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Calendar files larger than this are refused. */
  CALENDAR_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
  /** Busy time is imported this many days ahead. */
  CALENDAR_HORIZON_DAYS: z.coerce.number().int().min(1).max(730).default(180),
});

export type Config = z.infer<typeof configSchema>;

/**
 * Parses the environment once. On failure it throws one error naming every bad key,
 * so an operator fixes them all in one go instead of one per restart.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (Boolean(parsed.data.ADMIN_EMAIL) !== Boolean(parsed.data.ADMIN_PASSWORD)) {
    throw new Error('Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  const d = parsed.data;
  if (d.SMS_DRIVER === 'twilio' && !(d.TWILIO_ACCOUNT_SID && d.TWILIO_AUTH_TOKEN && d.TWILIO_FROM)) {
    throw new Error('Invalid configuration:\n  SMS_DRIVER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM');
  }
  // With a shared database, a key file on one machine is not enough (and a generated key would differ per
  // instance): production must say which keys it uses.
  if (d.DATABASE_URL && d.NODE_ENV === 'production' && !(d.JWT_SECRET && d.ENCRYPTION_KEY)) {
    const missing = [!d.JWT_SECRET && 'JWT_SECRET', !d.ENCRYPTION_KEY && 'ENCRYPTION_KEY'].filter(Boolean).join(' and ');
    throw new Error(`Invalid configuration:\n  ${missing}: required with DATABASE_URL and NODE_ENV=production (keys never live in the database)`);
  }
  if (d.KEYS_IN_MEMORY && d.NODE_ENV === 'production') {
    throw new Error('Invalid configuration:\n  KEYS_IN_MEMORY: for tests only, not with NODE_ENV=production');
  }
  return parsed.data;
}

/** Config for tests: every default, overridable per test. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // In-memory keys: a test database lives no longer than the process, and tests write no key files.
  return { ...loadConfig({}), RUN_WORKER: false, LOG_LEVEL: 'silent', KEYS_IN_MEMORY: true, ...overrides };
}
