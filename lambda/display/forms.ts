// The form of an exercise a screen shows (floor, easier, chair, easier chair), its picture, name and steps.
import type { Form, FormName, Routine } from '../../content';
import { currentSide, formOf, type RoutineState, type Side } from '../routine';
import { fill, formFor, shapeOf, sideVars } from '../speech';

/** The name of the picture of an exercise in a form, as generated into pictures.json. Pure. */
export const pictureKey = (exerciseId: string, form: FormName): string => `${exerciseId}.${form}`;

/** The form of exercise `index` the user does, by name. Pure. */
export const formNameOf = (routine: Routine, state: RoutineState, index: number): FormName => formOf(state, shapeOf(routine), index);

/** The side exercise `index` is shown for: the current side when it is current, else the starting side; null if done once. Pure. */
export function shownSide(routine: Routine, state: RoutineState, index: number): Side | null {
  const exercise = routine.exercises[index];
  if (!exercise?.perSide) return null;
  const here = index === state.exercise ? currentSide(state, shapeOf(routine)) : null;
  return here ?? state.startSide ?? 'right';
}

/** The form's name, capitalized for a title. Pure. */
export const titleOf = (form: Form): string => form.name.charAt(0).toUpperCase() + form.name.slice(1);

/** The form of exercise `index` the user does, with its name. Pure. */
export function shownForm(routine: Routine, state: RoutineState, index: number): { form: Form; name: FormName } {
  return { form: formFor(routine, state, index), name: formNameOf(routine, state, index) };
}

/** The steps of a form with the side filled in, getting into place first. Pure. */
export function formSteps(routine: Routine, form: Form, side: Side | null): string[] {
  const vars = sideVars(routine, side);
  return [...form.getInPlace, ...form.steps].map((step) => fill(step, vars));
}

/**
 * Everything a narration of both sides may say to guide the body, in the order it says it: getting into place
 * (full or short), the steps (or the one-line cue) for the first side, then changing to the second. Pure.
 */
export function guidingLines(routine: Routine, form: Form, first: Side | null, second: Side | null): string[] {
  const vars = sideVars(routine, first);
  const opening = [...form.getInPlace, form.getInPlaceShort, form.cue, ...form.steps].map((line) => fill(line, vars));
  const switching = second && form.switchSides.trim() ? [fill(form.switchSides, sideVars(routine, second))] : [];
  return [...opening, ...switching];
}
