// Answers about where the user stands: help, where am I, how many are left, and progress over days.
import type { Routine } from '../../content/schema';
import { WEEKLY_GOAL, currentStreak, daysBetween, type Progress } from '../progress';
import { STATUS, exerciseComplete, roundsOf, type RoutineState } from '../routine';
import { openAnswer, type Answer } from './answers';
import { progressWeekLines } from './comeback';
import { doseFor } from './narration';
import { shapeOf } from './shape';
import { formFor, message, positionVars, spokenList } from './words';

/** Help that fits where the user is. Pure. */
export function helpAnswer(routine: Routine, state: RoutineState): Answer {
  const help = (text: string): Answer => ({ ...openAnswer(routine, state, text), screen: 'help' });
  if (state.status === STATUS.FINISHED) return help(message(routine, 'helpFinished'));
  if (state.status === STATUS.IDLE) return help(message(routine, 'helpIdle'));
  return help(message(routine, 'helpActive', positionVars(routine, state)));
}

/** The exercise names (in the forms the user does) as a spoken list. Pure. */
export function exerciseList(routine: Routine, state: RoutineState, from = 0): string {
  return spokenList(routine, routine.exercises.slice(from).map((_, i) => formFor(routine, state, from + i).name));
}

/** "Where am I": exercise, side, rounds or sets done, how long the holds are, how many are left. Pure. */
export function whereAnswer(routine: Routine, state: RoutineState): Answer {
  const total = routine.exercises.length;
  if (state.status === STATUS.IDLE) return openAnswer(routine, state, message(routine, 'whereIdle', { total }));
  if (state.status === STATUS.FINISHED) return openAnswer(routine, state, message(routine, 'whereFinished'));
  const shape = shapeOf(routine);
  const left = total - state.exercise - 1;
  const after = left > 0 ? message(routine, 'whereLeft', { count: left }) : message(routine, 'whereLast');
  if (exerciseComplete(state, shape)) return openAnswer(routine, state, message(routine, 'whereDone', positionVars(routine, state)), after);
  const dose = doseFor(formFor(routine, state), state.settings);
  const done = { round: Math.min(state.round, roundsOf(state, shape)), rounds: roundsOf(state, shape) };
  const perSide = routine.exercises[state.exercise]?.perSide ?? false;
  const rounds = dose.kind === 'paced' ? message(routine, 'whereSets', done) : perSide ? message(routine, 'whereRound', done) : message(routine, 'whereRoundOnce', done);
  const dosed = dose.kind === 'hold' ? message(routine, 'whereHold', { seconds: dose.holdSeconds }) : message(routine, 'whereLifts', { reps: dose.repetitions, sets: dose.sets });
  return openAnswer(routine, state, message(routine, 'whereExercise', positionVars(routine, state)), dosed, rounds, after);
}

/** How many exercises are left. Pure. */
export function leftAnswer(routine: Routine, state: RoutineState): Answer {
  const total = routine.exercises.length;
  if (state.status === STATUS.FINISHED) return openAnswer(routine, state, message(routine, 'leftNone'));
  if (state.status === STATUS.IDLE) return openAnswer(routine, state, message(routine, 'leftIdle', { total, list: exerciseList(routine, state) }));
  // An exercise heard to its end is no longer left.
  const from = state.exercise + (exerciseComplete(state, shapeOf(routine)) ? 1 : 0);
  const count = total - from;
  if (count === 0) return openAnswer(routine, state, message(routine, 'leftNone'));
  if (count === 1) return openAnswer(routine, state, message(routine, 'leftOne', { name: formFor(routine, state, from).name }));
  return openAnswer(routine, state, message(routine, 'leftCount', { count, list: exerciseList(routine, state, from) }));
}

/**
 * "How am I doing": this week's days against the goal and the best week, then routines in all and when the last
 * was, and the streak as a second figure. Never a reproach for a missed day. Pure.
 */
export function progressAnswer(routine: Routine, state: RoutineState, progress: Progress, today: string, goal: number = WEEKLY_GOAL.DEFAULT): Answer {
  if (progress.completed === 0 || progress.lastDate === null) return openAnswer(routine, state, message(routine, 'progressNone'));
  const days = daysBetween(progress.lastDate, today);
  const when = days <= 0 ? message(routine, 'today') : days === 1 ? message(routine, 'yesterday') : message(routine, 'daysAgo', { days });
  const count = progress.completed === 1 ? message(routine, 'progressOne', { when }) : message(routine, 'progressSome', { count: progress.completed, when });
  const streak = currentStreak(progress, today);
  const week = progressWeekLines(routine, progress, today, goal);
  return openAnswer(routine, state, ...week, count, ...(streak > 1 ? [message(routine, 'progressStreak', { streak })] : []));
}
