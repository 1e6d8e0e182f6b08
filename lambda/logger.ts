// The logging contract the skill needs, and a hashed user tag so no raw userId reaches the logs.
import { createHash } from 'node:crypto';

/** Structured logger: one JSON line an event. Powertools' Logger satisfies it. */
export interface AppLogger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: AppLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A short, stable, one-way tag for a userId, safe to log. Pure. */
export function userTag(userId: string): string {
  return createHash('sha256').update(userId).digest('hex').slice(0, 12);
}

/** The parts of an error worth logging (never the request). Pure. */
export function errorFields(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { errorName: error.name, errorMessage: error.message } : { errorMessage: String(error) };
}
