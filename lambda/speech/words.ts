// Spoken names of things: sides, positions, lists and messages filled from content.
import type { Exercise, Form, MessageKey, Routine } from '../../content/schema';
import type { MessageArgs } from '../../content/messages';
import { currentSide, formOf, type RoutineState, type Side } from '../routine';
import { fill, type TemplateVars } from './template';
import { shapeOf } from './shape';

/** A message from content with its placeholders filled; the values each key needs are checked at compile time. Pure. */
export function message<K extends MessageKey>(routine: Routine, key: K, ...vars: MessageArgs<K>): string {
  return fill(routine.messages[key], vars[0] ?? {});
}

/** The spoken word for a side. Pure. */
export function sideWord(routine: Routine, side: Side): string {
  return routine.sides[side];
}

/** The values `{side}` and `{other}` for exercise texts; right-side words when the exercise has no sides. Pure. */
export function sideVars(routine: Routine, side: Side | null): TemplateVars {
  const s = side ?? 'right';
  return { side: sideWord(routine, s), other: sideWord(routine, s === 'left' ? 'right' : 'left') };
}

/** The form of exercise `index` the user does (floor, chair, gentler). Pure. */
export function formFor(routine: Routine, state: RoutineState, index = state.exercise): Form {
  const exercise = routine.exercises[index] as Exercise;
  return exercise.forms[formOf(state, shapeOf(routine), index)];
}

/** ", left side" for the current position, or nothing for an exercise done once. Pure. */
export function sideWordsOf(routine: Routine, state: RoutineState): string {
  const side = currentSide(state, shapeOf(routine));
  return side ? message(routine, 'sideWords', { side: sideWord(routine, side) }) : '';
}

/** "exercise 2 of 4, the standing figure four" pieces for the current position, in the form being done. Pure. */
export function positionVars(routine: Routine, state: RoutineState): { number: number; total: number; name: string; exercise: string; sideWords: string } {
  const name = formFor(routine, state).name;
  return { number: state.exercise + 1, total: routine.exercises.length, name, exercise: name, sideWords: sideWordsOf(routine, state) };
}

/** "a, b and c". Pure. */
export function spokenList(routine: Routine, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${routine.messages.andWord} ${items[items.length - 1]}`;
}
