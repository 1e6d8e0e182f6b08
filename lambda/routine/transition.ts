// The routine state machine: a pure, total transition from (state, event) to the next state and one effect.
import {
  HOLD_SECONDS, SPEECH_RATES, STATUS, exerciseComplete, formOf, isEasier, roundsOf, sideComplete, sidesOf,
  type Instructions, type Pace, type RoutineShape, type RoutineState, type Side,
} from './state';

/** Everything the user can do to the routine. `exercise` in goTo is 1-based, as spoken. */
export type RoutineEvent =
  /** "Start", "ready", "let's go": begin, or carry on from where the user is. */
  | { type: 'start' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'repeat' }
  | { type: 'skip' }
  | { type: 'goTo'; exercise: number }
  | { type: 'startOver' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'finish' }
  /** How far the narration of the previous turn got: the side and rounds heard, and whether the user got into place. */
  | { type: 'heard'; sideIndex: 0 | 1; round: number; inPlace?: boolean }
  /** "The other side", "do the left side". */
  | { type: 'switchSide'; side?: Side }
  | { type: 'setStartSide'; side: Side }
  | { type: 'setHold'; seconds: 30 | 45 | 60 }
  | { type: 'setRepetitions'; count: 2 | 3 }
  | { type: 'easier' }
  | { type: 'harder' }
  | { type: 'setChair'; on: boolean }
  | { type: 'setSpeechRate'; change: 'slower' | 'normal' }
  | { type: 'setCountPace'; pace: Pace }
  | { type: 'setInstructions'; instructions: Exclude<Instructions, 'auto'> }
  | { type: 'noticeHeard' }
  | { type: 'tipHeard' };

/** Why a narration starts where it does, for a word before it. */
export type NarrateNote = 'startOver' | 'skipped' | 'resumed';

/** What a settings change says, named as the content message that says it. */
export type SettingNote =
  | 'easierOn' | 'easierAlready' | 'harderOff' | 'harderMax' | 'harderPaced' | 'chairOn' | 'chairAlready' | 'floorOn'
  | 'floorAlready' | 'speedSlower' | 'speedSlowest' | 'speedNormal' | 'speedAlreadyNormal' | 'countSlower'
  | 'countSlowAlready' | 'countNormal' | 'instructionsFull' | 'instructionsShort';

/** What the caller should do after a transition: data only, nothing is executed here. */
export type Effect =
  | { type: 'narrate'; note?: NarrateNote }
  | { type: 'finished' }
  | { type: 'alreadyFinished' }
  | { type: 'atStart' }
  | { type: 'paused' }
  | { type: 'notActive' }
  | { type: 'invalidExercise' }
  | { type: 'noSides' }
  | { type: 'bothSidesDone' }
  | { type: 'settingChanged' }
  /** A setting said aloud; `narrate` when the current exercise is narrated again in its new form. */
  | { type: 'setting'; note: SettingNote; narrate: boolean }
  | { type: 'harderHold'; seconds: number }
  | { type: 'unchanged' };

export interface Transition {
  readonly state: RoutineState;
  readonly effect: Effect;
}

/** Bring a position back inside the routine (content may have changed since it was saved). Pure. */
export function clampPosition(state: RoutineState, shape: RoutineShape): RoutineState {
  const last = shape.exercises.length - 1;
  const exercise = Math.min(Math.max(state.exercise, 0), last);
  const sideIndex = state.sideIndex < sidesOf(shape, exercise) ? state.sideIndex : 0;
  const moved = exercise !== state.exercise || sideIndex !== state.sideIndex;
  const round = moved ? 0 : Math.min(state.round, roundsOf({ ...state, exercise, sideIndex }, shape, exercise));
  return !moved && round === state.round ? state : { ...state, exercise, sideIndex, round };
}

/** The routine under way at a place; the user gets into place again unless told they are there. */
const at = (state: RoutineState, exercise: number, sideIndex: 0 | 1, round = 0, inPlace = false): RoutineState => ({
  ...state,
  status: STATUS.ACTIVE,
  exercise,
  sideIndex,
  round,
  inPlace,
});

const narrate = (state: RoutineState, note?: NarrateNote): Transition => ({ state, effect: note ? { type: 'narrate', note } : { type: 'narrate' } });
const same = (state: RoutineState, effect: Effect): Transition => ({ state, effect });

/** The next side of this exercise, else the next exercise, else the end. */
function advance(state: RoutineState, shape: RoutineShape, wholeExercise: boolean, note?: NarrateNote): Transition {
  if (!wholeExercise && state.sideIndex + 1 < sidesOf(shape, state.exercise)) return narrate(at(state, state.exercise, 1), note);
  if (state.exercise + 1 < shape.exercises.length) return narrate(at(state, state.exercise + 1, 0), wholeExercise ? 'skipped' : note);
  return same({ ...state, status: STATUS.FINISHED, round: roundsOf(state, shape) }, { type: 'finished' });
}

/** Carry on from where the user is: what comes next if this side is done, else the round reached. */
function carryOn(state: RoutineState, shape: RoutineShape): Transition {
  if (state.status === STATUS.FINISHED) return same(state, { type: 'alreadyFinished' });
  if (state.status === STATUS.IDLE) return narrate(at(state, state.exercise, state.sideIndex));
  const note = state.status === STATUS.PAUSED ? 'resumed' : undefined;
  if (sideComplete(state, shape)) return advance({ ...state, status: STATUS.ACTIVE }, shape, false, note);
  // Still on the same side: a user who got into place stays there ("ready" mid-hold does not replay the set-up).
  return narrate(at(state, state.exercise, state.sideIndex, state.round, state.inPlace), note);
}

function back(state: RoutineState, shape: RoutineShape): Transition {
  if (state.status === STATUS.IDLE) return narrate(at(state, state.exercise, state.sideIndex));
  if (state.status === STATUS.FINISHED) return narrate(at(state, shape.exercises.length - 1, 0));
  if (state.sideIndex === 1) return narrate(at(state, state.exercise, 0));
  if (state.exercise === 0) return same(at(state, 0, 0), { type: 'atStart' });
  return narrate(at(state, state.exercise - 1, 0));
}

/** After a change of form: narrate the exercise again in it when the routine is under way. */
function reform(state: RoutineState, shape: RoutineShape, note: SettingNote): Transition {
  const moving = state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED;
  // The side being done starts again in the new form; an exercise just finished is done again from its first side.
  const sideIndex = exerciseComplete(state, shape) ? 0 : state.sideIndex;
  // A new form is a new position: the user gets into place again.
  const next = { ...state, sideIndex, round: 0, inPlace: false, ...(moving ? { status: STATUS.ACTIVE } : {}) };
  return same(next, { type: 'setting', note, narrate: moving });
}

function harder(state: RoutineState, shape: RoutineShape): Transition {
  const id = shape.exercises[state.exercise]?.id ?? '';
  if (isEasier(state, shape)) return reform({ ...state, settings: { ...state.settings, easier: state.settings.easier.filter((e) => e !== id) } }, shape, 'harderOff');
  if (shape.exercises[state.exercise]?.forms[formOf(state, shape)].paced) return same(state, { type: 'setting', note: 'harderPaced', narrate: false });
  const longer = HOLD_SECONDS.find((s) => s > state.settings.holdSeconds);
  if (longer === undefined) return same(state, { type: 'setting', note: 'harderMax', narrate: false });
  return same({ ...state, settings: { ...state.settings, holdSeconds: longer } }, { type: 'harderHold', seconds: longer });
}

function easier(state: RoutineState, shape: RoutineShape): Transition {
  if (isEasier(state, shape)) return same(state, { type: 'setting', note: 'easierAlready', narrate: false });
  const id = shape.exercises[state.exercise]?.id ?? '';
  return reform({ ...state, settings: { ...state.settings, easier: [...state.settings.easier, id] } }, shape, 'easierOn');
}

function chair(state: RoutineState, shape: RoutineShape, on: boolean): Transition {
  if (state.settings.chair === on) return same(state, { type: 'setting', note: on ? 'chairAlready' : 'floorAlready', narrate: false });
  return reform({ ...state, settings: { ...state.settings, chair: on } }, shape, on ? 'chairOn' : 'floorOn');
}

function speechRate(state: RoutineState, change: 'slower' | 'normal'): Transition {
  const rate = state.settings.speechRate;
  if (change === 'normal') {
    // The usual speed of talking and of counting.
    const already = rate === SPEECH_RATES[0] && state.settings.countPace === 'normal';
    const settings = { ...state.settings, speechRate: SPEECH_RATES[0], countPace: 'normal' as const };
    return same({ ...state, settings }, { type: 'setting', note: already ? 'speedAlreadyNormal' : 'speedNormal', narrate: false });
  }
  const slower = SPEECH_RATES.find((r) => r < rate);
  if (slower === undefined) return same(state, { type: 'setting', note: 'speedSlowest', narrate: false });
  return same({ ...state, settings: { ...state.settings, speechRate: slower } }, { type: 'setting', note: 'speedSlower', narrate: false });
}

function countPace(state: RoutineState, pace: Pace): Transition {
  const note = pace === 'normal' ? 'countNormal' : state.settings.countPace === 'slow' ? 'countSlowAlready' : 'countSlower';
  return same({ ...state, settings: { ...state.settings, countPace: pace } }, { type: 'setting', note, narrate: false });
}

/** Moves forward to what the user heard, never back, and only while the routine is under way. */
function heard(state: RoutineState, shape: RoutineShape, sideIndex: 0 | 1, round: number, inPlace: boolean): RoutineState {
  if (state.status !== STATUS.ACTIVE || sideIndex >= sidesOf(shape, state.exercise)) return state;
  const samePlace = sideIndex === state.sideIndex && round === state.round;
  if (samePlace) return inPlace && !state.inPlace ? { ...state, inPlace } : state;
  const ahead = sideIndex > state.sideIndex || (sideIndex === state.sideIndex && round > state.round);
  if (!ahead) return state;
  return { ...state, sideIndex, inPlace, round: Math.min(Math.max(Math.floor(round), 0), roundsOf({ ...state, sideIndex }, shape)) };
}

function switchSide(state: RoutineState, shape: RoutineShape, side: Side | undefined): Transition {
  if (sidesOf(shape, state.exercise) === 1) return same(state, { type: 'noSides' });
  if (exerciseComplete(state, shape) && state.status !== STATUS.IDLE) return same(state, { type: 'bothSidesDone' });
  const first = state.startSide ?? 'right';
  const target: 0 | 1 = side === undefined ? (state.sideIndex === 0 ? 1 : 0) : side === first ? 0 : 1;
  return narrate(at(state, state.exercise, target));
}

/** The next state and effect for an event. Pure and total: every (state, event) gives a valid state. */
export function transition(current: RoutineState, event: RoutineEvent, shape: RoutineShape): Transition {
  const next = step(clampPosition(current, shape), event, shape);
  // A setting can leave fewer rounds than the place had (three rounds down to two): the place comes back inside.
  const inside = clampPosition(next.state, shape);
  return inside === next.state ? next : { ...next, state: inside };
}

function step(state: RoutineState, event: RoutineEvent, shape: RoutineShape): Transition {
  const setting = (settings: Partial<RoutineState['settings']>): Transition =>
    same({ ...state, settings: { ...state.settings, ...settings } }, { type: 'settingChanged' });
  switch (event.type) {
    case 'start':
      // A finished routine begins again from the top (a new day's routine), without "starting over".
      if (state.status === STATUS.FINISHED) return narrate(at(state, 0, 0));
      return carryOn(state, shape);
    case 'resume':
      return carryOn(state, shape);
    case 'next':
      if (state.status === STATUS.FINISHED) return same(state, { type: 'alreadyFinished' });
      if (state.status === STATUS.IDLE) return narrate(at(state, state.exercise, state.sideIndex));
      return advance(state, shape, false);
    case 'skip':
      if (state.status === STATUS.FINISHED) return same(state, { type: 'alreadyFinished' });
      return advance(state, shape, true);
    case 'previous':
      return back(state, shape);
    case 'repeat':
      if (state.status === STATUS.FINISHED) return same(state, { type: 'alreadyFinished' });
      return narrate(at(state, state.exercise, exerciseComplete(state, shape) ? 0 : state.sideIndex));
    case 'goTo': {
      const index = event.exercise - 1;
      if (!Number.isInteger(index) || index < 0 || index >= shape.exercises.length) return same(state, { type: 'invalidExercise' });
      return narrate(at(state, index, 0));
    }
    case 'startOver':
      return narrate(at(state, 0, 0), 'startOver');
    case 'pause':
      if (state.status !== STATUS.ACTIVE) return same(state, { type: 'notActive' });
      return same({ ...state, status: STATUS.PAUSED }, { type: 'paused' });
    case 'finish':
      if (state.status === STATUS.FINISHED) return same(state, { type: 'alreadyFinished' });
      if (state.status === STATUS.IDLE) return same(state, { type: 'notActive' });
      return same({ ...state, status: STATUS.FINISHED }, { type: 'finished' });
    case 'heard':
      return same(heard(state, shape, event.sideIndex, event.round, event.inPlace ?? false), { type: 'unchanged' });
    case 'switchSide':
      return switchSide(state, shape, event.side);
    case 'setStartSide':
      return same({ ...state, startSide: event.side }, { type: 'settingChanged' });
    case 'setHold':
      return setting({ holdSeconds: event.seconds });
    case 'setRepetitions':
      return setting({ repetitions: event.count });
    case 'easier':
      return easier(state, shape);
    case 'harder':
      return harder(state, shape);
    case 'setChair':
      return chair(state, shape, event.on);
    case 'setSpeechRate':
      return speechRate(state, event.change);
    case 'setCountPace':
      return countPace(state, event.pace);
    case 'setInstructions':
      return same(
        { ...state, settings: { ...state.settings, instructions: event.instructions } },
        { type: 'setting', note: event.instructions === 'full' ? 'instructionsFull' : 'instructionsShort', narrate: false },
      );
    case 'noticeHeard':
      return same({ ...state, safetyNoticeHeard: true }, { type: 'unchanged' });
    case 'tipHeard':
      return same({ ...state, wakeWordTipHeard: true }, { type: 'unchanged' });
  }
}
