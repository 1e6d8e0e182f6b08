// Narration of an exercise from the user's place to its end, both sides in one answer: getting into place, a
// silent settling gap, the stretch, every round with timed holds or counted lifts, and what comes next.
import type { Exercise, Form, PacedDose, Routine } from '../../content/schema';
import { sideAt, sidesOf, type RoutineState, type Settings } from '../routine';
import { holdTimeline } from './hold';
import { shapeOf } from './shape';
import { MAX_AUDIO_CLIPS, SsmlBuilder } from './ssml';
import { fill } from './template';
import { TimelineRecorder, type Timeline } from './timeline';
import { formFor, message, sideVars, sideWord } from './words';

/** Seconds to get ready before each hold or set. */
export const GET_READY_SECONDS = 3;
/** Counting slowly makes each lift half as long again. */
const SLOW_PACE = 1.5;

/** How an exercise is narrated. */
export interface NarrationOptions {
  readonly chimes: boolean;
  /** The short form, for an exercise the user knows: one sentence to get into place and a one-line cue. */
  readonly short: boolean;
  /** Speaking rate in percent, for the timeline's estimate. */
  readonly rate: number;
  /** Say once, before the first settling gap, that "Alexa" interrupts a long answer. */
  readonly tip: boolean;
}

/** A spoken answer and its reprompt. */
export interface Speech {
  readonly speech: SsmlBuilder;
  readonly reprompt: SsmlBuilder;
}

/** A held stretch as narrated: hold length and rounds resolved from the form and the user's settings. */
export interface HoldPlan {
  readonly kind: 'hold';
  readonly holdSeconds: number;
  readonly repetitions: number;
  readonly restSeconds: number;
}

/** The dose in force for a form: its own, or the default with the user's settings and counting pace. Pure. */
export function doseFor(form: Form, settings: Settings): HoldPlan | PacedDose {
  const { dose } = form;
  if (dose.kind === 'fixedHold') return { kind: 'hold', holdSeconds: dose.holdSeconds, repetitions: dose.repetitions, restSeconds: dose.restSeconds };
  if (dose.kind === 'hold') {
    const holdSeconds = Math.min(settings.holdSeconds, dose.maxHoldSeconds ?? settings.holdSeconds);
    return { kind: 'hold', holdSeconds, repetitions: settings.repetitions, restSeconds: dose.restSeconds };
  }
  if (settings.countPace === 'normal') return dose;
  const slow = (seconds: number): number => Math.ceil(seconds * SLOW_PACE);
  return { ...dose, upSeconds: slow(dose.upSeconds), topSeconds: slow(dose.topSeconds), downSeconds: slow(dose.downSeconds) };
}

/** The rounds of one side of a dose: repetitions of a hold, sets of a paced movement. Pure. */
export const roundsIn = (dose: HoldPlan | PacedDose): number => (dose.kind === 'paced' ? dose.sets : dose.repetitions);

interface Narrator {
  readonly out: SsmlBuilder;
  readonly time: TimelineRecorder;
  readonly routine: Routine;
  /** Chime after every round, or only after the last round of each side when there are too many rounds. */
  readonly chimeEvery: boolean;
  readonly chimes: boolean;
}

function chime(n: Narrator, lastOfSide: boolean): void {
  if (n.chimes && (n.chimeEvery || lastOfSide)) n.out.audio(n.routine.chime);
}

function narrateHolds(n: Narrator, dose: HoldPlan, sideIndex: 0 | 1, from: number): void {
  const { out, time, routine } = n;
  const rounds = dose.repetitions;
  for (let round = from; round < rounds; round += 1) {
    const where = { sideIndex, round, rounds };
    if (round > from) {
      out.say(routine.cues.rest);
      time.silence('rest', dose.restSeconds, where);
      out.say(routine.cues.again);
    }
    if (rounds > 1) out.say(fill(routine.cues.repetition, { n: round + 1, total: rounds }));
    out.pause(GET_READY_SECONDS);
    out.say(routine.cues.holdStart);
    time.span('hold', where, () => {
      for (const segment of holdTimeline(dose.holdSeconds)) {
        if (segment.kind === 'pause') out.pause(segment.seconds);
        else if (segment.cue !== 'holdStart' && segment.cue !== 'release') out.say(routine.cues[segment.cue]);
      }
    });
    out.say(routine.cues.release);
    time.mark(sideIndex, round + 1, true);
    chime(n, round === rounds - 1);
  }
}

function narratePaced(n: Narrator, dose: PacedDose, sideIndex: 0 | 1, from: number): void {
  const { out, time, routine } = n;
  const countCue = dose.countCue ?? routine.cues.paceCount;
  const returnCue = dose.returnCue ?? routine.cues.paceDown;
  for (let set = from; set < dose.sets; set += 1) {
    const where = { sideIndex, round: set, rounds: dose.sets };
    if (dose.sets > 1) out.say(fill(routine.cues.setIntro, { n: set + 1, total: dose.sets }));
    out.pause(GET_READY_SECONDS);
    for (let rep = 1; rep <= dose.repetitions; rep += 1) {
      time.span('lift', { ...where, rep, reps: dose.repetitions }, () => {
        out.say(fill(countCue, { n: rep })).pause(dose.upSeconds + dose.topSeconds);
        out.say(returnCue).pause(dose.downSeconds);
      });
    }
    time.mark(sideIndex, set + 1, true);
    chime(n, set === dose.sets - 1);
    if (set < dose.sets - 1) {
      out.say(routine.cues.setRest);
      time.silence('setRest', dose.restSeconds, where);
    }
  }
  out.say(routine.cues.setsDone);
}

/**
 * Getting into place for a side: the words, a silent settling gap, then the stretch itself. A user already in
 * place (they said "ready" in the gap, or asked something mid-hold) hears only the stretch.
 */
function setUp(n: Narrator, form: Form, side: ReturnType<typeof sideAt>, from: { sideIndex: 0 | 1; round: number }, inPlace: boolean, options: NarrationOptions): void {
  const { out, time, routine } = n;
  const vars = sideVars(routine, side);
  const where = { sideIndex: from.sideIndex, round: from.round, rounds: 0 };
  if (!inPlace) {
    time.span('setup', where, () => {
      // The short form trusts a user who knows the way; the full form says to take the time the silence gives.
      if (options.short) out.say(form.getInPlaceShort);
      else for (const sentence of form.getInPlace) out.say(sentence);
      if (!options.short) out.say(routine.cues.takeYourTime);
      if (options.tip) out.say(message(routine, 'wakeWordTip'));
    });
    time.silence('settle', form.settleSeconds, where);
  }
  time.mark(from.sideIndex, from.round, true);
  out.say(routine.cues.whenReady);
  // In place, the user heard the steps moments ago: the one-line cue is enough.
  if (options.short || inPlace) {
    out.say(fill(form.cue, vars));
    return;
  }
  if (side) out.say(message(routine, from.sideIndex === 0 ? 'sideFirst' : 'sideOnly', { side: sideWord(routine, side) }));
  for (const step of form.steps) out.say(fill(step, vars));
  out.say(fill(form.feel, vars)).say(form.avoid);
}

/** The intro line: the exercise and form, with its purpose the first time it is explained in full; none for a user in place. */
function intro(routine: Routine, state: RoutineState, form: Form, options: NarrationOptions): string {
  const exercise = routine.exercises[state.exercise] as Exercise;
  const place = { number: state.exercise + 1, total: routine.exercises.length, name: form.name };
  if (state.inPlace) return '';
  if (options.short) return message(routine, 'exerciseIntroShort', place);
  if (form === exercise.forms.easier || form === exercise.forms.chairEasier) return message(routine, 'easierIntro', place);
  const fromStart = state.sideIndex === 0 && state.round === 0;
  if (fromStart) return message(routine, 'exerciseIntro', { ...place, purpose: form.purpose ?? exercise.purpose });
  return message(routine, 'exerciseIntroBrief', place);
}

/** What to say when the exercise is done: which exercise comes next, or that the routine is done. Pure. */
export function nextPrompt(routine: Routine, state: RoutineState): string {
  const following = routine.exercises[state.exercise + 1];
  if (!following) return message(routine, 'lastDonePrompt');
  return message(routine, 'exerciseDonePrompt', { number: state.exercise + 2, name: formFor(routine, state, state.exercise + 1).name });
}

/**
 * The whole answer for the current exercise from the user's place (side and round) to its end, both sides
 * included, with the timeline of its rounds and segments. Pure.
 */
export function narrateExercise(routine: Routine, state: RoutineState, options: NarrationOptions): Speech & { timeline: Timeline } {
  const shape = shapeOf(routine);
  const form = formFor(routine, state);
  const dose = doseFor(form, state.settings);
  const rounds = roundsIn(dose);
  const sides = sidesOf(shape, state.exercise);
  const from = { sideIndex: state.sideIndex, round: Math.min(state.round, rounds - 1) };
  const roundsHere = rounds * (sides - from.sideIndex) - from.round;
  const out = new SsmlBuilder();
  const time = new TimelineRecorder(out, options.rate);
  const n: Narrator = { out, time, routine, chimes: options.chimes, chimeEvery: roundsHere <= MAX_AUDIO_CLIPS };

  out.say(intro(routine, state, form, options));
  for (let sideIndex = from.sideIndex; sideIndex < sides; sideIndex += 1) {
    const index = sideIndex as 0 | 1;
    const side = sideAt(state, shape, state.exercise, index);
    if (index === from.sideIndex) setUp(n, form, side, from, state.inPlace, options);
    else {
      // From here on the user is on the second side: an interruption places them there, not back on the first.
      time.mark(index, 0, false);
      out.say(message(routine, 'sideNext', { side: side ? sideWord(routine, side) : '' })).say(fill(form.switchSides, sideVars(routine, side)));
      time.silence('settle', form.switchSeconds, { sideIndex: index, round: 0, rounds });
      time.mark(index, 0, true);
    }
    const start = index === from.sideIndex ? from.round : 0;
    if (dose.kind === 'paced') narratePaced(n, dose, index, start);
    else narrateHolds(n, dose, index, start);
  }
  const timeline: Timeline = { exercise: state.exercise, from, marks: time.marks, segments: time.segments, end: time.now() };
  out.say(nextPrompt(routine, state));
  return { speech: out, reprompt: new SsmlBuilder().say(message(routine, 'stepPrompt')), timeline };
}
