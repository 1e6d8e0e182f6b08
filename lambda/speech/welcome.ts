// The launch greeting: the safety notice and the side question the first time, the saved place after that.
import type { Routine } from '../../content/schema';
import { STATUS, exerciseComplete, placeAhead, roundsOf, type RoutineState } from '../routine';
import { keyedAnswer, spoken, type Answer } from './answers';
import { shapeOf } from './shape';
import { message, positionVars } from './words';

/** Questions the skill can be waiting on an answer to, for Yes, No and a side (and a time, for the reminder). */
export const PENDING = ['resume', 'startOver', 'begin', 'side', 'painOptions', 'reminderOffer', 'reminderTime', 'reminderConfirm'] as const;
export type Pending = (typeof PENDING)[number];

/** A routine left active less than this long ago goes straight on at the next launch, with no question. */
export const GO_STRAIGHT_ON_MS = 30 * 60 * 1000;

/** Whether a launch at `now` (epoch ms) carries straight on: the routine was under way and left moments ago. Pure. */
export function goesStraightOn(state: RoutineState, now: number): boolean {
  return state.status === STATUS.ACTIVE && state.activeUntil !== null && now - state.activeUntil < GO_STRAIGHT_ON_MS;
}

/** The side question, asked as a preference: which side each stretch starts with. Pure. */
export function sideQuestion(routine: Routine): Answer & { pending: Pending } {
  return { ...keyedAnswer(routine, 'askSide', 'askSideReprompt'), pending: 'side', screen: 'askSide' };
}

/** "Welcome back. You stopped at exercise 2, ..., after round 1 of 2. Shall we carry on?" Pure. */
function welcomeBack(routine: Routine, saved: RoutineState): Answer & { pending: Pending } {
  const shape = shapeOf(routine);
  const state = placeAhead(saved, shape);
  const pos = positionVars(routine, state);
  const rounds = roundsOf(state, shape);
  const text = exerciseComplete(state, shape)
    ? message(routine, 'welcomeBackDone', pos)
    : state.round === 0
      ? message(routine, 'welcomeBack', pos)
      : message(routine, 'welcomeBackRound', { ...pos, round: state.round, rounds });
  return { speech: spoken(text), reprompt: spoken(message(routine, 'welcomeBackReprompt')), pending: 'resume', screen: 'resume' };
}

/** The launch greeting: safety notice the first time, the saved place after that. Pure. */
export function welcomeAnswer(routine: Routine, state: RoutineState): Answer & { pending: Pending } {
  if (!state.safetyNoticeHeard) {
    const speech = spoken(message(routine, 'welcomeFirst'), message(routine, 'safetyNotice'));
    if (state.startSide === null) return { ...sideQuestion(routine), speech: speech.say(message(routine, 'askSide')) };
    return { speech: speech.say(message(routine, 'welcomeAgain')), reprompt: spoken(message(routine, 'welcomeAgainReprompt')), pending: 'begin', screen: 'welcome' };
  }
  if (state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED) return welcomeBack(routine, state);
  if (state.startSide === null) return { ...sideQuestion(routine), speech: spoken(message(routine, 'welcomeBackShort'), message(routine, 'askSide')) };
  return { ...keyedAnswer(routine, 'welcomeAgain', 'welcomeAgainReprompt'), pending: 'begin', screen: 'welcome' };
}
