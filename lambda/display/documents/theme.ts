// What every screen document shares: the APL version, Amazon's responsive packages, the skill's colours and
// the sizes of text and pictures for each kind of screen.

/** The APL version the documents are written for: every device that reports 2024.2 or later shows them. */
export const APL_VERSION = '2024.2';

/**
 * Amazon's responsive components (AlexaHeader, AlexaButton, AlexaProgressBar) and viewport profiles
 * (`@viewportProfile`, `@hubRoundSmall`...). The device loads these packages itself when it renders.
 */
export const IMPORTS = [
  { name: 'alexa-layouts', version: '1.7.0' },
  { name: 'alexa-viewport-profiles', version: '1.6.0' },
] as const;

/** The skill's colours: a deep blue ground, warm white text, sun yellow for what to look at now. */
export const COLORS = {
  background: '#13232F',
  text: '#F4F1EA',
  accent: '#F2C14E',
  soft: '#9FC3D6',
} as const;

/** No text on a hub is smaller than this. */
export const MIN_TEXT_DP = 28;

/**
 * Sizes by screen: large and medium hubs and TVs first, then the small landscape hub (Echo Show 5) and the
 * small round hub (Echo Spot). Every text size is at least MIN_TEXT_DP.
 */
export const RESOURCES = [
  {
    colors: { ...COLORS },
    dimensions: { textSize: '32dp', phaseSize: '44dp', countSize: '120dp', pictureWidth: '42vw', pictureHeight: '52vh', gap: '32dp', margin: '48dp' },
  },
  {
    when: '${@viewportProfile == @hubLandscapeSmall}',
    dimensions: { textSize: '28dp', phaseSize: '36dp', countSize: '84dp', pictureWidth: '38vw', pictureHeight: '48vh', gap: '24dp', margin: '32dp' },
  },
  {
    when: '${@viewportProfile == @hubRoundSmall}',
    dimensions: { textSize: '28dp', phaseSize: '32dp', countSize: '72dp', pictureWidth: '40vw', pictureHeight: '26vh', gap: '8dp', margin: '56dp' },
  },
] as const;

/** True on the small round hub, whose layouts are stacked and centred; and on every other screen. */
export const ROUND = '${@viewportProfile == @hubRoundSmall}';
export const NOT_ROUND = '${@viewportProfile != @hubRoundSmall}';
