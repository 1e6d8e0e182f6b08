// The skill package as deployed: a copy of skill-package/ whose skill.json gets the account-specific parts from the
// deploy settings (each region's Lambda endpoint, the privacy policy and terms URLs) and keeps only the locales
// chosen (with their countries and interaction models). Everything else is copied as it is, so interfaces,
// permissions or events added to the checked-in manifest flow through untouched.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AlexaRegion } from '../../cdk/lib/regions';
import { EndpointError, withRegionalEndpoints } from '../regional-endpoints';
import { DeployError } from './errors';

/** A skill.json: only the parts this file fills are typed; the rest is carried as it is. */
export interface SkillManifest {
  manifest: {
    publishingInformation?: { locales?: Record<string, Record<string, unknown>>; distributionCountries?: string[]; [key: string]: unknown };
    privacyAndCompliance?: { locales?: Record<string, Record<string, unknown>>; [key: string]: unknown };
    apis?: { custom?: { endpoint?: { uri: string }; regions?: Regional; [key: string]: unknown }; [key: string]: unknown };
    events?: { endpoint?: { uri: string }; regions?: Regional; subscriptions?: unknown[]; [key: string]: unknown };
    [key: string]: unknown;
  };
}

/** The manifest's regional endpoints: each Alexa region's function. */
type Regional = Partial<Record<AlexaRegion, { endpoint: { uri: string } }>>;

/** A URL per locale, or one for every locale. */
export type LocaleUrls = string | Readonly<Record<string, string>>;

/** What the deploy fills in. */
export interface ManifestFill {
  /**
   * The function of each Alexa region deployed, which answers that region's users; null while the skill is being
   * created (its ID is needed to build the functions).
   */
  readonly endpoints: Readonly<Partial<Record<AlexaRegion, string>>> | null;
  /** The region whose function is also the default endpoint (Alexa's fallback); North America's, else the first, when left out. */
  readonly defaultRegion?: AlexaRegion;
  /** The locales to publish; every locale of the template when left out. */
  readonly locales?: readonly string[];
  readonly privacyPolicyUrl: LocaleUrls;
  readonly termsOfUseUrl: LocaleUrls;
}

const urlFor = (urls: LocaleUrls, locale: string): string | undefined => (typeof urls === 'string' ? urls : urls[locale]);

/** The country of a locale: en-GB → GB. */
const countryOf = (locale: string): string => locale.slice(locale.indexOf('-') + 1);

/** `manifest` publishing only `locales`, and only in their countries. Throws DeployError for a locale it lacks. */
function onlyLocales(manifest: SkillManifest['manifest'], locales: readonly string[]): void {
  const publishing = manifest.publishingInformation;
  const missing = locales.filter((locale) => !publishing?.locales?.[locale]);
  if (missing.length > 0) throw new DeployError(`skill-package/skill.json has no publishingInformation for ${missing.join(', ')}`);
  if (!publishing?.locales) return;
  publishing.locales = Object.fromEntries(Object.entries(publishing.locales).filter(([locale]) => locales.includes(locale)));
  const countries = new Set(locales.map(countryOf));
  if (publishing.distributionCountries) publishing.distributionCountries = publishing.distributionCountries.filter((c) => countries.has(c));
}

/**
 * The deployed manifest: `template` with only the chosen locales, the privacy policy and terms URLs of each, and
 * the endpoints of the custom API and of the events: each region's function, and the default one (all left out
 * while the endpoints are null). Throws DeployError for an ARN that is no Lambda function's or is in another
 * region than its Alexa region's. Pure.
 */
export function fillManifest(template: SkillManifest, fill: ManifestFill): SkillManifest {
  let out = structuredClone(template);
  const { manifest } = out;
  if (fill.locales) onlyLocales(manifest, fill.locales);
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
  if (fill.endpoints === null) {
    // Alexa refuses an endpoint whose function lacks this skill's trigger, and the trigger needs the skill's ID.
    if (manifest.apis?.custom) {
      delete manifest.apis.custom.endpoint;
      delete manifest.apis.custom.regions;
    }
    delete manifest.events;
    return out;
  }
  const hadEvents = manifest.events !== undefined;
  try {
    out = withRegionalEndpoints(out, fill.endpoints, fill.defaultRegion) as SkillManifest;
  } catch (error) {
    if (error instanceof EndpointError) throw new DeployError(`The endpoint of ${error.message}`, { cause: error });
    throw error;
  }
  if (!hadEvents) delete out.manifest.events;
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
  const { apis, events } = manifest.manifest;
  const endpoints: [string, string | undefined][] = [
    ['apis.custom.endpoint.uri', apis?.custom?.endpoint?.uri],
    ['events.endpoint.uri', events?.endpoint?.uri],
    ...Object.entries(apis?.custom?.regions ?? {}).map(([region, value]): [string, string | undefined] => [`apis.custom.regions.${region}.endpoint.uri`, value?.endpoint.uri]),
    ...Object.entries(events?.regions ?? {}).map(([region, value]): [string, string | undefined] => [`events.regions.${region}.endpoint.uri`, value?.endpoint.uri]),
  ];
  for (const [at, uri] of endpoints) {
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

/** Where a skill package keeps its interaction models, one `<locale>.json` each. */
const MODELS_DIR = path.join('interactionModels', 'custom');

/**
 * Writes the deployable package to `outDir`: every file of `srcDir` (assets...), the interaction models of the
 * published locales, and the filled skill.json. Throws DeployError, writing nothing, if the filled manifest has a
 * problem or a published locale has no model.
 */
export function buildSkillPackage(srcDir: string, outDir: string, fill: ManifestFill): SkillManifest {
  const manifest = fillManifest(readManifest(srcDir), fill);
  const problems = deployProblems(manifest);
  const published = Object.keys(manifest.manifest.publishingInformation?.locales ?? {});
  for (const locale of published) {
    if (!existsSync(path.join(srcDir, MODELS_DIR, `${locale}.json`))) problems.push(`${locale} is published but has no interaction model (${path.join(MODELS_DIR, `${locale}.json`)})`);
  }
  if (problems.length > 0) throw new DeployError(`The skill manifest cannot be deployed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  cpSync(srcDir, outDir, { recursive: true });
  // A model of a locale the manifest does not publish would be refused.
  const models = path.join(outDir, MODELS_DIR);
  for (const file of existsSync(models) ? readdirSync(models) : []) {
    if (!published.includes(file.replace(/\.json$/, ''))) rmSync(path.join(models, file));
  }
  writeFileSync(path.join(outDir, 'skill.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
