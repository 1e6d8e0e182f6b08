// Putting one writer's changes on top of what another wrote: used after losing a race to the user's other device,
// and when a session that could not read the store at first finally can.
import { mergeProgress } from '../progress';
import type { RoutineState } from '../routine';
import type { UserRecord } from './record';

/** Fields that only make sense together: a position is taken whole from one writer, never mixed from two. */
const POSITION = ['status', 'exercise', 'sideIndex', 'round'] as const satisfies readonly (keyof RoutineState)[];

type Fields = Record<string, unknown>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Field by field: `mine` where I changed it since `base`, else `theirs`; each field taken whole. The `together`
 * fields count as one: if I changed any of them, all of mine are taken. Pure.
 */
function mergeFields<T extends Fields>(base: T, mine: T, theirs: T, together: readonly string[] = []): T {
  const moved = together.some((key) => !same(mine[key], base[key]));
  const merged: Fields = { ...theirs };
  for (const key of Object.keys(mine)) {
    const mineWins = together.includes(key) ? moved : !same(mine[key], base[key]);
    merged[key] = mineWins ? mine[key] : theirs[key];
  }
  return merged as T;
}

/**
 * My record (`mine`, derived from `base`) on top of the stored one (`theirs`): the completions of both are kept,
 * each counted once; every other field, each setting, and the position (as a whole) are mine where I changed them,
 * theirs otherwise. Pure.
 */
export function mergeRecord(base: UserRecord, mine: UserRecord, theirs: UserRecord): UserRecord {
  const [b, m, t] = [base.routine, mine.routine, theirs.routine];
  return {
    ...mergeFields(base, mine, theirs),
    routine: { ...mergeFields(b, m, t, POSITION), settings: mergeFields(b.settings, m.settings, t.settings) },
    progress: mergeProgress(theirs.progress, mine.progress, base.progress),
  };
}
