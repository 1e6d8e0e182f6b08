// The routine state: where the user is, their settings, and whether they heard the safety notice. Plain JSON.
import * as z from 'zod/mini';

/** Sides of the body, as stored. */
export const SIDE = { LEFT: 'left', RIGHT: 'right' } as const;
export type Side = (typeof SIDE)[keyof typeof SIDE];

/** Where the routine stands. */
export const STATUS = { IDLE: 'idle', ACTIVE: 'active', PAUSED: 'paused', FINISHED: 'finished' } as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

/** Hold lengths and repetition counts the user can choose. */
export const HOLD_SECONDS = [30, 45, 60] as const;
export const REPETITIONS = [2, 3] as const;

export const SettingsSchema = z.object({
  holdSeconds: z.union([z.literal(30), z.literal(45), z.literal(60)]),
  repetitions: z.union([z.literal(2), z.literal(3)]),
  /** Ids of exercises done in their easier variation. */
  easier: z.array(z.string()).check(z.maxLength(20)),
});

export const RoutineStateSchema = z.object({
  status: z.enum([STATUS.IDLE, STATUS.ACTIVE, STATUS.PAUSED, STATUS.FINISHED]),
  /** Index of the current exercise in the routine (0-based). */
  exercise: z.int().check(z.minimum(0), z.maximum(50)),
  /** 0 for the affected side (or an exercise done once), 1 for the other side. */
  sideIndex: z.union([z.literal(0), z.literal(1)]),
  /** Rounds (repetitions, or sets of a paced movement) of the current side already done when it was interrupted. */
  round: z._default(z.int().check(z.minimum(0), z.maximum(10)), 0),
  affectedSide: z.nullable(z.enum([SIDE.LEFT, SIDE.RIGHT])),
  settings: SettingsSchema,
  safetyNoticeHeard: z.boolean(),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type RoutineState = z.infer<typeof RoutineStateSchema>;

/** What the machine needs to know of an exercise: its sides, and its rounds (a number, or the user's setting). */
export interface ExerciseShape {
  readonly id: string;
  readonly perSide: boolean;
  readonly paced: boolean;
  readonly rounds: number | 'setting';
  readonly easierRounds: number;
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
    affectedSide: null,
    settings: { holdSeconds: 30, repetitions: 2, easier: [] },
    safetyNoticeHeard: false,
  };
}

/** The side being worked at the current position, or null for an exercise done once. Pure. */
export function currentSide(state: RoutineState, shape: RoutineShape): Side | null {
  const exercise = shape.exercises[state.exercise];
  if (!exercise?.perSide) return null;
  const first = state.affectedSide ?? SIDE.RIGHT;
  const other = first === SIDE.LEFT ? SIDE.RIGHT : SIDE.LEFT;
  return state.sideIndex === 0 ? first : other;
}

/** The side that follows the current one within the same exercise, if any. Pure. */
export function nextSideInExercise(state: RoutineState, shape: RoutineShape): Side | null {
  const exercise = shape.exercises[state.exercise];
  if (!exercise?.perSide || state.sideIndex === 1) return null;
  return currentSide({ ...state, sideIndex: 1 }, shape);
}

/** Whether the user is doing the easier variation of the current exercise. Pure. */
export function isEasier(state: RoutineState, shape: RoutineShape): boolean {
  const id = shape.exercises[state.exercise]?.id;
  return id !== undefined && state.settings.easier.includes(id);
}

/** How many rounds the current side has, with the user's settings and easier choices. Pure. */
export function roundsOf(state: RoutineState, shape: RoutineShape): number {
  const exercise = shape.exercises[state.exercise];
  if (!exercise) return 1;
  if (isEasier(state, shape)) return exercise.easierRounds;
  return exercise.rounds === 'setting' ? state.settings.repetitions : exercise.rounds;
}
