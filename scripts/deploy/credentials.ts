// Whether the deployer has AWS credentials and an ask-cli profile, found the way the tools find them, without
// calling AWS or Alexa: a missing one stops the deploy before any step, with what to do about it.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The ask-cli profile name it uses when ASK_* variables carry the credentials (ask-cli's own constant). */
export const ASK_ENVIRONMENT_PROFILE = '__ENVIRONMENT_ASK_PROFILE__';

/** Where to look: the environment and the home directory (passed in, so tests use their own). */
export interface CredentialSources {
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
}

/** Profile names of an AWS shared config or credentials file (`[name]` or `[profile name]`). Pure. */
export function iniProfiles(text: string): string[] {
  return [...text.matchAll(/^\s*\[\s*(?:profile\s+)?([^\]\s]+)\s*\]/gm)].map((m) => m[1] as string);
}

function fileProfiles(file: string): string[] {
  return existsSync(file) ? iniProfiles(readFileSync(file, 'utf8')) : [];
}

/** How CDK would find AWS credentials, or null when it would find none. */
export function awsCredentialSource({ env, home }: CredentialSources, profile?: string): string | null {
  const wanted = profile ?? env.AWS_PROFILE;
  const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE ?? path.join(home, '.aws', 'credentials');
  const configFile = env.AWS_CONFIG_FILE ?? path.join(home, '.aws', 'config');
  const profiles = new Set([...fileProfiles(credentialsFile), ...fileProfiles(configFile)]);
  if (wanted) return profiles.has(wanted) ? `the AWS profile ${wanted}` : null;
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return 'AWS_ACCESS_KEY_ID in the environment';
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) return 'a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)';
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return 'the container credentials endpoint';
  return profiles.has('default') ? 'the default AWS profile' : null;
}

/** The ask-cli profile a deploy uses: the one asked for, the environment profile, ASK_DEFAULT_PROFILE, or default. */
export function askProfileName({ env }: CredentialSources, profile?: string): string {
  if (profile) return profile;
  const fromEnvironment = (env.ASK_REFRESH_TOKEN || env.ASK_ACCESS_TOKEN) && env.ASK_VENDOR_ID && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY;
  return fromEnvironment ? ASK_ENVIRONMENT_PROFILE : (env.ASK_DEFAULT_PROFILE ?? 'default');
}

/** Whether ask-cli has the profile (it reads ~/.ask/cli_config). */
export function hasAskProfile(sources: CredentialSources, name: string): boolean {
  if (name === ASK_ENVIRONMENT_PROFILE) return true;
  const file = path.join(sources.home, '.ask', 'cli_config');
  if (!existsSync(file)) return false;
  try {
    const config = JSON.parse(readFileSync(file, 'utf8')) as { profiles?: Record<string, unknown> };
    return Object.prototype.hasOwnProperty.call(config.profiles ?? {}, name);
  } catch {
    return false;
  }
}

/** What a run needs, and under which profiles. */
export interface CredentialNeeds {
  readonly awsProfile?: string;
  readonly askProfile?: string;
  /** False when ask-cli is not run (destroy). */
  readonly ask?: boolean;
}

/** What is missing, as messages that say how to fix it; empty when the tools have what they need. */
export function credentialProblems(sources: CredentialSources, options: CredentialNeeds = {}): string[] {
  const problems: string[] = [];
  if (awsCredentialSource(sources, options.awsProfile) === null) {
    const profile = options.awsProfile ?? sources.env.AWS_PROFILE;
    problems.push(
      profile
        ? `No AWS profile named ${profile} in ~/.aws/credentials or ~/.aws/config. Run \`aws configure --profile ${profile}\` (or \`aws configure sso\`), or change awsProfile.`
        : 'No AWS credentials found. Run `aws configure` (or `aws sso login --profile <name>` and set awsProfile), or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
    );
  }
  const ask = askProfileName(sources, options.askProfile);
  if (options.ask !== false && !hasAskProfile(sources, ask)) {
    problems.push(`No ask-cli profile named ${ask}. Run \`npx ask configure${ask === 'default' ? '' : ` --profile ${ask}`}\` with the Amazon developer account the skill belongs to.`);
  }
  return problems;
}
