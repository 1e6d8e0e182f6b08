// The routine state machine: a pure, total transition from (state, event) to the next state and one effect.
import { STATUS, HOLD_SECONDS, isEasier, roundsOf, type RoutineShape, type RoutineState, type Side } from './state';

/** Everything the user can do to the routine. `exercise` in goTo is 1-based, as spoken. */
export type RoutineEvent =
  | { type: 'start' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'repeat' }
  | { type: 'skip' }
  | { type: 'goTo'; exercise: number }
  | { type: 'startOver' }
  /** `roundsDone`: rounds of the current side finished before the user interrupted, when known. */
  | { type: 'pause'; roundsDone?: number }
  | { type: 'resume' }
  | { type: 'finish' }
  | { type: 'setSide'; side: Side }
  | { type: 'setHold'; seconds: 30 | 45 | 60 }
  | { type: 'setRepetitions'; count: 2 | 3 }
  | { type: 'easier' }
  | { type: 'harder' }
  | { type: 'noticeHeard' };

/** Why a narration starts where it does, for a word before it. */
export type NarrateNote = 'startOver' | 'skipped' | 'notPaused' | 'resumed';

/** What the caller should do after a transition: data only, nothing is executed here. */
export type Effect =
  | { type: 'narrate'; mode: 'full' | 'brief'; note?: NarrateNote }
  | { type: 'finished' }
  | { type: 'alreadyFinished' }
  | { type: 'atStart' }
  | { type: 'paused' }
  | { type: 'notActive' }
  | { type: 'invalidExercise' }
  | { type: 'settingChanged' }
  | { type: 'easierOn' }
  | { type: 'easierAlready' }
  | { type: 'harderOff' }
  | { type: 'harderHold'; seconds: number }
  | { type: 'harderMax' }
  | { type: 'harderPaced' };

export interface Transition {
  readonly state: RoutineState;
  readonly effect: Effect;
}

const sidesOf = (shape: RoutineShape, exercise: number): number => (shape.exercises[exercise]?.perSide ? 2 : 1);

/** Bring a position back inside the routine (content may have changed since it was saved). Pure. */
export function clampPosition(state: RoutineState, shape: RoutineShape): RoutineState {
  const last = shape.exercises.length - 1;
  const exercise = Math.min(Math.max(state.exercise, 0), last);
  const sideIndex = state.sideIndex < sidesOf(shape, exercise) ? state.sideIndex : 0;
  const moved = exercise !== state.exercise || sideIndex !== state.sideIndex;
  const round = moved ? 0 : Math.min(state.round, roundsOf({ ...state, exercise, sideIndex }, shape));
  return !moved && round === state.round ? state : { ...state, exercise, sideIndex, round };
}

const at = (state: RoutineState, exercise: number, sideIndex: 0 | 1, round = 0): RoutineState => ({
  ...state,
  status: STATUS.ACTIVE,
  exercise,
  sideIndex,
  round,
});

const narrate = (state: RoutineState, mode: 'full' | 'brief', note?: NarrateNote): Transition => ({
  state,
  effect: note ? { type: 'narrate', mode, note } : { type: 'narrate', mode },
});

function advance(state: RoutineState, shape: RoutineShape, wholeExercise: boolean): Transition {
  if (state.status === STATUS.FINISHED) return { state, effect: { type: 'alreadyFinished' } };
  if (state.status === STATUS.IDLE && !wholeExercise) return narrate(at(state, state.exercise, state.sideIndex), 'full');
  if (!wholeExercise && state.sideIndex + 1 < sidesOf(shape, state.exercise)) {
    return narrate(at(state, state.exercise, 1), 'full');
  }
  if (state.exercise + 1 < shape.exercises.length) {
    return narrate(at(state, state.exercise + 1, 0), 'full', wholeExercise ? 'skipped' : undefined);
  }
  return { state: { ...state, status: STATUS.FINISHED }, effect: { type: 'finished' } };
}

function back(state: RoutineState, shape: RoutineShape): Transition {
  if (state.status === STATUS.IDLE) return narrate(at(state, state.exercise, state.sideIndex), 'full');
  if (state.status === STATUS.FINISHED) {
    const last = shape.exercises.length - 1;
    return narrate(at(state, last, sidesOf(shape, last) === 2 ? 1 : 0), 'full');
  }
  if (state.sideIndex === 1) return narrate(at(state, state.exercise, 0), 'full');
  if (state.exercise === 0) return { state: at(state, 0, 0), effect: { type: 'atStart' } };
  const previous = state.exercise - 1;
  return narrate(at(state, previous, sidesOf(shape, previous) === 2 ? 1 : 0), 'full');
}

function harder(state: RoutineState, shape: RoutineShape): Transition {
  const id = shape.exercises[state.exercise]?.id ?? '';
  if (isEasier(state, shape)) {
    const easier = state.settings.easier.filter((e) => e !== id);
    return { state: { ...state, round: 0, settings: { ...state.settings, easier } }, effect: { type: 'harderOff' } };
  }
  if (shape.exercises[state.exercise]?.paced) return { state, effect: { type: 'harderPaced' } };
  const longer = HOLD_SECONDS.find((s) => s > state.settings.holdSeconds);
  if (longer === undefined) return { state, effect: { type: 'harderMax' } };
  return { state: { ...state, settings: { ...state.settings, holdSeconds: longer } }, effect: { type: 'harderHold', seconds: longer } };
}

function easier(state: RoutineState, shape: RoutineShape): Transition {
  if (isEasier(state, shape)) return { state, effect: { type: 'easierAlready' } };
  const id = shape.exercises[state.exercise]?.id ?? '';
  const next = { ...state, round: 0, settings: { ...state.settings, easier: [...state.settings.easier, id] } };
  // A paused user (often after "it hurts") gets the easier version at once; otherwise the status stays.
  return { state: state.status === STATUS.PAUSED ? { ...next, status: STATUS.ACTIVE } : next, effect: { type: 'easierOn' } };
}

/** The next state and effect for an event. Pure and total: every (state, event) gives a valid state. */
export function transition(current: RoutineState, event: RoutineEvent, shape: RoutineShape): Transition {
  const state = clampPosition(current, shape);
  switch (event.type) {
    case 'start':
      if (state.status === STATUS.FINISHED) return narrate(at(state, 0, 0), 'full', 'startOver');
      return narrate(at(state, state.exercise, state.sideIndex), state.status === STATUS.IDLE ? 'full' : 'brief');
    case 'next':
      return advance(state, shape, false);
    case 'skip':
      return advance(state, shape, true);
    case 'previous':
      return back(state, shape);
    case 'repeat':
      if (state.status === STATUS.FINISHED) return { state, effect: { type: 'alreadyFinished' } };
      return narrate(at(state, state.exercise, state.sideIndex), state.status === STATUS.IDLE ? 'full' : 'brief');
    case 'goTo': {
      const index = event.exercise - 1;
      if (!Number.isInteger(index) || index < 0 || index >= shape.exercises.length) {
        return { state, effect: { type: 'invalidExercise' } };
      }
      return narrate(at(state, index, 0), 'full');
    }
    case 'startOver':
      return narrate(at(state, 0, 0), 'full', 'startOver');
    case 'pause': {
      if (state.status !== STATUS.ACTIVE) return { state, effect: { type: 'notActive' } };
      const round = Math.min(Math.max(Math.floor(event.roundsDone ?? state.round), 0), roundsOf(state, shape));
      return { state: { ...state, status: STATUS.PAUSED, round }, effect: { type: 'paused' } };
    }
    case 'resume':
      if (state.status === STATUS.FINISHED) return { state, effect: { type: 'alreadyFinished' } };
      if (state.status === STATUS.IDLE) return narrate(at(state, state.exercise, state.sideIndex), 'full');
      // Every round of this side was done before the pause: go on to what comes next.
      if (state.round >= roundsOf(state, shape)) return advance({ ...state, status: STATUS.ACTIVE }, shape, false);
      return narrate(at(state, state.exercise, state.sideIndex, state.round), 'brief', state.status === STATUS.PAUSED ? 'resumed' : 'notPaused');
    case 'finish':
      if (state.status === STATUS.FINISHED) return { state, effect: { type: 'alreadyFinished' } };
      if (state.status === STATUS.IDLE) return { state, effect: { type: 'notActive' } };
      return { state: { ...state, status: STATUS.FINISHED }, effect: { type: 'finished' } };
    case 'setSide':
      return { state: { ...state, affectedSide: event.side }, effect: { type: 'settingChanged' } };
    case 'setHold':
      return { state: { ...state, settings: { ...state.settings, holdSeconds: event.seconds } }, effect: { type: 'settingChanged' } };
    case 'setRepetitions':
      return { state: { ...state, settings: { ...state.settings, repetitions: event.count } }, effect: { type: 'settingChanged' } };
    case 'easier':
      return easier(state, shape);
    case 'harder':
      return harder(state, shape);
    case 'noticeHeard':
      return { state: { ...state, safetyNoticeHeard: true }, effect: { type: 'settingChanged' } };
  }
}
