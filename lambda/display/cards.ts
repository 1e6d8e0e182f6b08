// What any device shows besides the speech, screen or not: after an explanation or a finished routine, a card in
// the Alexa app; and what a screen needs to know, which kind of screen an answer asks for.
import type { Routine } from '../../content';
import type { Progress } from '../progress';
import type { RoutineState } from '../routine';
import type { Answer, ScreenKind } from '../speech';
import { exerciseCard, routineCard, type Card } from './card';

/** What the screen needs to know besides the answer: the user's place and progress, and the day. */
export interface ScreenContext {
  readonly routine: Routine;
  readonly state: RoutineState;
  readonly progress: Progress;
  readonly today: string;
  /** The user's weekly goal in days: the finished screen shows the week against it. */
  readonly weeklyGoal: number;
}

/** The kind of screen an answer asks for: its own, the exercise it shows, or none. Pure. */
export const kindOf = (answer: Answer): ScreenKind | undefined => answer.screen ?? (answer.show !== undefined ? 'exercise' : undefined);

/** The card to send with an answer, if any: the steps after an explanation, the routine after it is done. Pure. */
export function cardFor(answer: Answer, context: ScreenContext): Card | null {
  const kind = kindOf(answer);
  if (kind === 'explain') return exerciseCard(context.routine, context.state, answer.show ?? context.state.exercise);
  if (kind === 'finished') return routineCard(context.routine, context.state);
  return null;
}
