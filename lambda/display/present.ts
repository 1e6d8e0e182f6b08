// What a device shows with an answer: the screen that fits it (on devices with APL) and, after an explanation
// or a finished routine, a card in the Alexa app.
import type { Routine } from '../../content';
import type { Progress } from '../progress';
import { STATUS, type RoutineState } from '../routine';
import type { Answer, ScreenKind } from '../speech';
import { exerciseCard, routineCard, type Card } from './card';
import { howToScreen, narrationScreen } from './exercise-screen';
import { askSideScreen, finishedScreen, helpScreen, injuryScreen, painScreen, pausedScreen, resumeScreen, warningSignsScreen, welcomeScreen } from './message-screens';
import type { Screen } from './screens';

/** What the screen needs to know besides the answer: the user's place and progress, and the day. */
export interface ScreenContext {
  readonly routine: Routine;
  readonly state: RoutineState;
  readonly progress: Progress;
  readonly today: string;
  /** The user's weekly goal in days: the finished screen shows the week against it. */
  readonly weeklyGoal: number;
}

/** The screen for where the routine stands, for answers that name none. Pure. */
function standingScreen(context: ScreenContext): Screen {
  const { routine, state } = context;
  if (state.status === STATUS.ACTIVE) return howToScreen(routine, state, state.exercise, null);
  if (state.status === STATUS.PAUSED) return pausedScreen(routine, state);
  if (state.status === STATUS.FINISHED) return finishedScreen(routine, context.progress, context.today, context.weeklyGoal);
  return welcomeScreen(routine);
}

/** The kind of screen an answer asks for: its own, the exercise it shows, or none. Pure. */
const kindOf = (answer: Answer): ScreenKind | undefined => answer.screen ?? (answer.show !== undefined ? 'exercise' : undefined);

/** The screen to show with an answer. Pure. */
export function screenFor(answer: Answer, context: ScreenContext): Screen {
  const { routine, state } = context;
  // The SSML as it is sent, at the user's speaking rate: the steps are paged when it says them.
  const ssml = answer.speech.render(state.settings.speechRate);
  const index = answer.show ?? state.exercise;
  switch (kindOf(answer)) {
    case 'exercise':
      return answer.timeline ? narrationScreen(routine, state, ssml, answer.timeline) : howToScreen(routine, state, index, ssml);
    case 'explain':
      return howToScreen(routine, state, index, ssml);
    case 'welcome':
      return welcomeScreen(routine);
    case 'askSide':
      return askSideScreen(routine);
    case 'resume':
      return resumeScreen(routine, state);
    case 'paused':
      return pausedScreen(routine, state);
    case 'pain':
      return painScreen(routine);
    case 'warningSigns':
      return warningSignsScreen(routine);
    case 'injury':
      return injuryScreen(routine);
    case 'finished':
      return finishedScreen(routine, context.progress, context.today, context.weeklyGoal);
    case 'help':
      return helpScreen(routine, state);
    case undefined:
      return standingScreen(context);
  }
}

/** The card to send with an answer: an explained exercise's steps, or the routine's after it is done. Pure. */
export function cardFor(answer: Answer, context: ScreenContext): Card | null {
  const kind = kindOf(answer);
  if (kind === 'explain') return exerciseCard(context.routine, context.state, answer.show ?? context.state.exercise);
  if (kind === 'finished') return routineCard(context.routine, context.state);
  return null;
}
