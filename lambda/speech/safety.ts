// The answers when something hurts, when the user is hurt or unsteady, and when they name a warning sign.
// Short (at most 45 words), plain, and the only place the skill may sound urgent: the warning signs.
import type { Routine } from '../../content/schema';
import { STATUS, exerciseComplete, type RoutineState } from '../routine';
import { keyedAnswer, spoken, type Answer } from './answers';
import { shapeOf } from './shape';
import { message } from './words';

/** Whether "it hurts" came in the middle of an exercise (not between two, nor before or after the routine). Pure. */
export function hurtMidExercise(routine: Routine, state: RoutineState): boolean {
  const inRoutine = state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED;
  return inRoutine && !exerciseComplete(state, shapeOf(routine));
}

/** "It hurts": stop, what is normal and what is not, and the gentler options; between exercises, rest and the choice. Pure. */
export function painAnswer(routine: Routine, state: RoutineState): Answer {
  if (hurtMidExercise(routine, state)) return { speech: spoken(message(routine, 'painAnswer'), message(routine, 'painOptions')), reprompt: spoken(message(routine, 'painReprompt')), screen: 'pain' };
  if (state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED) return { speech: spoken(message(routine, 'painIdle'), message(routine, 'painBetween')), reprompt: spoken(message(routine, 'painBetween')), screen: 'pain' };
  return { speech: spoken(message(routine, 'painIdle')), reprompt: spoken(message(routine, 'notStartedReprompt')), screen: 'pain' };
}

/** The options again after "it hurts", when the answer was "okay" or not understood. Pure. */
export function painChoice(routine: Routine): Answer {
  return { ...keyedAnswer(routine, 'painChoose', 'painReprompt'), screen: 'pain' };
}

/** A fall, dizziness, something that popped: stop, stay still, and when to get help. Ends the session. Pure. */
export function injuryAnswer(routine: Routine): Answer {
  return { ...keyedAnswer(routine, 'injuryAnswer', null), screen: 'injury' };
}

/** A warning sign: get medical help now, in the words the country's emergency services use. Ends the session. Pure. */
export function warningAnswer(routine: Routine): Answer {
  return { ...keyedAnswer(routine, 'warningAnswer', null), screen: 'warningSigns' };
}
