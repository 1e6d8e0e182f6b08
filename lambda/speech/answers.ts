// Every answer the skill gives, composed from content: pure functions from state to speech and reprompt.
import type { Exercise, MessageKey, Routine } from '../../content/schema';
import { currentStreak, daysBetween, type Progress } from '../progress';
import { STATUS, currentSide, roundsOf, type RoutineState, type Effect } from '../routine';
import { narrateSide, type Timeline } from './narration';
import { shapeOf } from './shape';
import { SsmlBuilder } from './ssml';
import { fill } from './template';
import { message, positionVars, sideVars, spokenList } from './words';

/**
 * What a device with a screen shows with an answer (see lambda/display): the exercise narrated or explained
 * (with `show`), or one of the other screens. Without one, the screen shows where the routine stands.
 */
export type ScreenKind = 'welcome' | 'askSide' | 'resume' | 'exercise' | 'explain' | 'paused' | 'pain' | 'warningSigns' | 'finished' | 'help';

/** What to say, and the reprompt; a null reprompt ends the session. */
export interface Answer {
  readonly speech: SsmlBuilder;
  readonly reprompt: SsmlBuilder | null;
  /** Index of the exercise a device with a screen should show with this answer. */
  readonly show?: number;
  /** The timeline of the side this answer narrates, if it narrates one. */
  readonly timeline?: Timeline;
  /** The screen to show; the exercise `show` names when it is set and this is not. */
  readonly screen?: ScreenKind;
}

/** SSML that speaks the given texts in order. Pure. */
export const spoken = (...texts: string[]): SsmlBuilder => texts.reduce((b, t) => b.say(t), new SsmlBuilder());
const say = spoken;

/** An answer made of two content messages: what to say, and the reprompt (null ends the session). Pure. */
export function keyedAnswer(routine: Routine, key: MessageKey, repromptKey: MessageKey | null): Answer {
  return { speech: say(message(routine, key)), reprompt: repromptKey ? say(message(routine, repromptKey)) : null };
}

/** The reprompt that fits where the user is. Pure. */
export function repromptFor(routine: Routine, state: RoutineState): SsmlBuilder {
  if (state.status === STATUS.IDLE) return say(message(routine, 'notStartedReprompt'));
  if (state.status === STATUS.FINISHED) return say(message(routine, 'startAgainOffer'));
  if (state.status === STATUS.PAUSED) return say(message(routine, 'pausedReprompt'));
  return say(message(routine, 'stepPrompt'));
}

/** An answer that keeps the session open with the reprompt that fits the state. Pure. */
export function openAnswer(routine: Routine, state: RoutineState, ...texts: string[]): Answer {
  return { speech: say(...texts), reprompt: repromptFor(routine, state) };
}

/** What finishing adds: the count or streak, then the closing advice and goodbye. Pure. */
export function finishedAnswer(routine: Routine, progress: Progress, today: string): Answer {
  const streak = currentStreak(progress, today);
  const count = progress.completed <= 1 ? message(routine, 'finishedFirst') : message(routine, 'finishedCount', { count: progress.completed });
  const speech = say(message(routine, 'finished'), count);
  if (streak > 1) speech.say(message(routine, 'finishedStreak', { streak }));
  speech.say(message(routine, 'closing')).say(message(routine, 'goodbye'));
  return { speech, reprompt: null, screen: 'finished' };
}

const NOTES = { startOver: 'startingOver', resumed: 'resumeIntro', notPaused: 'nothingPaused' } as const;

/**
 * The answer to a routine transition: narration of the new side, or a short word on why nothing moved.
 * `before` is the state the event was applied to. Pure.
 */
export function effectAnswer(
  routine: Routine,
  before: RoutineState,
  after: RoutineState,
  effect: Effect,
  context: { chimes: boolean; progress: Progress; today: string },
): Answer {
  switch (effect.type) {
    case 'narrate': {
      const side = narrateSide(routine, after, { mode: effect.mode, chimes: context.chimes });
      const intro = new SsmlBuilder();
      if (effect.note === 'skipped') intro.say(message(routine, 'skipping', { name: routine.exercises[before.exercise]?.name ?? '' }));
      else if (effect.note) intro.say(message(routine, NOTES[effect.note]));
      return { speech: intro.append(side.speech), reprompt: side.reprompt, show: after.exercise, timeline: side.timeline };
    }
    case 'finished':
      return finishedAnswer(routine, context.progress, context.today);
    case 'alreadyFinished':
      return openAnswer(routine, after, message(routine, 'alreadyFinished'), message(routine, 'startAgainOffer'));
    case 'atStart':
      return openAnswer(routine, after, message(routine, 'atStart'), message(routine, 'stepPrompt'));
    case 'paused': {
      const sideDone = after.round >= roundsOf(after, shapeOf(routine));
      return { ...openAnswer(routine, after, message(routine, sideDone ? 'pausedAfter' : 'pausedPlace', positionVars(routine, after))), screen: 'paused' };
    }
    case 'notActive':
      return after.status === STATUS.PAUSED
        ? openAnswer(routine, after, message(routine, 'pausedPlace', positionVars(routine, after)))
        : helpAnswer(routine, after);
    case 'invalidExercise':
      return openAnswer(routine, after, message(routine, 'goToInvalid', { total: routine.exercises.length }));
    case 'easierOn':
    case 'harderOff': {
      const lead = message(routine, effect.type);
      if (after.status !== STATUS.ACTIVE) return openAnswer(routine, after, lead, message(routine, 'settingsPrompt'));
      const side = narrateSide(routine, after, { mode: 'brief', chimes: context.chimes });
      return { speech: say(lead).append(side.speech), reprompt: side.reprompt, show: after.exercise, timeline: side.timeline };
    }
    case 'harderHold':
      return openAnswer(routine, after, message(routine, 'harderHold', { seconds: effect.seconds }), message(routine, 'settingsPrompt'));
    case 'easierAlready':
    case 'harderMax':
    case 'harderPaced':
      return openAnswer(routine, after, message(routine, effect.type));
    case 'settingChanged':
      return openAnswer(routine, after, message(routine, 'settingsPrompt'));
  }
}

/** Help that fits where the user is. Pure. */
export function helpAnswer(routine: Routine, state: RoutineState): Answer {
  const help = (text: string): Answer => ({ ...openAnswer(routine, state, text), screen: 'help' });
  if (state.status === STATUS.FINISHED) return help(message(routine, 'helpFinished'));
  if (state.status === STATUS.IDLE) return help(message(routine, 'helpIdle'));
  return help(message(routine, 'helpActive', positionVars(routine, state)));
}

/** How to do one exercise (its easier form if chosen), for the current or affected side. Pure. */
export function explainAnswer(routine: Routine, state: RoutineState, index: number): Answer {
  const exercise = routine.exercises[index] as Exercise;
  const here = index === state.exercise ? currentSide(state, shapeOf(routine)) : null;
  const vars = sideVars(routine, exercise.perSide ? (here ?? state.affectedSide ?? 'right') : null);
  const easier = state.settings.easier.includes(exercise.id);
  const steps = easier ? exercise.easier.steps : [exercise.getInPlace, ...exercise.steps];
  const speech = say(message(routine, 'explainIntro', { name: easier ? exercise.easier.name : exercise.name }), exercise.purpose);
  for (const step of steps) speech.say(fill(step, vars));
  speech.say(message(routine, 'explainFeel', { feel: fill(exercise.feel, vars) }));
  speech.say(message(routine, 'explainAvoid', { avoid: exercise.avoid }));
  const active = state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED;
  speech.say(message(routine, active ? 'explainPrompt' : 'explainPromptIdle'));
  return { speech, reprompt: repromptFor(routine, state), show: index, screen: 'explain' };
}

/** The four exercise names as a spoken list. Pure. */
export function exerciseList(routine: Routine, from = 0): string {
  return spokenList(routine, routine.exercises.slice(from).map((e) => e.name));
}

/** Why an exercise helps, or the general reason when none is meant. Pure. */
export function whyAnswer(routine: Routine, state: RoutineState, index: number | null): Answer {
  const exercise = index === null ? undefined : routine.exercises[index];
  if (!exercise) return openAnswer(routine, state, message(routine, 'whyGeneral'));
  return openAnswer(routine, state, message(routine, 'whyIntro', { name: exercise.name }), exercise.whyItHelps);
}

/** How many exercises are left. Pure. */
export function leftAnswer(routine: Routine, state: RoutineState): Answer {
  const total = routine.exercises.length;
  if (state.status === STATUS.FINISHED) return openAnswer(routine, state, message(routine, 'leftNone'));
  if (state.status === STATUS.IDLE) return openAnswer(routine, state, message(routine, 'leftIdle', { total, list: exerciseList(routine) }));
  const count = total - state.exercise;
  if (count === 1) return openAnswer(routine, state, message(routine, 'leftOne', { name: routine.exercises[state.exercise]?.name ?? '' }));
  return openAnswer(routine, state, message(routine, 'leftCount', { count, list: exerciseList(routine, state.exercise) }));
}

/** "How am I doing": completed routines, when the last was, and the streak. Pure. */
export function progressAnswer(routine: Routine, state: RoutineState, progress: Progress, today: string): Answer {
  if (progress.completed === 0 || progress.lastDate === null) return openAnswer(routine, state, message(routine, 'progressNone'));
  const days = daysBetween(progress.lastDate, today);
  const when = days <= 0 ? message(routine, 'today') : days === 1 ? message(routine, 'yesterday') : message(routine, 'daysAgo', { days });
  const count = progress.completed === 1 ? message(routine, 'progressOne', { when }) : message(routine, 'progressSome', { count: progress.completed, when });
  const streak = currentStreak(progress, today);
  return openAnswer(routine, state, count, ...(streak > 1 ? [message(routine, 'progressStreak', { streak })] : []));
}

/** The answer to "it hurts": stop, what is normal, the red flags, and gentler options. Pure. */
export function painAnswer(routine: Routine): Answer {
  return { speech: say(message(routine, 'painAnswer'), message(routine, 'painPrompt')), reprompt: say(message(routine, 'painPrompt')), screen: 'pain' };
}

/** Questions the skill can be waiting on an answer to, for Yes and No. */
export type Pending = 'resume' | 'startOver' | 'begin' | 'side';

/** The launch greeting: safety notice the first time, the saved place after that. Pure. */
export function welcomeAnswer(routine: Routine, state: RoutineState): Answer & { pending: Pending } {
  if (!state.safetyNoticeHeard) {
    const speech = say(message(routine, 'welcomeFirst'), message(routine, 'safetyNotice'));
    if (state.affectedSide === null) {
      return { speech: speech.say(message(routine, 'askSide')), reprompt: say(message(routine, 'askSideReprompt')), pending: 'side', screen: 'askSide' };
    }
    return { speech: speech.say(message(routine, 'welcomeAgain')), reprompt: say(message(routine, 'welcomeAgainReprompt')), pending: 'begin', screen: 'welcome' };
  }
  if (state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED) {
    const rounds = roundsOf(state, shapeOf(routine));
    const key = state.round >= rounds ? 'welcomeBackDone' : state.round > 0 ? 'welcomeBackRound' : 'welcomeBack';
    return {
      speech: say(message(routine, key, { ...positionVars(routine, state), round: state.round, rounds })),
      reprompt: say(message(routine, 'welcomeBackReprompt')),
      pending: 'resume',
      screen: 'resume',
    };
  }
  return { speech: say(message(routine, 'welcomeAgain')), reprompt: say(message(routine, 'welcomeAgainReprompt')), pending: 'begin', screen: 'welcome' };
}
