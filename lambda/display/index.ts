// Screens: what an Echo Show (or any APL device) shows alongside the speech, and cards in the Alexa app. The
// screen code itself is loaded when a screen device first asks (lazy.ts); this index keeps to what every turn needs.
export { supportsApl } from './supports';
export { screens } from './lazy';
export { cardFor, type ScreenContext } from './cards';
export type { Card } from './card';
export type { Screen, ExerciseScreen, MessageScreen, Stage, TimedStage, ScreenButton } from './screens';
