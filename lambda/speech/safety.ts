// The answers when something hurts, when the user is hurt or unsteady, and when they name a warning sign.
// Short (at most 45 words), plain, and the only place the skill may sound urgent: the warning signs.
import type { Routine } from '../../content/schema';
import { STATUS, type RoutineState } from '../routine';
import { keyedAnswer, spoken, type Answer } from './answers';
import { message } from './words';

/** "It hurts": stop, what is normal and what is not, and the gentler options. Pure. */
export function painAnswer(routine: Routine, state: RoutineState): Answer {
  const inRoutine = state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED;
  if (!inRoutine) return { speech: spoken(message(routine, 'painIdle')), reprompt: spoken(message(routine, 'notStartedReprompt')) };
  return { speech: spoken(message(routine, 'painAnswer'), message(routine, 'painOptions')), reprompt: spoken(message(routine, 'painReprompt')) };
}

/** A fall, dizziness, something that popped: stop, stay still, and when to get help. Ends the session. Pure. */
export function injuryAnswer(routine: Routine): Answer {
  return keyedAnswer(routine, 'injuryAnswer', null);
}

/** A warning sign: get medical help now, in the words the country's emergency services use. Ends the session. Pure. */
export function warningAnswer(routine: Routine): Answer {
  return keyedAnswer(routine, 'warningAnswer', null);
}
