// What the skill says about coming back: this week's days against the goal, the best week, and the time and
// days of a reminder. Pure functions from content.
import type { Routine } from '../../content/schema';
import { REMINDER_DAYS, type ReminderDays, type ReminderSchedule } from '../comeback';
import { weekSummary, type Progress } from '../progress';
import type { TemplateVars } from './template';
import { message } from './words';

/** "1 day", "3 days". Pure. */
export function daysWord(routine: Routine, count: number): string {
  return count === 1 ? message(routine, 'dayOne') : message(routine, 'dayMany', { count });
}

/** The values week messages take: days done this week and the goal, as numbers and as words. Pure. */
function weekVars(routine: Routine, done: number, goal: number, best = done): TemplateVars {
  return { done, goal, doneDays: daysWord(routine, done), goalDays: daysWord(routine, goal), bestDays: daysWord(routine, best) };
}

/** Said at the end of a routine: "That's 2 of 3 days this week", the goal reached, or more than it. Pure. */
export function finishedWeekLine(routine: Routine, progress: Progress, today: string, goal: number): string {
  const { done } = weekSummary(progress, today);
  const key = done > goal ? 'finishedWeekMore' : done === goal ? 'finishedWeekGoal' : 'finishedWeek';
  return message(routine, key, weekVars(routine, done, goal));
}

/** Said after the first routine ever: the weekly goal, and how to change it. Pure. */
export function firstGoalLine(routine: Routine, goal: number): string {
  return message(routine, 'finishedFirstGoal', weekVars(routine, 0, goal));
}

/** "How am I doing": this week against the goal (never a reproach), then the best week when it beat this one. Pure. */
export function progressWeekLines(routine: Routine, progress: Progress, today: string, goal: number): string[] {
  const { done, best } = weekSummary(progress, today);
  const vars = weekVars(routine, done, goal, best);
  const key = done === 0 ? 'progressWeekNone' : done > goal ? 'progressWeekMore' : done === goal ? 'progressWeekGoal' : 'progressWeek';
  return [message(routine, key, vars), ...(best > done ? [message(routine, 'progressBest', vars)] : [])];
}

/** After the goal is set: the goal, and the days done so far this week. Pure. */
export function goalSetLine(routine: Routine, progress: Progress, today: string, goal: number): string {
  return message(routine, 'goalSet', weekVars(routine, weekSummary(progress, today).done, goal));
}

/** A time of day as said: "8 AM", "6:30 PM", "noon", "midnight". Pure. */
export function spokenTime(routine: Routine, hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return message(routine, 'clockNoon');
  if (minute === 0 && hour === 0) return message(routine, 'clockMidnight');
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}`;
  return message(routine, hour < 12 ? 'clockAm' : 'clockPm', { time: clock });
}

const DAYS_KEY = { [REMINDER_DAYS.DAILY]: 'daysDaily', [REMINDER_DAYS.WEEKDAYS]: 'daysWeekdays', [REMINDER_DAYS.WEEKENDS]: 'daysWeekends' } as const;

/** "every day", "on weekdays", "on weekends". Pure. */
export function spokenDays(routine: Routine, days: ReminderDays): string {
  return message(routine, DAYS_KEY[days]);
}

/** The values reminder messages take: `{time}` and `{days}`. Pure. */
export function reminderVars(routine: Routine, schedule: ReminderSchedule): TemplateVars {
  return { time: spokenTime(routine, schedule.hour, schedule.minute), days: spokenDays(routine, schedule.days) };
}
