// Progress over time: routines completed, the days they were done on (local days), the best week, the streak
// of consecutive days (kept as a secondary figure), and the days each exercise was practised. Pure functions
// over plain JSON.
import * as z from 'zod/mini';
import { EXERCISE_ID } from '../../content/constants';
import { daysBetween, weekStart } from './calendar';

/** Completion ids kept to merge two devices' writes without losing or double-counting a completion. */
export const RECENT_COMPLETIONS_KEPT = 30;
/** Distinct days with a completion kept: two weeks, enough for this week's count whatever the day. */
export const RECENT_DAYS_KEPT = 14;
/** Days a week a user may aim for, and the goal of a user who has not chosen one. */
export const WEEKLY_GOAL = { MIN: 1, MAX: 7, DEFAULT: 3 } as const;

/** Exercises whose practice days are kept; more than the routine will ever have. */
const MAX_PRACTISED = 20;
/** Days on which an exercise was done before its short form is used. */
export const DAYS_TO_KNOW = 2;

/** A completion id (the day and the request that finished it): an identifier, never words. */
const COMPLETION_ID = /^[\w.#:-]{1,200}$/;

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const PracticeSchema = z.object({ days: z.int().check(z.minimum(0)), last: Day });

export const ProgressSchema = z.object({
  completed: z.int().check(z.minimum(0)),
  /** Day of the last completion, YYYY-MM-DD, where the user lives. */
  lastDate: z.nullable(Day),
  streak: z.int().check(z.minimum(0)),
  /** Ids of the latest completions, newest last. */
  recent: z.array(z.string().check(z.regex(COMPLETION_ID))).check(z.maxLength(RECENT_COMPLETIONS_KEPT)),
  /** For each exercise done to its end: on how many different days, and the last one (for the short form). */
  practised: z._default(
    z.record(z.string().check(z.regex(EXERCISE_ID)), PracticeSchema).check(z.refine((r) => Object.keys(r).length <= MAX_PRACTISED, 'too many exercises')),
    () => ({}),
  ),
  /** The latest distinct days with a completion, oldest first (absent in records written before weeks counted). */
  days: z._default(z.array(Day).check(z.maxLength(RECENT_DAYS_KEPT)), () => []),
  /** The most days with a completion in any one week so far. */
  bestWeek: z._default(z.int().check(z.minimum(0), z.maximum(7)), 0),
});

export type Progress = z.infer<typeof ProgressSchema>;

/** Progress of a user who has finished nothing yet. Pure. */
export function emptyProgress(): Progress {
  return { completed: 0, lastDate: null, streak: 0, recent: [], practised: {}, days: [], bestWeek: 0 };
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

/** Days with a completion, the last day included (older records kept only that one). Pure. */
function knownDays(progress: Progress): string[] {
  return progress.lastDate === null || progress.days.includes(progress.lastDate) ? progress.days : [...progress.days, progress.lastDate];
}

/** How many of `days` fall in the week (Monday to Sunday) of `day`. Pure. */
function daysInWeekOf(days: readonly string[], day: string): number {
  const start = weekStart(day);
  return new Set(days.filter((d) => weekStart(d) === start)).size;
}

/** The id a completion is kept under: its day first, so a week's completions can be counted from the ids. Pure. */
export function completionId(day: string, requestId: string): string {
  return `${day}#${requestId}`;
}

/** Routines completed in the `days` days up to and including `today`, counted from the kept ids. Pure. */
export function completedInLastDays(progress: Progress, today: string, days = 7): number {
  return progress.recent.filter((id) => {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(id)?.[0];
    return day !== undefined && daysBetween(day, today) >= 0 && daysBetween(day, today) < days;
  }).length;
}

/** Progress after one more completed routine on `day`; a completion id already counted is ignored. Pure. */
export function recordCompletion(progress: Progress, id: string, day: string): Progress {
  if (progress.recent.includes(id)) return progress;
  const gap = progress.lastDate === null ? Infinity : daysBetween(progress.lastDate, day);
  const streak = gap === 0 ? Math.max(progress.streak, 1) : gap === 1 ? progress.streak + 1 : 1;
  const days = [...new Set([...knownDays(progress), day])].sort().slice(-RECENT_DAYS_KEPT);
  return {
    ...progress,
    completed: progress.completed + 1,
    lastDate: gap < 0 ? progress.lastDate : day,
    streak: gap < 0 ? progress.streak : streak,
    recent: [...progress.recent, id].slice(-RECENT_COMPLETIONS_KEPT),
    days,
    bestWeek: Math.max(progress.bestWeek, daysInWeekOf(days, day)),
  };
}

/** The streak as it stands today: a streak whose last day is before yesterday is broken. Pure. */
export function currentStreak(progress: Progress, today: string): number {
  if (progress.lastDate === null) return 0;
  return daysBetween(progress.lastDate, today) <= 1 ? progress.streak : 0;
}

/** Where the week of `today` stands: days done so far, and the best week (this one included). */
export interface WeekSummary {
  readonly done: number;
  readonly best: number;
}

/** Days with a completion in the week of `today`, and the best week so far. Pure. */
export function weekSummary(progress: Progress, today: string): WeekSummary {
  const done = daysInWeekOf(knownDays(progress), today);
  return { done, best: Math.max(progress.bestWeek, done) };
}

/** The day a completion id was made on: ids are `YYYY-MM-DD#requestId`. Pure. */
function dayOfId(id: string): string | null {
  const day = id.slice(0, 10);
  return Day.safeParse(day).success && id[10] === '#' ? day : null;
}

/**
 * Adds to `stored` the completions that `mine` made since `base` was read: what a writer does after losing a
 * race with another device, so both devices' completions are kept. Pure.
 */
export function mergeProgress(stored: Progress, mine: Progress, base: Progress): Progress {
  const added = mine.recent.filter((id) => !base.recent.includes(id));
  const merged = added.reduce((acc, id) => recordCompletion(acc, id, dayOfId(id) ?? mine.lastDate ?? acc.lastDate ?? '1970-01-01'), stored);
  // Practice days: whichever device saw more days of an exercise is right (both count the same days).
  const practised = { ...merged.practised };
  for (const [id, mineDays] of Object.entries(mine.practised)) {
    const theirs = practised[id];
    if (!theirs || mineDays.days > theirs.days || (mineDays.days === theirs.days && mineDays.last > theirs.last)) practised[id] = mineDays;
  }
  return { ...merged, practised };
}
