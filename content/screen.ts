// The schema of the words a device with a screen shows: titles, phases, buttons and short lines, per locale.
// Screen words are read across a room: short, plain, and never the only place a safety fact is given.
import * as z from 'zod/mini';

/** A short line of screen text. */
const Line = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));
/** A button label: a word or two, so it fits a 48 dp touch target on a small round screen. */
const Label = z.string().check(z.trim(), z.minLength(1), z.maxLength(16));

/** Buttons the screens offer; each sends the voice intent of the same name (see lambda/handlers/buttons.ts). */
export const BUTTON_IDS = ['pause', 'resume', 'next', 'repeat', 'itHurts', 'easier', 'skip', 'stop', 'start', 'startOver', 'left', 'right', 'yes', 'no'] as const;
export type ButtonId = (typeof BUTTON_IDS)[number];

/** Phases of a narration as the screen names them: the timeline's phases, the end of an exercise, and how-to pages. */
export const PHASE_IDS = ['setup', 'settle', 'hold', 'rest', 'lift', 'setRest', 'done', 'howTo'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** Every line a screen shows, with the placeholders it may use; `line(key, vars)` is typed from this table. */
export const SCREEN_LINE_PLACEHOLDERS = {
  appName: [],
  welcomeHeadline: [],
  welcomeNotice: [],
  sideQuestion: [],
  sideHint: [],
  welcomeBack: [],
  resumePlace: ['number', 'total', 'sideWords'],
  resumeRound: ['round', 'rounds'],
  exerciseTitle: ['number', 'total'],
  side: ['side'],
  round: ['n', 'total'],
  set: ['n', 'total'],
  seconds: [],
  repsOf: ['total'],
  nextHint: [],
  paused: [],
  pausedPlace: ['number', 'total', 'sideWords'],
  pausedHint: [],
  painTitle: [],
  warningTitle: [],
  urgentTitle: [],
  injuryTitle: [],
  finishedTitle: [],
  week: ['done', 'goalDays'],
  weekMore: ['doneDays', 'goalDays'],
  streak: ['streak'],
  finishedLine: [],
  helpTitle: [],
  cardRoutineTitle: [],
  cardSide: ['side'],
  cardFeel: ['feel'],
} as const satisfies Record<string, readonly string[]>;

export type ScreenLineKey = keyof typeof SCREEN_LINE_PLACEHOLDERS;
/** The arguments after a line's key: none for a line without placeholders, else its values. */
export type ScreenLineArgs<K extends ScreenLineKey> = (typeof SCREEN_LINE_PLACEHOLDERS)[K] extends readonly []
  ? []
  : [vars: Readonly<Record<(typeof SCREEN_LINE_PLACEHOLDERS)[K][number], string | number>>];

const lineKeys = Object.keys(SCREEN_LINE_PLACEHOLDERS) as ScreenLineKey[];
const usesOnly = (key: ScreenLineKey) =>
  Line.check(
    z.refine(
      (text) => [...text.matchAll(/\{(\w+)\}/g)].every((m) => (SCREEN_LINE_PLACEHOLDERS[key] as readonly string[]).includes(m[1] as string)),
      `screen line ${key} uses a placeholder it does not declare`,
    ),
  );

/** An object with one short text for each key. */
const texts = <K extends string>(keys: readonly K[], schema: typeof Line) => z.object(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, typeof Line>);

export const ScreenWordsSchema = z.object({
  lines: z.object(Object.fromEntries(lineKeys.map((k) => [k, usesOnly(k)])) as Record<ScreenLineKey, typeof Line>),
  /** The subtitle of each form (the FORMS of schema.ts); the default form has none. */
  forms: z.object({ floor: z.string().check(z.maxLength(0)), easier: Line, chair: Line, chairEasier: Line }),
  phases: texts(PHASE_IDS, Line),
  buttons: texts(BUTTON_IDS, Label),
  /** What is normal and what is not, shown with "it hurts". */
  painLines: z.array(Line).check(z.minLength(1), z.maxLength(3)),
  /** The signs that need medical help at once, one a line. */
  warningSigns: z.array(Line).check(z.minLength(3), z.maxLength(5)),
  /** What to do now, shown when the user names a warning sign. */
  urgentLines: z.array(Line).check(z.minLength(1), z.maxLength(3)),
  /** What to do after a fall, dizziness or something that popped. */
  injuryLines: z.array(Line).check(z.minLength(1), z.maxLength(3)),
  /** Things to say, shown with help. */
  helpPhrases: z.array(Line).check(z.minLength(3), z.maxLength(8)),
});

export type ScreenWords = z.infer<typeof ScreenWordsSchema>;
