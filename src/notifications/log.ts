import type { Config } from '../config.js';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;
type Level = 'info' | 'warn' | 'error';

export interface NotifyLogger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * JSON lines in pino's shape, for the worker side, which has no Fastify logger. Callers pass ids,
 * paths and status codes; message bodies, addresses' secrets and signing keys never go in here.
 */
export function createNotifyLogger(config: Pick<Config, 'LOG_LEVEL'>): NotifyLogger {
  const threshold = config.LOG_LEVEL === 'silent' ? Number.POSITIVE_INFINITY : LEVELS[config.LOG_LEVEL];
  const write = (level: Level, msg: string, fields?: Record<string, unknown>) => {
    if (LEVELS[level] < threshold) return;
    const line = JSON.stringify({ level: LEVELS[level], time: Date.now(), component: 'notifications', msg, ...fields });
    (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
  };
  return {
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
  };
}

/** An error's message, short enough for a log field or the last_error column. */
export function errorText(error: unknown, max = 500): string {
  const e = error as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const base = typeof e?.message === 'string' ? e.message : String(error);
  const cause = e?.cause && (typeof e.cause.code === 'string' ? e.cause.code : typeof e.cause.message === 'string' ? e.cause.message : undefined);
  const text = cause && !base.includes(cause) ? `${base} (${cause})` : base;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
