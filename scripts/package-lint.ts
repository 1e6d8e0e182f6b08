// Certification checks of a skill package beyond its models: the icons Alexa requires, and what belongs to which
// stage of the manifest (the checked-in template holds nothing account-specific; the deployed one has it all).
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ICONS } from './icons';
import { deployProblems, type SkillManifest } from './deploy/manifest';
import { pngSize } from './render/png';

/** The checked-in manifest (`template`) or the one built for a deploy (`deploy`). */
export type PackageStage = 'template' | 'deploy';

/** Each published locale needs both icons: a local PNG of the right size, or an https URL. */
export function iconProblems(manifest: SkillManifest, packageDir: string): string[] {
  const locales = Object.entries(manifest.manifest.publishingInformation?.locales ?? {});
  return locales.flatMap(([locale, info]) =>
    ICONS.flatMap(({ field, size }) => {
      const uri = info[field];
      if (typeof uri !== 'string') return [`skill.json ${locale}: no ${field} (Alexa needs a ${size} x ${size} PNG icon)`];
      if (uri.startsWith('https://')) return [];
      if (!uri.startsWith('file://')) return [`skill.json ${locale}: ${field} must be file://assets/... or an https URL, not ${uri}`];
      const file = path.join(packageDir, uri.slice('file://'.length));
      if (!existsSync(file)) return [`skill.json ${locale}: ${field} ${uri} does not exist in the package`];
      const { width, height } = pngSize(readFileSync(file));
      return width === size && height === size ? [] : [`skill.json ${locale}: ${field} is ${width} x ${height}, expected ${size} x ${size}`];
    }),
  );
}

/** What the stage forbids or requires: account-specific values only and always in a deployed manifest. Pure. */
export function stageProblems(manifest: SkillManifest, stage: PackageStage): string[] {
  const { apis, events, privacyAndCompliance } = manifest.manifest;
  if (stage === 'deploy') {
    const missing = [!apis?.custom?.endpoint && 'apis.custom.endpoint', events && !events.endpoint && 'events.endpoint'].filter(Boolean);
    return [...missing.map((field) => `skill.json: ${String(field)} missing in the deployed manifest`), ...deployProblems(manifest).map((p) => `skill.json: ${p}`)];
  }
  const filled = [
    apis?.custom?.endpoint && 'apis.custom.endpoint',
    events?.endpoint && 'events.endpoint',
    ...Object.entries(privacyAndCompliance?.locales ?? {}).flatMap(([locale, urls]) =>
      ['privacyPolicyUrl', 'termsOfUseUrl'].filter((key) => urls[key] !== undefined).map((key) => `privacyAndCompliance.locales.${locale}.${key}`),
    ),
  ].filter(Boolean);
  return filled.map((field) => `skill.json: ${String(field)} is account-specific: it comes from the deploy settings, not the checked-in manifest`);
}
