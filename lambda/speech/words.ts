// Spoken names of things: sides, positions, lists and messages filled from content.
import type { Exercise, MessageKey, Routine } from '../../content/schema';
import { currentSide, type RoutineState, type Side } from '../routine';
import { fill, type TemplateVars } from './template';
import { shapeOf } from './shape';

/** A message from content with its placeholders filled. Pure. */
export function message(routine: Routine, key: MessageKey, vars?: TemplateVars): string {
  return fill(routine.messages[key], vars);
}

/** The spoken word for a side. Pure. */
export function sideWord(routine: Routine, side: Side): string {
  return routine.sides[side];
}

/** The values `{side}` and `{other}` for exercise texts; "this side" words when the exercise has no sides. Pure. */
export function sideVars(routine: Routine, side: Side | null): TemplateVars {
  const s = side ?? 'right';
  return { side: sideWord(routine, s), other: sideWord(routine, s === 'left' ? 'right' : 'left') };
}

/** "exercise 2, the standing figure four, left side" pieces for the current position. Pure. */
export function positionVars(routine: Routine, state: RoutineState): TemplateVars {
  const exercise = routine.exercises[state.exercise] as Exercise;
  const side = currentSide(state, shapeOf(routine));
  return {
    number: state.exercise + 1,
    total: routine.exercises.length,
    exercise: exercise.name,
    name: exercise.name,
    sideWords: side ? message(routine, 'sideWords', { side: sideWord(routine, side) }) : '',
  };
}

/** "a, b and c". Pure. */
export function spokenList(routine: Routine, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${routine.messages.andWord} ${items[items.length - 1]}`;
}
