// The Lambda's configuration, parsed from the environment once at cold start.
import * as z from 'zod/mini';
import { LOG_KEY_MIN_LENGTH } from './logger';

/** Thrown at cold start when a required variable is missing or malformed; the message names it. */
export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

const EnvSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(3, 'TABLE_NAME must name the DynamoDB table')),
  SKILL_ID: z.optional(z.string().check(z.startsWith('amzn1.ask.skill.', 'SKILL_ID must be an Alexa skill ID'))),
  LOG_HASH_KEY: z.string().check(z.minLength(LOG_KEY_MIN_LENGTH, `LOG_HASH_KEY must be a secret of at least ${LOG_KEY_MIN_LENGTH} characters`)),
});

export type Config = Readonly<{ tableName: string; skillId?: string; logKey: string }>;

/** The configuration from `env`; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid environment: ${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'invalid'}`, { cause: parsed.error });
  }
  return {
    tableName: parsed.data.TABLE_NAME,
    ...(parsed.data.SKILL_ID ? { skillId: parsed.data.SKILL_ID } : {}),
    logKey: parsed.data.LOG_HASH_KEY,
  };
}
