// Cards in the Alexa app: the steps of an exercise after it is explained, and of the whole routine after it is
// done, as plain text a person can read later.
import type { Routine } from '../../content';
import type { RoutineState } from '../routine';
import { fill, sideVars, sideWord } from '../speech';
import { formSteps, shownForm, shownSide, titleOf } from './forms';
import { line } from './screens';

/** A simple card: a title and lines of text. */
export interface Card {
  readonly title: string;
  readonly content: string;
}

/** One exercise as text, in the form the user does: its name, which side first (for the whole routine), its steps, what to feel. Pure. */
function exerciseText(routine: Routine, state: RoutineState, index: number, sideFirst: boolean): { name: string; body: string[] } {
  const { form } = shownForm(routine, state, index);
  const side = shownSide(routine, state, index);
  const steps = formSteps(routine, form, side).map((step) => `- ${step}`);
  const sides = side && sideFirst ? [line(routine, 'cardSide', { side: sideWord(routine, side) })] : [];
  const feel = line(routine, 'cardFeel', { feel: fill(form.feel, sideVars(routine, side)) });
  return { name: titleOf(form), body: [...sides, ...steps, feel] };
}

/** The card after an explanation: that exercise's steps. Pure. */
export function exerciseCard(routine: Routine, state: RoutineState, index: number): Card {
  const { name, body } = exerciseText(routine, state, index, false);
  return { title: name, content: body.join('\n') };
}

/** The card after a finished routine: every exercise in order, with its steps. Pure. */
export function routineCard(routine: Routine, state: RoutineState): Card {
  const parts = routine.exercises.map((_, index) => {
    // Not at any exercise: each is shown for the side done first.
    const { name, body } = exerciseText(routine, { ...state, exercise: -1 }, index, true);
    return [`${index + 1}. ${name}`, ...body].join('\n');
  });
  return { title: line(routine, 'cardRoutineTitle'), content: parts.join('\n\n') };
}
