// The answers to routine transitions, composed from content: pure functions from state to speech and reprompt.
import type { Directive } from 'ask-sdk-model';
import type { MessageKey, Routine } from '../../content/schema';
import type { MessageArgs } from '../../content/messages';
import { WEEKLY_GOAL, currentStreak, knowsExercise, type Progress } from '../progress';
import { STATUS, exerciseComplete, placeAhead, type Effect, type RoutineState } from '../routine';
import { finishedWeekLine, firstGoalLine } from './comeback';
import { narrateExercise, nextPrompt } from './narration';
import { shapeOf } from './shape';
import { SsmlBuilder } from './ssml';
import type { Timeline } from './timeline';
import { message, positionVars } from './words';

/**
 * What a device with a screen shows with an answer (see lambda/display): the exercise narrated or explained
 * (with `show`), or one of the other screens. Without one, the screen shows where the routine stands.
 */
export type ScreenKind =
  | 'welcome' | 'askSide' | 'resume' | 'exercise' | 'explain' | 'paused' | 'pain' | 'injury' | 'warningSigns' | 'finished' | 'help';

/** What to say, and the reprompt; a null reprompt ends the session. */
export interface Answer {
  readonly speech: SsmlBuilder;
  readonly reprompt: SsmlBuilder | null;
  /** Index of the exercise a device with a screen should show with this answer. */
  readonly show?: number;
  /** The timeline of the exercise this answer narrates, if it narrates one. */
  readonly timeline?: Timeline;
  /** The screen to show; the exercise `show` names when it is set and this is not. */
  readonly screen?: ScreenKind;
  /**
   * A task Alexa runs after this answer (a routine offer, a permission question); Alexa then resumes the session
   * with its outcome, so the answer has no reprompt and does not end the session.
   */
  readonly handOff?: Directive;
  /** Permission scopes to ask for with a card in the Alexa app, when they cannot be asked for by voice. */
  readonly consentCard?: readonly string[];
}

/** SSML that speaks the given texts in order. Pure. */
export const spoken = (...texts: string[]): SsmlBuilder => texts.reduce((b, t) => b.say(t), new SsmlBuilder());

/** An answer made of two content messages without placeholders: what to say, and the reprompt (null ends the session). Pure. */
export function keyedAnswer(routine: Routine, key: NoVarKey, repromptKey: NoVarKey | null): Answer {
  return { speech: spoken(message(routine, key)), reprompt: repromptKey ? spoken(message(routine, repromptKey)) : null };
}

/** Message keys whose text has no placeholder. */
export type NoVarKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];

/** Whether the user is in the middle of an exercise (a narration was cut short): "next" would skip part of it. */
const midExercise = (routine: Routine, state: RoutineState): boolean => state.status === STATUS.ACTIVE && !exerciseComplete(state, shapeOf(routine));

/** The reprompt that fits where the user is: mid-exercise it is "resume", never "next". Pure. */
export function repromptFor(routine: Routine, state: RoutineState): SsmlBuilder {
  if (state.status === STATUS.IDLE) return spoken(message(routine, 'notStartedReprompt'));
  if (state.status === STATUS.FINISHED) return spoken(message(routine, 'startAgainOffer'));
  if (state.status === STATUS.PAUSED) return spoken(message(routine, 'pausedReprompt'));
  return spoken(message(routine, midExercise(routine, state) ? 'midExercisePrompt' : 'stepPrompt'));
}

/** What to say after a setting or an answer to a question: how to go on from where the user is. Pure. */
export function goOnText(routine: Routine, state: RoutineState): string {
  if (state.status === STATUS.IDLE) return message(routine, 'notStartedReprompt');
  if (state.status === STATUS.FINISHED) return message(routine, 'startAgainOffer');
  if (state.status === STATUS.PAUSED) return message(routine, 'pausedReprompt');
  return message(routine, midExercise(routine, state) ? 'midExercisePrompt' : 'settingsPrompt');
}

/** An answer that keeps the session open with the reprompt that fits the state. Pure. */
export function openAnswer(routine: Routine, state: RoutineState, ...texts: string[]): Answer {
  return { speech: spoken(...texts), reprompt: repromptFor(routine, state) };
}

/**
 * What finishing says before any goodbye: well done, the week's days against the goal (the goal itself after the
 * first routine ever), the streak as a second figure, and the closing advice. Pure.
 */
export function finishedSpeech(routine: Routine, progress: Progress, today: string, goal: number = WEEKLY_GOAL.DEFAULT): SsmlBuilder {
  const speech = spoken(message(routine, 'finished'));
  if (progress.completed <= 1) speech.say(message(routine, 'finishedFirst')).say(firstGoalLine(routine, goal));
  else speech.say(finishedWeekLine(routine, progress, today, goal));
  const streak = currentStreak(progress, today);
  if (streak > 1) speech.say(message(routine, 'finishedStreak', { streak }));
  return speech.say(message(routine, 'closing'));
}

/** The end of a routine: what finishing says, then goodbye; the session ends. Pure. */
export function finishedAnswer(routine: Routine, progress: Progress, today: string, goal: number = WEEKLY_GOAL.DEFAULT): Answer {
  return { speech: finishedSpeech(routine, progress, today, goal).say(message(routine, 'goodbye')), reprompt: null, screen: 'finished' };
}

/** What the answers to routine events need besides the state. */
export interface AnswerContext {
  readonly chimes: boolean;
  readonly progress: Progress;
  readonly today: string;
  /** Days a week the user aims for (the default goal when not given). */
  readonly weeklyGoal?: number;
}

/** Whether the exercise at the current position is narrated in its short form. Pure. */
export function shortFormFor(routine: Routine, state: RoutineState, progress: Progress): boolean {
  if (state.settings.instructions !== 'auto') return state.settings.instructions === 'short';
  return knowsExercise(progress, routine.exercises[state.exercise]?.id ?? '');
}

/** The narration of the current exercise from the user's place, with the tip the first time. Pure. */
export function narrationAnswer(routine: Routine, state: RoutineState, context: AnswerContext, lead: SsmlBuilder = new SsmlBuilder()): Answer {
  const options = { chimes: context.chimes, short: shortFormFor(routine, state, context.progress), rate: state.settings.speechRate, tip: !state.wakeWordTipHeard };
  const told = narrateExercise(routine, state, options);
  return withLead({ speech: told.speech, reprompt: told.reprompt, show: state.exercise, timeline: told.timeline }, lead, options.rate);
}

/** An answer with words said before it; its timeline moves later by their playing time. Pure. */
export function withLead(answer: Answer, lead: SsmlBuilder, rate: number): Answer {
  const speech = new SsmlBuilder().append(lead).append(answer.speech);
  return answer.timeline ? { ...answer, speech, timeline: shift(answer.timeline, lead.estimatedSeconds(rate)) } : { ...answer, speech };
}

/** A timeline moved later by the words said before it. Pure. */
function shift(timeline: Timeline, seconds: number): Timeline {
  if (seconds === 0) return timeline;
  return {
    ...timeline,
    marks: timeline.marks.map((m) => ({ ...m, end: m.end + seconds })),
    segments: timeline.segments.map((s) => ({ ...s, start: s.start + seconds })),
    end: timeline.end + seconds,
  };
}

const NOTES = { startOver: 'startingOver', resumed: 'resumeIntro' } as const;

/**
 * The answer to a routine transition: narration from the new place, or a short word on why nothing moved.
 * `before` is the state the event was applied to. Pure.
 */
export function effectAnswer(routine: Routine, before: RoutineState, after: RoutineState, effect: Effect, context: AnswerContext): Answer {
  switch (effect.type) {
    case 'narrate': {
      const lead = new SsmlBuilder();
      if (effect.note === 'skipped') lead.say(message(routine, 'skipping', { name: positionVars(routine, before).name }));
      else if (effect.note) lead.say(message(routine, NOTES[effect.note]));
      return narrationAnswer(routine, after, context, lead);
    }
    case 'finished':
      return finishedAnswer(routine, context.progress, context.today, context.weeklyGoal);
    case 'alreadyFinished':
      return openAnswer(routine, after, message(routine, 'alreadyFinished'), message(routine, 'startAgainOffer'));
    case 'atStart':
      return openAnswer(routine, after, message(routine, 'atStart'), goOnText(routine, after));
    case 'paused':
      return pausedAnswer(routine, after);
    case 'notActive':
      return after.status === STATUS.PAUSED ? pausedAnswer(routine, after) : openAnswer(routine, after, message(routine, 'notStartedReprompt'));
    case 'invalidExercise':
      return openAnswer(routine, after, message(routine, 'goToInvalid', { total: routine.exercises.length }));
    case 'noSides':
      return openAnswer(routine, after, message(routine, 'switchSideNone'), goOnText(routine, after));
    case 'bothSidesDone':
      return openAnswer(routine, after, message(routine, 'bothSidesDone'), nextPrompt(routine, after));
    case 'setting':
      if (effect.narrate) return narrationAnswer(routine, after, context, spoken(message(routine, effect.note)));
      // Still on the gentler form and it still hurts: the way on is skip or stop, not "say next".
      if (effect.note === 'easierAlready') return keyedAnswer(routine, 'easierAlready', 'easierAlreadyReprompt');
      return openAnswer(routine, after, message(routine, effect.note), goOnText(routine, after));
    case 'harderHold':
      return openAnswer(routine, after, message(routine, 'harderHold', { seconds: effect.seconds }), goOnText(routine, after));
    case 'settingChanged':
    case 'unchanged':
      return openAnswer(routine, after, goOnText(routine, after));
  }
}

/** "Paused at exercise 2, left side", or that the exercise was finished before the pause. Pure. */
export function pausedAnswer(routine: Routine, state: RoutineState): Answer {
  const pos = positionVars(routine, placeAhead(state, shapeOf(routine)));
  const done = exerciseComplete(state, shapeOf(routine));
  return { ...openAnswer(routine, state, done ? message(routine, 'pausedAfter', pos) : message(routine, 'pausedPlace', pos)), screen: 'paused' };
}
