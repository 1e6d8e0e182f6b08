// The routine's shape for the state machine, derived once per content object.
import { FORMS } from '../../content/constants';
import type { Form, Routine } from '../../content/schema';
import type { FormShape, RoutineShape } from '../routine';

const cache = new WeakMap<Routine, RoutineShape>();

/** Whether a form is counted lifts, and its rounds: sets, fixed repetitions, or the user's setting. Pure. */
function formShape(form: Form): FormShape {
  const { dose } = form;
  if (dose.kind === 'paced') return { paced: true, rounds: dose.sets };
  return { paced: false, rounds: dose.kind === 'fixedHold' ? dose.repetitions : 'setting' };
}

/** Which exercises exist, which are per side, and the rounds and kind of each form. Pure (memoized). */
export function shapeOf(routine: Routine): RoutineShape {
  let shape = cache.get(routine);
  if (!shape) {
    shape = {
      exercises: routine.exercises.map((e) => ({
        id: e.id,
        perSide: e.perSide,
        forms: Object.fromEntries(FORMS.map((name) => [name, formShape(e.forms[name])])) as Record<(typeof FORMS)[number], FormShape>,
      })),
    };
    cache.set(routine, shape);
  }
  return shape;
}
