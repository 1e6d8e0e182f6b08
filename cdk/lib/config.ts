// The deployment's settings, read once from CDK context (`-c key=value`) or the environment, and checked.
import { z } from 'zod';
import { LOCALES } from '../../content/locales';
import { REGION_ORDER, RegionError, regionsFor, type AlexaRegion } from './regions';

/** Thrown when a deployment setting is missing or malformed; the message says how to set it. */
export class StackConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StackConfigError';
  }
}

/** A well-formed skill ID that belongs to no skill: for tests and an offline `npm run synth`, never a deploy. */
export const PLACEHOLDER_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/**
 * The stack parameter that carries the secret keying the user and session tags in logs (LOG_HASH_KEY). `npm run
 * deploy` makes one per deployment and passes it; NoEcho keeps it out of the console and of describe-stacks.
 */
export const LOG_HASH_KEY_PARAMETER = 'LogHashKey';

/** The stack name when none is given. */
export const DEFAULT_STACK_NAME = 'SciaticaRoutine';

/**
 * Caps on what a runaway (a retry loop, a flood of requests) can cost, sized for a skill of this size. A turn takes
 * the function about 50 ms, so 10 at once answer some 200 turns a second. A turn reads at most one item (1 read
 * unit) and writes at most one of about 3 KB (3 write units) plus retries: 100 reads and 300 writes a second leave
 * room for thousands of users at their busiest, and cap the table at about $0.20 an hour.
 */
export const STACK_DEFAULTS = {
  reservedConcurrency: 10,
  maxReadUnits: 100,
  maxWriteUnits: 300,
} as const;

const StackConfigSchema = z.object({
  stackName: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/, 'a CloudFormation stack name: a letter, then letters, digits or hyphens'),
  skillId: z.string().regex(/^amzn1\.ask\.skill\.[A-Za-z0-9-]+$/, 'an Alexa skill ID (amzn1.ask.skill.…)'),
  alarmTopicArn: z.string().regex(/^arn:aws[a-z-]*:sns:/, 'an SNS topic ARN').optional(),
  locales: z.array(z.enum(LOCALES, `locales of the skill, comma-separated (${LOCALES.join(',')})`)).min(1, 'at least one locale'),
  regions: z.array(z.enum(REGION_ORDER as [AlexaRegion, ...AlexaRegion[]], `Alexa regions, comma-separated (${REGION_ORDER.join(',')})`)).optional(),
  /** Requests the function may run at once; 'off' reserves none (for accounts whose concurrency quota is too low). */
  reservedConcurrency: z.union([z.literal('off'), z.coerce.number().int().min(1).max(1000)], { error: 'a whole number from 1 to 1000, or off' }),
  maxReadUnits: z.coerce.number({ error: 'a whole number of at least 1' }).int().min(1),
  maxWriteUnits: z.coerce.number({ error: 'a whole number of at least 1' }).int().min(1),
});

/** The checked deployment settings: which locales are offered, and the Alexa regions deployed for them. */
export type StackConfig = Omit<z.infer<typeof StackConfigSchema>, 'regions'> & { readonly regions: readonly AlexaRegion[] };

/** A comma-separated list as its items (spaces trimmed, empty items dropped). Pure. */
const listOf = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter(Boolean);

/** Looks a key up in the CDK context (`app.node.tryGetContext`). */
type ContextLookup = (key: string) => unknown;

const MISSING_SKILL_ID =
  'No Alexa skill ID. Deploy with `npm run deploy`: it creates the skill first and passes its ID here. ' +
  'To run the CDK CLI yourself, pass the ID: `-c skillId=amzn1.ask.skill.…` or `SKILL_ID=amzn1.ask.skill.…`. ' +
  'To only synthesize the template offline, run `npm run synth`: it allows a placeholder skill ID.';

/**
 * The deployment settings from the CDK context and `env` (the context wins; empty counts as missing); throws
 * StackConfigError. Without a skill ID only the context `allowPlaceholderSkillId=true`, which `npm run synth`
 * passes and `npm run deploy` does not, lets the placeholder stand in.
 */
export function readStackConfig(context: ContextLookup, env: NodeJS.ProcessEnv = process.env): StackConfig {
  const pick = (contextKey: string, envKey: string): string | undefined => {
    const value = context(contextKey) ?? env[envKey];
    return value === undefined || value === '' ? undefined : String(value);
  };
  const placeholderAllowed = String(context('allowPlaceholderSkillId')) === 'true';
  const skillId = pick('skillId', 'SKILL_ID') ?? (placeholderAllowed ? PLACEHOLDER_SKILL_ID : undefined);
  if (skillId === undefined) throw new StackConfigError(MISSING_SKILL_ID);
  const parsed = StackConfigSchema.safeParse({
    stackName: pick('stackName', 'STACK_NAME') ?? DEFAULT_STACK_NAME,
    skillId,
    alarmTopicArn: pick('alarmTopicArn', 'ALARM_TOPIC_ARN'),
    locales: listOf(pick('locales', 'SKILL_LOCALES')) ?? [...LOCALES],
    regions: listOf(pick('regions', 'SKILL_REGIONS')),
    reservedConcurrency: pick('reservedConcurrency', 'RESERVED_CONCURRENCY') ?? STACK_DEFAULTS.reservedConcurrency,
    maxReadUnits: pick('maxReadUnits', 'MAX_READ_UNITS') ?? STACK_DEFAULTS.maxReadUnits,
    maxWriteUnits: pick('maxWriteUnits', 'MAX_WRITE_UNITS') ?? STACK_DEFAULTS.maxWriteUnits,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StackConfigError(`Invalid ${String(issue?.path[0] ?? 'setting')}: expected ${issue?.message ?? 'a valid value'}`, {
      cause: parsed.error,
    });
  }
  return { ...parsed.data, regions: regionsToDeploy(parsed.data.locales, parsed.data.regions) };
}

/**
 * The regions to deploy: those the locales need, or the ones given, which must include them all (a locale
 * whose region has no stack would reach no function). Throws StackConfigError naming what is missing. Pure.
 */
export function regionsToDeploy(locales: readonly string[], given: readonly AlexaRegion[] | undefined): AlexaRegion[] {
  let needed: AlexaRegion[];
  try {
    needed = regionsFor(locales);
  } catch (error) {
    if (error instanceof RegionError) throw new StackConfigError(error.message, { cause: error });
    throw error;
  }
  if (given === undefined) return needed;
  const missing = needed.filter((r) => !given.includes(r));
  if (missing.length > 0) throw new StackConfigError(`The locales ${locales.join(', ')} need the region(s) ${missing.join(', ')}, which regions leaves out`);
  return REGION_ORDER.filter((r) => given.includes(r));
}
