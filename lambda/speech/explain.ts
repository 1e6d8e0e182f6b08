// Explanations: how to do an exercise in full, whatever the user usually hears, and why it helps.
import type { Exercise, Routine } from '../../content/schema';
import { STATUS, currentSide, type RoutineState } from '../routine';
import { openAnswer, repromptFor, spoken, type Answer } from './answers';
import { shapeOf } from './shape';
import { fill } from './template';
import { formFor, message, sideVars } from './words';

/** The full instructions of one exercise, in the form the user does, for the current or starting side. Pure. */
export function explainAnswer(routine: Routine, state: RoutineState, index: number): Answer {
  const exercise = routine.exercises[index] as Exercise;
  const form = formFor(routine, state, index);
  const here = index === state.exercise ? currentSide(state, shapeOf(routine)) : null;
  const vars = sideVars(routine, exercise.perSide ? (here ?? state.startSide ?? 'right') : null);
  const speech = spoken(message(routine, 'explainIntro', { name: form.name }), exercise.purpose, ...form.getInPlace);
  for (const step of form.steps) speech.say(fill(step, vars));
  speech.say(fill(form.feel, vars)).say(form.avoid);
  const active = state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED;
  speech.say(message(routine, active ? 'explainPrompt' : 'explainPromptIdle'));
  return { speech, reprompt: repromptFor(routine, state), show: index, screen: 'explain' };
}

/** Why an exercise helps, or the general reason when none is meant. Pure. */
export function whyAnswer(routine: Routine, state: RoutineState, index: number | null): Answer {
  const exercise = index === null ? undefined : routine.exercises[index];
  if (!exercise) return openAnswer(routine, state, message(routine, 'whyGeneral'));
  return openAnswer(routine, state, message(routine, 'whyIntro', { name: exercise.name }), exercise.whyItHelps);
}
