// Progress over time: routines completed, the last day one was done, and the streak of consecutive days.
import * as z from 'zod/mini';
import { EXERCISE_ID } from '../../content/schema';

/** Completion ids kept to merge two devices' writes without losing or double-counting a completion. */
export const RECENT_COMPLETIONS_KEPT = 30;

/** Exercises whose practice days are kept; more than the routine will ever have. */
const MAX_PRACTISED = 20;
/** Days on which an exercise was done before its short form is used. */
export const DAYS_TO_KNOW = 2;

/** A completion id (the day and the request that finished it): an identifier, never words. */
const COMPLETION_ID = /^[\w.#:-]{1,200}$/;

const PracticeSchema = z.object({ days: z.int().check(z.minimum(0)), last: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) });

export const ProgressSchema = z.object({
  completed: z.int().check(z.minimum(0)),
  /** Day of the last completion, YYYY-MM-DD (UTC). */
  lastDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  streak: z.int().check(z.minimum(0)),
  /** Ids of the latest completions, newest last. */
  recent: z.array(z.string().check(z.regex(COMPLETION_ID))).check(z.maxLength(RECENT_COMPLETIONS_KEPT)),
  /** For each exercise done to its end: on how many different days, and the last one (for the short form). */
  practised: z._default(
    z.record(z.string().check(z.regex(EXERCISE_ID)), PracticeSchema).check(z.refine((r) => Object.keys(r).length <= MAX_PRACTISED, 'too many exercises')),
    {},
  ),
});

export type Progress = z.infer<typeof ProgressSchema>;

/** Progress of a user who has finished nothing yet. Pure. */
export function emptyProgress(): Progress {
  return { completed: 0, lastDate: null, streak: 0, recent: [], practised: {} };
}

/** Progress after exercise `id` was done to its end on `day`: one more day if it is a new day. Pure. */
export function recordPractice(progress: Progress, id: string, day: string): Progress {
  const before = progress.practised[id];
  if (before && before.last >= day) return progress;
  return { ...progress, practised: { ...progress.practised, [id]: { days: (before?.days ?? 0) + 1, last: day } } };
}

/** Whether the user has done exercise `id` on enough different days to get its short form. Pure. */
export function knowsExercise(progress: Progress, id: string): boolean {
  return (progress.practised[id]?.days ?? 0) >= DAYS_TO_KNOW;
}

/** The YYYY-MM-DD day of a moment, in UTC. Pure. */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** Whole days from day `a` to day `b` (both YYYY-MM-DD). Pure. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Progress after one more completed routine on `day`; a completion id already counted is ignored. Pure. */
export function recordCompletion(progress: Progress, id: string, day: string): Progress {
  if (progress.recent.includes(id)) return progress;
  const gap = progress.lastDate === null ? Infinity : daysBetween(progress.lastDate, day);
  const streak = gap === 0 ? Math.max(progress.streak, 1) : gap === 1 ? progress.streak + 1 : 1;
  return {
    ...progress,
    completed: progress.completed + 1,
    lastDate: gap < 0 ? progress.lastDate : day,
    streak: gap < 0 ? progress.streak : streak,
    recent: [...progress.recent, id].slice(-RECENT_COMPLETIONS_KEPT),
  };
}

/** The streak as it stands today: a streak whose last day is before yesterday is broken. Pure. */
export function currentStreak(progress: Progress, today: string): number {
  if (progress.lastDate === null) return 0;
  return daysBetween(progress.lastDate, today) <= 1 ? progress.streak : 0;
}

/**
 * Adds to `stored` the completions that `mine` made since `base` was read: what a writer does after losing a
 * race with another device, so both devices' completions are kept. Pure.
 */
export function mergeProgress(stored: Progress, mine: Progress, base: Progress): Progress {
  const added = mine.recent.filter((id) => !base.recent.includes(id));
  const merged = added.reduce((acc, id) => recordCompletion(acc, id, mine.lastDate ?? acc.lastDate ?? '1970-01-01'), stored);
  // Practice days: whichever device saw more days of an exercise is right (both count the same days).
  const practised = { ...merged.practised };
  for (const [id, mineDays] of Object.entries(mine.practised)) {
    const theirs = practised[id];
    if (!theirs || mineDays.days > theirs.days || (mineDays.days === theirs.days && mineDays.last > theirs.last)) practised[id] = mineDays;
  }
  return { ...merged, practised };
}
