// The routine's shape for the state machine, derived once per content object.
import type { Routine } from '../../content/schema';
import type { RoutineShape } from '../routine';

const cache = new WeakMap<Routine, RoutineShape>();

/** Which exercises exist, which are per side and which are paced. Pure (memoized). */
export function shapeOf(routine: Routine): RoutineShape {
  let shape = cache.get(routine);
  if (!shape) {
    shape = {
      exercises: routine.exercises.map((e) => ({ id: e.id, perSide: e.perSide, paced: e.dose.kind === 'paced' })),
    };
    cache.set(routine, shape);
  }
  return shape;
}
