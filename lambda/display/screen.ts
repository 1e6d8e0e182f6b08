// What a device with a screen shows for an exercise: its place in the routine, its name, side and steps.
import type { Exercise, Routine } from '../../content/schema';
import { currentSide, formOf, type RoutineState } from '../routine';
import { fill, formFor, message, shapeOf, sideVars, sideWord } from '../speech';

/** The data an exercise screen shows; every word comes from content. */
export interface Screen {
  readonly title: string;
  readonly name: string;
  readonly side: string;
  readonly steps: readonly string[];
  readonly hint: string;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The screen for exercise `index` (the current one by default), at the current side when it is current. Pure. */
export function exerciseScreen(routine: Routine, state: RoutineState, index = state.exercise): Screen {
  const exercise = routine.exercises[index] as Exercise;
  const here = index === state.exercise;
  const side = exercise.perSide ? ((here ? currentSide(state, shapeOf(routine)) : null) ?? state.startSide ?? 'right') : null;
  const formName = formOf(state, shapeOf(routine), index);
  const easier = formName === 'easier' || formName === 'chairEasier';
  const form = formFor(routine, state, index);
  const vars = sideVars(routine, side);
  const place = { number: index + 1, total: routine.exercises.length };
  return {
    title: message(routine, easier ? 'screenTitleEasier' : 'screenTitle', place),
    name: capitalize(form.name),
    side: side ? capitalize(message(routine, 'screenSide', { side: sideWord(routine, side) })) : '',
    steps: [...form.getInPlace, ...form.steps].map((step) => fill(step, vars)),
    hint: message(routine, 'screenHint'),
  };
}
