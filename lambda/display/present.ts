// What a device with APL shows with an answer: the screen that fits it.
import { STATUS } from '../routine';
import type { Answer } from '../speech';
import { kindOf, type ScreenContext } from './cards';
import { howToScreen, narrationScreen } from './exercise-screen';
import { askSideScreen, finishedScreen, helpScreen, injuryScreen, painScreen, pausedScreen, resumeScreen, warningSignsScreen, welcomeScreen } from './message-screens';
import type { Screen } from './screens';

/** The screen for where the routine stands, for answers that name none. Pure. */
function standingScreen(context: ScreenContext): Screen {
  const { routine, state } = context;
  if (state.status === STATUS.ACTIVE) return howToScreen(routine, state, state.exercise, null);
  if (state.status === STATUS.PAUSED) return pausedScreen(routine, state);
  if (state.status === STATUS.FINISHED) return finishedScreen(routine, context.progress, context.today, context.weeklyGoal);
  return welcomeScreen(routine);
}

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
      return painScreen(routine, state);
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
