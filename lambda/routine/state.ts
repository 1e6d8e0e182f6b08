// The routine state: where the user is, their preferences, and which one-time notices they heard. Plain JSON.
// It holds preferences and a place in the routine only: never a condition, symptom or pain report.
import * as z from 'zod/mini';
import { EXERCISE_ID, type FormName } from '../../content/constants';

/** Sides of the body, as stored. */
export const SIDE = { LEFT: 'left', RIGHT: 'right' } as const;
export type Side = (typeof SIDE)[keyof typeof SIDE];

/** Where the routine stands. */
export const STATUS = { IDLE: 'idle', ACTIVE: 'active', PAUSED: 'paused', FINISHED: 'finished' } as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

/** Hold lengths and repetition counts the user can choose. */
export const HOLD_SECONDS = [30, 45, 60] as const;
export const REPETITIONS = [2, 3] as const;
/** Speaking rates in percent, usual first, each "slower" one step down. */
export const SPEECH_RATES = [100, 90, 80] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];
/** How the lifts of a paced movement are counted. */
export const PACE = { NORMAL: 'normal', SLOW: 'slow' } as const;
export type Pace = (typeof PACE)[keyof typeof PACE];
/** How much of each exercise is explained: full the first days, short once it is known, or as the user chose. */
export const INSTRUCTIONS = { AUTO: 'auto', FULL: 'full', SHORT: 'short' } as const;
export type Instructions = (typeof INSTRUCTIONS)[keyof typeof INSTRUCTIONS];

export const SettingsSchema = z.object({
  holdSeconds: z.union([z.literal(30), z.literal(45), z.literal(60)]),
  repetitions: z.union([z.literal(2), z.literal(3)]),
  /** Ids of exercises done in their gentler form. */
  easier: z.array(z.string().check(z.regex(EXERCISE_ID))).check(z.maxLength(20)),
  /** Every exercise on or by a chair, for people who cannot get down to the floor. */
  chair: z._default(z.boolean(), false),
  speechRate: z._default(z.union([z.literal(100), z.literal(90), z.literal(80)]), 100),
  countPace: z._default(z.enum([PACE.NORMAL, PACE.SLOW]), PACE.NORMAL),
  instructions: z._default(z.enum([INSTRUCTIONS.AUTO, INSTRUCTIONS.FULL, INSTRUCTIONS.SHORT]), INSTRUCTIONS.AUTO),
});

export const RoutineStateSchema = z.object({
  status: z.enum([STATUS.IDLE, STATUS.ACTIVE, STATUS.PAUSED, STATUS.FINISHED]),
  /** Index of the current exercise in the routine (0-based). */
  exercise: z.int().check(z.minimum(0), z.maximum(50)),
  /** 0 for the side done first (or an exercise done once), 1 for the other side. */
  sideIndex: z.union([z.literal(0), z.literal(1)]),
  /** Rounds (repetitions, or sets of a paced movement) of the current side done so far. */
  round: z._default(z.int().check(z.minimum(0), z.maximum(10)), 0),
  /** The side each stretch starts with: a preference, not a health fact. */
  startSide: z._default(z.nullable(z.enum([SIDE.LEFT, SIDE.RIGHT])), null),
  settings: SettingsSchema,
  safetyNoticeHeard: z.boolean(),
  /** Whether the user was told to say "Alexa" first while the skill talks. */
  wakeWordTipHeard: z._default(z.boolean(), false),
  /** Whether the user heard how to get into place for the current side in this session and is there. */
  inPlace: z._default(z.boolean(), false),
  /** When the last narration was due to end (epoch ms): a session closed soon after goes straight on. */
  activeUntil: z._default(z.nullable(z.number()), null),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type RoutineState = z.infer<typeof RoutineStateSchema>;

/** What the machine needs to know of one form of an exercise: its rounds (a number, or the user's setting). */
export interface FormShape {
  readonly paced: boolean;
  readonly rounds: number | 'setting';
}

/** What the machine needs to know of an exercise. */
export interface ExerciseShape {
  readonly id: string;
  readonly perSide: boolean;
  readonly forms: Readonly<Record<FormName, FormShape>>;
}

/** What the machine needs to know of the content. */
export interface RoutineShape {
  readonly exercises: readonly ExerciseShape[];
}

/** The state of a user who has never used the skill. Pure. */
export function initialState(): RoutineState {
  return {
    status: STATUS.IDLE,
    exercise: 0,
    sideIndex: 0,
    round: 0,
    startSide: null,
    settings: { holdSeconds: 30, repetitions: 2, easier: [], chair: false, speechRate: 100, countPace: PACE.NORMAL, instructions: INSTRUCTIONS.AUTO },
    safetyNoticeHeard: false,
    wakeWordTipHeard: false,
    inPlace: false,
    activeUntil: null,
  };
}

/** The side worked at a side index of an exercise, or null for an exercise done once. Pure. */
export function sideAt(state: RoutineState, shape: RoutineShape, exercise: number, sideIndex: 0 | 1): Side | null {
  if (!shape.exercises[exercise]?.perSide) return null;
  const first = state.startSide ?? SIDE.RIGHT;
  const other = first === SIDE.LEFT ? SIDE.RIGHT : SIDE.LEFT;
  return sideIndex === 0 ? first : other;
}

/** The side being worked at the current position, or null for an exercise done once. Pure. */
export function currentSide(state: RoutineState, shape: RoutineShape): Side | null {
  return sideAt(state, shape, state.exercise, state.sideIndex);
}

/** How many sides an exercise has: 2, or 1 for one done once. Pure. */
export function sidesOf(shape: RoutineShape, exercise: number): 1 | 2 {
  return shape.exercises[exercise]?.perSide ? 2 : 1;
}

/** The form of an exercise the user does: on the floor or a chair, gentler or not. Pure. */
export function formOf(state: RoutineState, shape: RoutineShape, exercise = state.exercise): FormName {
  const easier = state.settings.easier.includes(shape.exercises[exercise]?.id ?? '');
  if (state.settings.chair) return easier ? 'chairEasier' : 'chair';
  return easier ? 'easier' : 'floor';
}

/** Whether the user is doing a gentler form of the current exercise. Pure. */
export function isEasier(state: RoutineState, shape: RoutineShape): boolean {
  const form = formOf(state, shape);
  return form === 'easier' || form === 'chairEasier';
}

/** How many rounds each side of an exercise has, with the user's settings and form. Pure. */
export function roundsOf(state: RoutineState, shape: RoutineShape, exercise = state.exercise): number {
  const form = shape.exercises[exercise]?.forms[formOf(state, shape, exercise)];
  if (!form) return 1;
  return form.rounds === 'setting' ? state.settings.repetitions : form.rounds;
}

/** Whether every round of the current side is done. Pure. */
export function sideComplete(state: RoutineState, shape: RoutineShape): boolean {
  return state.round >= roundsOf(state, shape);
}

/** Whether the current exercise is done: its last side complete. Pure. */
export function exerciseComplete(state: RoutineState, shape: RoutineShape): boolean {
  return state.sideIndex === sidesOf(shape, state.exercise) - 1 && sideComplete(state, shape);
}

/** The place the user goes on from: the other side once the first side is done, else where they are. Pure. */
export function placeAhead(state: RoutineState, shape: RoutineShape): RoutineState {
  if (!sideComplete(state, shape) || exerciseComplete(state, shape)) return state;
  return { ...state, sideIndex: 1, round: 0 };
}
