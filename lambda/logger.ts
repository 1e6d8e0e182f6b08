// The logging contract the skill needs, keyed tags so no raw Alexa id reaches the logs, and the keys of a request.
import { createHmac, randomBytes } from 'node:crypto';

/** Structured logger: one JSON line an event. Powertools' Logger satisfies it (see lambda/index.ts). */
export interface AppLogger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: AppLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Fewest characters of a log key: 32 characters of base64 or hex carry at least 128 bits. */
export const LOG_KEY_MIN_LENGTH = 32;

/** A key for hosts that are given none (simulator, tests): tags stay stable for the life of the process only. */
export function randomLogKey(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A short, stable, one-way tag for an Alexa id (user, session), safe to log. Keyed (HMAC-SHA-256) with the
 * deployment's secret, so someone who holds a userId (from the table, say) but not the key cannot find that
 * user's lines in the logs, and the logs of two deployments cannot be joined. Pure.
 */
export function idTag(id: string, key: string): string {
  return createHmac('sha256', key).update(id).digest('hex').slice(0, 16);
}

/** The parts of an error worth logging (never the request): the error itself, so the logger keeps its stack and cause. Pure. */
export function errorFields(error: unknown): { error: Error } {
  return { error: error instanceof Error ? error : new Error(String(error)) };
}

/** A logger that adds `keys` to every line it writes through `base`; a line's own fields win. */
export function keyedLogger(base: AppLogger, keys: Readonly<Record<string, unknown>>): AppLogger {
  return {
    info: (message, extra) => base.info(message, { ...keys, ...extra }),
    warn: (message, extra) => base.warn(message, { ...keys, ...extra }),
    error: (message, extra) => base.error(message, { ...keys, ...extra }),
  };
}

/** A log line as one line of text, errors with their name and message (JSON.stringify drops both): for text hosts. Pure. */
export function logText(message: string, extra: Record<string, unknown> = {}): string {
  return `${message} ${JSON.stringify(extra, (_key, value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : value))}`;
}
