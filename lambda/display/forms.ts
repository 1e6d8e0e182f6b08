// Which form of an exercise the user does, and its name and steps as a screen or card shows them.
import type { Exercise, FormId, Routine } from '../../content';
import { currentSide, type RoutineState, type Side } from '../routine';
import { fill, shapeOf, sideVars } from '../speech';

/** The name of the picture of an exercise in a form, as generated into pictures.json. Pure. */
export const pictureKey = (exerciseId: string, form: FormId): string => `${exerciseId}.${form}`;

/** The form of exercise `index` for this user: the easier variation if they chose it, else the default. Pure. */
export function formOf(state: RoutineState, exercise: Exercise): FormId {
  return state.settings.easier.includes(exercise.id) ? 'easier' : 'floor';
}

/** The side exercise `index` is shown for: the current side when it is current, else the first side; null if done once. Pure. */
export function shownSide(routine: Routine, state: RoutineState, index: number): Side | null {
  const exercise = routine.exercises[index];
  if (!exercise?.perSide) return null;
  const here = index === state.exercise ? currentSide(state, shapeOf(routine)) : null;
  return here ?? state.affectedSide ?? 'right';
}

/** The exercise's name in a form, capitalized for a title. Pure. */
export function formName(exercise: Exercise, form: FormId): string {
  const name = form === 'floor' ? exercise.name : exercise.easier.name;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The steps of a form with the side filled in, getting into place first. Pure. */
export function formSteps(routine: Routine, exercise: Exercise, form: FormId, side: Side | null): string[] {
  const vars = sideVars(routine, side);
  const steps = form === 'floor' ? [exercise.getInPlace, ...exercise.steps] : exercise.easier.steps;
  return steps.map((step) => fill(step, vars));
}

/** Everything a narration of the form may say to guide the body, in the order it says it: steps, then switching sides. Pure. */
export function guidingLines(routine: Routine, exercise: Exercise, form: FormId, side: Side | null): string[] {
  const switching = exercise.switchSides.trim() ? [fill(exercise.switchSides, sideVars(routine, side))] : [];
  return [...formSteps(routine, exercise, form, side), ...switching];
}
