// The skill package as deployed: a copy of skill-package/ whose skill.json gets the account-specific parts from the
// deploy settings (the Lambda endpoint, the privacy policy and terms URLs). Everything else is copied as it is, so
// interfaces, permissions or events added to the checked-in manifest flow through untouched.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DeployError } from './errors';

/** A skill.json: only the parts this file fills are typed; the rest is carried as it is. */
export interface SkillManifest {
  manifest: {
    publishingInformation?: { locales?: Record<string, Record<string, unknown>> };
    privacyAndCompliance?: { locales?: Record<string, Record<string, unknown>>; [key: string]: unknown };
    apis?: { custom?: { endpoint?: { uri: string }; [key: string]: unknown }; [key: string]: unknown };
    events?: { endpoint?: { uri: string }; subscriptions?: unknown[]; [key: string]: unknown };
    [key: string]: unknown;
  };
}

/** A URL per locale, or one for every locale. */
export type LocaleUrls = string | Readonly<Record<string, string>>;

/** What the deploy fills in. */
export interface ManifestFill {
  /** The function the skill calls; null while the skill is being created (its ID is needed to build the function). */
  readonly endpointArn: string | null;
  readonly privacyPolicyUrl: LocaleUrls;
  readonly termsOfUseUrl: LocaleUrls;
}

const urlFor = (urls: LocaleUrls, locale: string): string | undefined => (typeof urls === 'string' ? urls : urls[locale]);

/**
 * The deployed manifest: `template` with the endpoint of the custom API and of the events set to `endpointArn`
 * (both left out while it is null), and the privacy policy and terms URLs of every published locale. Pure.
 */
export function fillManifest(template: SkillManifest, fill: ManifestFill): SkillManifest {
  const out = structuredClone(template);
  const { manifest } = out;
  const locales = Object.keys(manifest.publishingInformation?.locales ?? {});
  const privacy = manifest.privacyAndCompliance ?? {};
  manifest.privacyAndCompliance = {
    ...privacy,
    locales: Object.fromEntries(
      locales.map((locale) => [
        locale,
        { ...privacy.locales?.[locale], privacyPolicyUrl: urlFor(fill.privacyPolicyUrl, locale), termsOfUseUrl: urlFor(fill.termsOfUseUrl, locale) },
      ]),
    ),
  };
  if (fill.endpointArn === null) {
    // Alexa refuses an endpoint whose function lacks this skill's trigger, and the trigger needs the skill's ID.
    if (manifest.apis?.custom) delete manifest.apis.custom.endpoint;
    delete manifest.events;
  } else {
    if (manifest.apis?.custom) manifest.apis.custom.endpoint = { uri: fill.endpointArn };
    if (manifest.events) manifest.events.endpoint = { uri: fill.endpointArn };
  }
  return out;
}

/** Text that must never reach the Alexa service: examples, dummy accounts and ids, notes to replace something. */
const PLACEHOLDER = /example\.(com|org|net)|123456789012|00000000-0000-0000-0000-000000000000|replace[-_ ]?(with|me|this)|placeholder|changeme|localhost|127\.0\.0\.1/i;

/** Every string in a value, with its path. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${at}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => strings(inner, at ? `${at}.${key}` : key));
  return [];
}

/**
 * What keeps a manifest from being deployed: a placeholder anywhere in it, a published locale without an https
 * privacy policy or terms URL, an endpoint that is not a Lambda ARN. An empty list means it may go. Pure.
 */
export function deployProblems(manifest: SkillManifest): string[] {
  const problems = strings(manifest, '')
    .filter(([, text]) => PLACEHOLDER.test(text))
    .map(([at, text]) => `${at} is a placeholder: ${JSON.stringify(text)}`);
  const locales = Object.keys(manifest.manifest.publishingInformation?.locales ?? {});
  for (const locale of locales) {
    const urls = manifest.manifest.privacyAndCompliance?.locales?.[locale] ?? {};
    for (const key of ['privacyPolicyUrl', 'termsOfUseUrl']) {
      const url = urls[key];
      if (typeof url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s/]+\/?\S*$/.test(url)) {
        problems.push(`privacyAndCompliance.locales.${locale}.${key} must be an https URL (set ${key} in the deploy settings), not ${JSON.stringify(url ?? null)}`);
      }
    }
  }
  for (const [at, uri] of [['apis.custom.endpoint.uri', manifest.manifest.apis?.custom?.endpoint?.uri], ['events.endpoint.uri', manifest.manifest.events?.endpoint?.uri]] as const) {
    if (uri !== undefined && !/^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9-_]+(:[A-Za-z0-9-_$]+)?$/.test(uri)) {
      problems.push(`${at} is not a Lambda function ARN: ${JSON.stringify(uri)}`);
    }
  }
  return problems;
}

/** Reads a skill package's skill.json. */
export function readManifest(packageDir: string): SkillManifest {
  return JSON.parse(readFileSync(path.join(packageDir, 'skill.json'), 'utf8')) as SkillManifest;
}

/**
 * Writes the deployable package to `outDir`: every file of `srcDir` (models, assets...) and the filled skill.json.
 * Throws DeployError, writing nothing, if the filled manifest has a problem.
 */
export function buildSkillPackage(srcDir: string, outDir: string, fill: ManifestFill): SkillManifest {
  const manifest = fillManifest(readManifest(srcDir), fill);
  const problems = deployProblems(manifest);
  if (problems.length > 0) throw new DeployError(`The skill manifest cannot be deployed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  cpSync(srcDir, outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'skill.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
