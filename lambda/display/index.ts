// Screens: what an Echo Show (or any APL device) shows alongside the speech, and cards in the Alexa app.
export { supportsApl, renderScreen, SCREEN_TOKEN } from './apl';
export { screenFor, cardFor, type ScreenContext } from './present';
export type { Card } from './card';
export type { Screen, ExerciseScreen, MessageScreen, Stage, TimedStage, ScreenButton } from './screens';
