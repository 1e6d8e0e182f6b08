// Narration of one side of one exercise: setup, every repetition with timed holds, and what comes next.
import type { Exercise, FixedHoldDose, PacedDose, Routine } from '../../content/schema';
import { currentSide, isEasier, nextSideInExercise, type RoutineState, type Settings } from '../routine';
import { holdTimeline } from './hold';
import { shapeOf } from './shape';
import { SsmlBuilder } from './ssml';
import { fill } from './template';
import { message, positionVars, sideVars, sideWord } from './words';

/** Seconds to get into position before the first hold and after each rest. */
export const GET_READY_SECONDS = 3;

/** How a side is narrated: in full the first time, shorter on repeat or resume; chimes mark each hold. */
export interface NarrationOptions {
  readonly mode: 'full' | 'brief';
  readonly chimes: boolean;
}

/** A spoken answer and its reprompt. */
export interface Speech {
  readonly speech: SsmlBuilder;
  readonly reprompt: SsmlBuilder;
}

type Dose = FixedHoldDose | PacedDose;

/** The dose in force for an exercise: the easier variation's, or the default with the user's settings. Pure. */
export function doseFor(exercise: Exercise, settings: Settings, easier: boolean): Dose {
  if (easier) return exercise.easier.dose;
  if (exercise.dose.kind === 'paced') return exercise.dose;
  return { ...exercise.dose, holdSeconds: settings.holdSeconds, repetitions: settings.repetitions };
}

/** When each round of a narration starts and when the last one ends, in estimated seconds from its start. */
export interface Timeline {
  /** The round the narration starts at (0 unless it picks up after an interruption). */
  readonly firstRound: number;
  readonly roundStarts: number[];
  readonly end: number;
}

function narrateHolds(out: SsmlBuilder, routine: Routine, dose: FixedHoldDose, chimes: boolean, from: number, starts: number[]): void {
  const chimeStart = chimes && dose.repetitions * 2 <= 5;
  for (let n = from + 1; n <= dose.repetitions; n += 1) {
    if (n > from + 1) out.say(routine.cues.rest).pause(dose.restSeconds).say(routine.cues.again);
    starts.push(out.estimatedSeconds());
    if (dose.repetitions > 1) out.say(fill(routine.cues.repetition, { n, total: dose.repetitions }));
    out.pause(GET_READY_SECONDS);
    if (chimeStart) out.audio(routine.chime);
    for (const segment of holdTimeline(dose.holdSeconds)) {
      if (segment.kind === 'pause') out.pause(segment.seconds);
      else out.say(routine.cues[segment.cue]);
      if (chimes && segment.kind === 'cue' && segment.cue === 'release') out.audio(routine.chime);
    }
  }
}

function narratePaced(out: SsmlBuilder, routine: Routine, dose: PacedDose, chimes: boolean, from: number, starts: number[]): void {
  for (let set = from + 1; set <= dose.sets; set += 1) {
    starts.push(out.estimatedSeconds());
    if (dose.sets > 1) out.say(fill(routine.cues.setIntro, { n: set, total: dose.sets }));
    out.pause(GET_READY_SECONDS);
    for (let n = 1; n <= dose.repetitions; n += 1) {
      out.say(fill(routine.cues.paceCount, { n })).pause(dose.upSeconds + dose.topSeconds);
      out.say(routine.cues.paceDown).pause(dose.downSeconds);
    }
    if (chimes) out.audio(routine.chime);
    if (set < dose.sets) out.say(routine.cues.setRest).pause(dose.restSeconds);
  }
  out.say(routine.cues.setsDone);
}

function setup(out: SsmlBuilder, routine: Routine, state: RoutineState, mode: 'full' | 'brief'): void {
  const exercise = routine.exercises[state.exercise] as Exercise;
  const side = currentSide(state, shapeOf(routine));
  const vars = sideVars(routine, side);
  const pos = positionVars(routine, state);
  const easier = isEasier(state, shapeOf(routine));
  const firstSide = state.sideIndex === 0;

  if (easier) out.say(message(routine, 'easierIntro', { ...pos, name: exercise.easier.name }));
  else if (firstSide && mode === 'full') out.say(message(routine, 'exerciseIntro', { ...pos, purpose: exercise.purpose }));
  else out.say(message(routine, 'exerciseIntroBrief', pos));
  if (side) out.say(message(routine, 'sideIntro', { side: sideWord(routine, side) }));

  if (easier) {
    for (const step of exercise.easier.steps) out.say(fill(step, vars));
  } else if (firstSide) {
    out.say(exercise.getInPlace);
    for (const step of exercise.steps) out.say(fill(step, vars));
  } else {
    out.say(fill(exercise.switchSides, vars));
  }
  if (mode === 'full' && !easier) out.say(fill(exercise.feel, vars));
  if (mode === 'full' && firstSide && !easier) out.say(exercise.avoid);
}

/** What to say after a side: which side or exercise comes next. Pure. */
export function nextPrompt(routine: Routine, state: RoutineState): string {
  const shape = shapeOf(routine);
  const side = currentSide(state, shape);
  const nextSide = nextSideInExercise(state, shape);
  if (side && nextSide) {
    return message(routine, 'sideDonePrompt', { side: sideWord(routine, side), nextSide: sideWord(routine, nextSide) });
  }
  const following = routine.exercises[state.exercise + 1];
  if (!following) return message(routine, 'lastDonePrompt');
  return message(routine, 'exerciseDonePrompt', { number: state.exercise + 2, name: following.name });
}

/**
 * The whole response for the current side: setup, its timed rounds from `state.round` on, and the prompt for
 * what follows; with the timeline of its rounds, so an interruption can tell how far the user got. Pure.
 */
export function narrateSide(routine: Routine, state: RoutineState, options: NarrationOptions): Speech & { timeline: Timeline } {
  const exercise = routine.exercises[state.exercise] as Exercise;
  const speech = new SsmlBuilder();
  setup(speech, routine, state, options.mode);
  const dose = doseFor(exercise, state.settings, isEasier(state, shapeOf(routine)));
  const from = Math.min(state.round, (dose.kind === 'paced' ? dose.sets : dose.repetitions) - 1);
  const roundStarts: number[] = [];
  if (dose.kind === 'paced') narratePaced(speech, routine, dose, options.chimes, from, roundStarts);
  else narrateHolds(speech, routine, dose, options.chimes, from, roundStarts);
  const timeline = { firstRound: from, roundStarts, end: speech.estimatedSeconds() };
  speech.say(nextPrompt(routine, state));
  return { speech, reprompt: new SsmlBuilder().say(message(routine, 'stepPrompt')), timeline };
}

/** Rounds finished `elapsed` seconds after a narration began (all of them once it has ended). Pure. */
export function roundsDoneAt(timeline: Timeline, elapsed: number): number {
  const ends = [...timeline.roundStarts.slice(1), timeline.end];
  return timeline.firstRound + ends.filter((end) => end <= elapsed).length;
}
