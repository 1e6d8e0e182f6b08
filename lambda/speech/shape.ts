// The routine's shape for the state machine, derived once per content object.
import type { Routine } from '../../content/schema';
import type { RoutineShape } from '../routine';

const cache = new WeakMap<Routine, RoutineShape>();

/** Which exercises exist, which are per side or paced, and how many rounds each side has. Pure (memoized). */
export function shapeOf(routine: Routine): RoutineShape {
  let shape = cache.get(routine);
  if (!shape) {
    shape = {
      exercises: routine.exercises.map((e) => ({
        id: e.id,
        perSide: e.perSide,
        paced: e.dose.kind === 'paced',
        rounds: e.dose.kind === 'paced' ? e.dose.sets : 'setting',
        easierRounds: e.easier.dose.kind === 'paced' ? e.easier.dose.sets : e.easier.dose.repetitions,
      })),
    };
    cache.set(routine, shape);
  }
  return shape;
}
