// Where each locale's users are served. Alexa sends a request to the endpoint of the user's region: North
// America, Europe and India, or the Far East and Australia. Each has its own stack, function and table, in the
// AWS region next to Alexa's, so a user's record never leaves their region.
import { LOCALES, type Locale } from '../../content/locales';

/** Alexa's endpoint regions, as the skill manifest names them, with their AWS region and the locales they serve. */
export const ALEXA_REGIONS = {
  NA: { awsRegion: 'us-east-1', locales: ['en-US', 'en-CA', 'es-MX', 'es-US', 'fr-CA'] },
  EU: { awsRegion: 'eu-west-1', locales: ['en-GB', 'en-IN', 'es-ES', 'fr-FR', 'de-DE'] },
  FE: { awsRegion: 'us-west-2', locales: ['en-AU'] },
} as const satisfies Record<string, { awsRegion: string; locales: readonly string[] }>;

export type AlexaRegion = keyof typeof ALEXA_REGIONS;
/** The regions in a fixed order: North America first (its endpoint is also the manifest's default). */
export const REGION_ORDER: readonly AlexaRegion[] = ['NA', 'EU', 'FE'];

/** Thrown for a locale the skill does not speak, or one no Alexa region serves. */
export class RegionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegionError';
  }
}

/** The Alexa region that serves a locale. Pure. */
export function regionOf(locale: string): AlexaRegion {
  if (!(LOCALES as readonly string[]).includes(locale)) throw new RegionError(`${locale} is not a locale of the skill (${LOCALES.join(', ')})`);
  const region = REGION_ORDER.find((r) => (ALEXA_REGIONS[r].locales as readonly string[]).includes(locale));
  if (!region) throw new RegionError(`no Alexa region serves ${locale}`);
  return region;
}

/** The Alexa regions the given locales need, in REGION_ORDER: what `npm run deploy` deploys. Pure. */
export function regionsFor(locales: readonly string[]): AlexaRegion[] {
  const needed = new Set(locales.map(regionOf));
  return REGION_ORDER.filter((r) => needed.has(r));
}

/** The locales of `locales` that a region serves. Pure. */
export function localesIn(region: AlexaRegion, locales: readonly Locale[] = LOCALES): Locale[] {
  return locales.filter((l) => (ALEXA_REGIONS[region].locales as readonly string[]).includes(l));
}

/** The AWS region of an Alexa region. Pure. */
export const awsRegionOf = (region: AlexaRegion): string => ALEXA_REGIONS[region].awsRegion;

/** The Alexa region served from an AWS region (us-east-1 → NA); throws RegionError for another. Pure. */
export function alexaRegionOfAws(awsRegion: string): AlexaRegion {
  const region = REGION_ORDER.find((r) => ALEXA_REGIONS[r].awsRegion === awsRegion);
  if (!region) throw new RegionError(`${awsRegion} serves no Alexa endpoint (${REGION_ORDER.map(awsRegionOf).join(', ')})`);
  return region;
}
