// The deploy settings: a file the deployer writes (.deploy/settings.json, never committed) and environment
// variables that override it. Checked with zod; a problem names the setting and how to fix it.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { DEFAULT_STACK_NAME } from '../../cdk/lib/config';
import { REGION_ORDER } from '../../cdk/lib/regions';
import { LOCALES } from '../../content/locales';
import { DeployError } from './errors';
import { DEPLOY_DIR, SETTINGS_FILE } from './paths';

/**
 * Regions whose Lambda functions Alexa calls: us-east-1 serves North America, eu-west-1 Europe and India,
 * us-west-2 the Far East and Australia (cdk/lib/regions.ts says which locale goes where).
 */
export const ALEXA_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'] as const;

const HttpsUrl = z.url({ protocol: /^https$/, message: 'an https URL' });

const SettingsSchema = z.strictObject({
  stackName: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/, 'a CloudFormation stack name').default(DEFAULT_STACK_NAME),
  /** The locales to publish: the stack of each one's Alexa region is deployed (every locale by default). */
  locales: z.array(z.enum(LOCALES)).min(1, 'at least one locale').default([...LOCALES]),
  /** Alexa regions to deploy (NA, EU, FE): the locales' by default; more may be added, none they need left out. */
  regions: z.array(z.enum(REGION_ORDER as readonly ['NA', 'EU', 'FE'])).min(1).optional(),
  /** The AWS region of the manifest's default endpoint, Alexa's fallback: North America's (or the first deployed) by default. */
  region: z.enum(ALEXA_REGIONS).optional(),
  /** The ask-cli profile (`ask configure --profile ...`); the environment profile when ASK_* variables are set. */
  askProfile: z.string().regex(/^[A-Za-z0-9_-]+$/).optional(),
  /** The AWS profile for CDK; without it the usual chain (AWS_PROFILE, environment keys, default profile). */
  awsProfile: z.string().min(1).optional(),
  alarmTopicArn: z.string().regex(/^arn:aws[a-z-]*:sns:/, 'an SNS topic ARN').optional(),
  /** The stack's caps (see cdk/lib/config.ts STACK_DEFAULTS); the stack's defaults when absent. */
  reservedConcurrency: z.union([z.literal('off'), z.coerce.number().int().min(1).max(1000)], { error: 'a whole number from 1 to 1000, or off' }).optional(),
  maxReadUnits: z.coerce.number().int().min(1).optional(),
  maxWriteUnits: z.coerce.number().int().min(1).optional(),
  /** Where the privacy policy (PRIVACY.md) is published: one URL, or one per locale. */
  privacyPolicyUrl: z.union([HttpsUrl, z.record(z.string(), HttpsUrl)]),
  /** Where the terms of use (TERMS.md) are published: one URL, or one per locale. */
  termsOfUseUrl: z.union([HttpsUrl, z.record(z.string(), HttpsUrl)]),
});

/** The checked settings. */
export type DeploySettings = z.infer<typeof SettingsSchema>;

/** Environment variables that override the file, by setting. */
export const SETTINGS_ENV = {
  stackName: 'STACK_NAME',
  locales: 'SKILL_LOCALES',
  regions: 'SKILL_REGIONS',
  region: 'DEPLOY_REGION',
  askProfile: 'ASK_PROFILE',
  awsProfile: 'AWS_PROFILE',
  alarmTopicArn: 'ALARM_TOPIC_ARN',
  reservedConcurrency: 'RESERVED_CONCURRENCY',
  maxReadUnits: 'MAX_READ_UNITS',
  maxWriteUnits: 'MAX_WRITE_UNITS',
  privacyPolicyUrl: 'PRIVACY_POLICY_URL',
  termsOfUseUrl: 'TERMS_OF_USE_URL',
} as const satisfies Record<keyof DeploySettings, string>;

/** Settings that are lists: comma-separated in the environment (SKILL_LOCALES=en-US,en-GB). */
const LIST_SETTINGS: ReadonlySet<string> = new Set(['locales', 'regions']);
const listOf = (value: string): string[] => value.split(',').map((item) => item.trim()).filter(Boolean);

/** The smallest settings file, shown when there is none. */
export const EXAMPLE_SETTINGS = {
  privacyPolicyUrl: 'https://<where you publish PRIVACY.md>',
  termsOfUseUrl: 'https://<where you publish TERMS.md>',
};

/** Where the settings file is: `--settings <file>`, else .deploy/settings.json under the project root. */
export const settingsPath = (root: string, given?: string): string => (given ? path.resolve(given) : path.join(root, DEPLOY_DIR, SETTINGS_FILE));

/** Reads and checks the settings: the file if it exists, then the environment over it. Throws DeployError. */
export function loadSettings(file: string, env: NodeJS.ProcessEnv = process.env): DeploySettings {
  let fromFile: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new DeployError(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  const fromEnv = Object.fromEntries(
    Object.entries(SETTINGS_ENV)
      .filter(([, name]) => env[name] !== undefined && env[name] !== '')
      .map(([key, name]) => [key, LIST_SETTINGS.has(key) ? listOf(env[name] as string) : env[name]] as const),
  );
  const parsed = SettingsSchema.safeParse({ ...fromFile, ...fromEnv });
  if (parsed.success) return parsed.data;
  const missingFile = existsSync(file) ? '' : `\n\nNo settings file at ${file}. Write one, for example:\n${JSON.stringify(EXAMPLE_SETTINGS, null, 2)}\n(README, Deploy, lists every setting.)`;
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const name = SETTINGS_ENV[key as keyof typeof SETTINGS_ENV];
    return `  - ${key || 'settings'}${name ? ` (or ${name})` : ''}: ${issue.message}`;
  });
  throw new DeployError(`The deploy settings are not complete:\n${problems.join('\n')}${missingFile}`, { cause: parsed.error });
}
