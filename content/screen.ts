// The schema of the words a device with a screen shows: titles, phases, buttons and short lines, per locale.
// Screen words are read across a room: short, plain, and never the only place a safety fact is given.
import * as z from 'zod/mini';

/** A short line of screen text. */
const Line = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));
/** A button label: a word or two, so it fits a 48 dp touch target on a small round screen. */
const Label = z.string().check(z.trim(), z.minLength(1), z.maxLength(16));

/** Buttons the screens offer; each sends the voice intent of the same name (see lambda/handlers/touch.ts). */
export const BUTTON_IDS = ['pause', 'resume', 'next', 'repeat', 'itHurts', 'easier', 'skip', 'stop', 'start', 'startOver', 'left', 'right', 'yes', 'no'] as const;
export type ButtonId = (typeof BUTTON_IDS)[number];

/** Phases of a narration as the screen names them: the timeline's phases, the end of a side, and how-to pages. */
export const PHASE_IDS = ['setup', 'settle', 'hold', 'rest', 'lift', 'setRest', 'done', 'howTo'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** Forms of an exercise: on the floor (default), easier, on a chair, and easier on a chair. */
export const FORM_IDS = ['floor', 'easier', 'chair', 'chairEasier'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** An object with one short text for each key. */
const texts = <K extends string, S extends typeof Line>(keys: readonly K[], schema: S) =>
  z.object(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>);

/** Every line a screen shows; `{placeholders}` are filled by lambda/display. */
export const SCREEN_LINE_KEYS = [
  'appName', 'welcomeHeadline', 'welcomeNotice', 'sideQuestion', 'sideHint', 'welcomeBack', 'resumePlace', 'resumeRound',
  'exerciseTitle', 'side', 'round', 'set', 'seconds', 'repsOf', 'paused', 'pausedPlace', 'pausedHint', 'painTitle',
  'warningTitle', 'finishedTitle', 'weekOne', 'weekCount', 'streak', 'finishedLine', 'helpTitle', 'cardRoutineTitle',
  'cardSide', 'cardFeel', 'nextHint',
] as const;
export type ScreenLineKey = (typeof SCREEN_LINE_KEYS)[number];

export const ScreenWordsSchema = z.object({
  lines: texts(SCREEN_LINE_KEYS, Line),
  /** The subtitle of each form; the default form has none. */
  forms: z.object({ floor: z.string().check(z.maxLength(0)), easier: Line, chair: Line, chairEasier: Line }),
  phases: texts(PHASE_IDS, Line),
  buttons: texts(BUTTON_IDS, Label),
  /** What is normal and what is not, shown with "it hurts". */
  painLines: z.array(Line).check(z.minLength(1), z.maxLength(3)),
  /** The signs that need medical help at once, one a line. */
  warningSigns: z.array(Line).check(z.minLength(3), z.maxLength(5)),
  /** Things to say, shown with help. */
  helpPhrases: z.array(Line).check(z.minLength(3), z.maxLength(8)),
});

export type ScreenWords = z.infer<typeof ScreenWordsSchema>;
