// The keys of the words a device with a screen shows: buttons, phases, and each line with its placeholders. Plain
// constants (no schema), so the skill can use them at run time without building the schema (content/screen.ts).

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
