// The screens of words: welcome, the side question, welcome back, paused, "it hurts", the warning signs,
// finished with this week's progress, and help. Every word comes from content.
import type { Routine } from '../../content';
import { currentStreak, weekSummary, type Progress } from '../progress';
import { exerciseComplete, placeAhead, roundsOf, STATUS, type RoutineState } from '../routine';
import { daysWord, hurtMidExercise, positionVars, shapeOf } from '../speech';
import { formNameOf, pictureKey, shownSide } from './forms';
import { buttons, line, type MessageScreen, type PictureRef } from './screens';

const blank = { subtitle: '', lines: [], listTitle: '', list: [], picture: null, progress: null } as const;

/** The current exercise's picture, for its current side. Pure. */
function currentPicture(routine: Routine, state: RoutineState): PictureRef {
  const id = routine.exercises[state.exercise]?.id ?? '';
  return { key: pictureKey(id, formNameOf(routine, state, state.exercise)), mirror: shownSide(routine, state, state.exercise) === 'left' };
}

/** Percent of the routine done before the current side. Pure. */
function progressOf(routine: Routine, state: RoutineState): number {
  const sides = routine.exercises[state.exercise]?.perSide ? 2 : 1;
  return Math.round((100 * (state.exercise + state.sideIndex / sides)) / routine.exercises.length);
}

/** First use, or a new routine: what the skill does, the safety line, and Start. Pure. */
export function welcomeScreen(routine: Routine): MessageScreen {
  return {
    ...blank,
    layout: 'message',
    title: line(routine, 'appName'),
    headline: line(routine, 'welcomeHeadline'),
    lines: [line(routine, 'welcomeNotice')],
    buttons: buttons(routine, 'start'),
  };
}

/** Which leg hurts: Left and Right. Pure. */
export function askSideScreen(routine: Routine): MessageScreen {
  return {
    ...welcomeScreen(routine),
    headline: line(routine, 'sideQuestion'),
    lines: [line(routine, 'sideHint'), line(routine, 'welcomeNotice')],
    buttons: buttons(routine, 'left', 'right'),
  };
}

/** Welcome back: where the user goes on from, Continue or Not now. Pure. */
export function resumeScreen(routine: Routine, saved: RoutineState): MessageScreen {
  const shape = shapeOf(routine);
  const state = placeAhead(saved, shape);
  const rounds = roundsOf(state, shape);
  const round = state.round > 0 && !exerciseComplete(state, shape) ? [line(routine, 'resumeRound', { round: state.round, rounds })] : [];
  return {
    ...blank,
    layout: 'message',
    title: line(routine, 'appName'),
    headline: line(routine, 'welcomeBack'),
    lines: [line(routine, 'resumePlace', positionVars(routine, state)), ...round],
    picture: currentPicture(routine, state),
    progress: progressOf(routine, state),
    buttons: buttons(routine, 'yes', 'no'),
  };
}

/** Paused at a place in the routine: Resume, It hurts, Stop. Pure. */
export function pausedScreen(routine: Routine, state: RoutineState): MessageScreen {
  return {
    ...blank,
    layout: 'message',
    title: line(routine, 'appName'),
    headline: line(routine, 'paused'),
    lines: [line(routine, 'pausedPlace', positionVars(routine, state)), line(routine, 'pausedHint')],
    picture: currentPicture(routine, state),
    progress: progressOf(routine, state),
    buttons: buttons(routine, 'resume', 'itHurts', 'stop'),
  };
}

/** "It hurts": stop, what is normal, the warning signs written out, and gentler choices. Pure. */
export function painScreen(routine: Routine, state: RoutineState): MessageScreen {
  // The buttons offer what the answer offers: mid-exercise easier, skip or stop; between exercises stop or go on.
  const underWay = state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED;
  const choices = hurtMidExercise(routine, state) ? buttons(routine, 'easier', 'skip', 'stop') : underWay ? buttons(routine, 'stop', 'next') : [];
  return {
    ...blank,
    layout: 'message',
    title: line(routine, 'appName'),
    headline: line(routine, 'painTitle'),
    lines: routine.screen.painLines,
    listTitle: line(routine, 'warningTitle'),
    list: routine.screen.warningSigns,
    buttons: choices,
  };
}

/** A warning sign named: get medical help now, and the signs written out. Pure. */
export function warningSignsScreen(routine: Routine): MessageScreen {
  return {
    ...blank,
    layout: 'message',
    title: line(routine, 'appName'),
    headline: line(routine, 'urgentTitle'),
    lines: routine.screen.urgentLines,
    listTitle: line(routine, 'warningTitle'),
    list: routine.screen.warningSigns,
    buttons: [],
  };
}

/** A fall, dizziness, something that popped: stay still, and when to call for help. Pure. */
export function injuryScreen(routine: Routine): MessageScreen {
  return {
    ...blank,
    layout: 'message',
    title: line(routine, 'appName'),
    headline: line(routine, 'injuryTitle'),
    lines: routine.screen.injuryLines,
    buttons: [],
  };
}

/** The routine is done: this week's count, the streak, and getting up slowly. Pure. */
export function finishedScreen(routine: Routine, progress: Progress, today: string, goal: number): MessageScreen {
  // The week's days against the goal, as the voice says them at the end of a routine.
  const { done } = weekSummary(progress, today);
  const week = { done, doneDays: daysWord(routine, done), goalDays: daysWord(routine, goal) };
  const streak = currentStreak(progress, today);
  return {
    ...blank,
    layout: 'message',
    title: line(routine, 'appName'),
    headline: line(routine, 'finishedTitle'),
    lines: [
      done > goal ? line(routine, 'weekMore', week) : line(routine, 'week', week),
      ...(streak > 1 ? [line(routine, 'streak', { streak })] : []),
      line(routine, 'finishedLine'),
    ],
    progress: 100,
    buttons: buttons(routine, 'startOver'),
  };
}

/** What the user can say, with the buttons that fit where they are. Pure. */
export function helpScreen(routine: Routine, state: RoutineState): MessageScreen {
  const controls =
    state.status === STATUS.IDLE ? buttons(routine, 'start')
    : state.status === STATUS.FINISHED ? buttons(routine, 'startOver')
    : state.status === STATUS.PAUSED ? buttons(routine, 'resume', 'stop')
    : buttons(routine, 'next', 'repeat', 'stop');
  return {
    ...blank,
    layout: 'message',
    title: line(routine, 'appName'),
    headline: line(routine, 'helpTitle'),
    list: routine.screen.helpPhrases,
    buttons: controls,
  };
}
