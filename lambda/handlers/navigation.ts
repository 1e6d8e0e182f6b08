// Moving through the routine: start, next, previous, repeat, skip, go to exercise N, start over, pause, resume.
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { RoutineEvent } from '../routine';
import { INTENT, SLOT } from './intents';
import { isIntent } from './match';
import { applyEvent, speak } from './respond';
import { numberSlot } from './slots';
import { beginTurn, roundsDone, type Turn } from './turn';

/** A handler that applies one routine event and speaks its answer. */
function routineEventHandler(intent: string, toEvent: (input: HandlerInput, turn: Turn) => RoutineEvent): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, intent),
    async handle(input) {
      const turn = await beginTurn(input);
      return speak(input, await applyEvent(input, turn, toEvent(input, turn)));
    },
  };
}

export const StartRoutineHandler = routineEventHandler(INTENT.START, () => ({ type: 'start' }));
export const NextHandler = routineEventHandler(INTENT.NEXT, () => ({ type: 'next' }));
export const PreviousHandler = routineEventHandler(INTENT.PREVIOUS, () => ({ type: 'previous' }));
export const RepeatHandler = routineEventHandler(INTENT.REPEAT, () => ({ type: 'repeat' }));
export const SkipHandler = routineEventHandler(INTENT.SKIP, () => ({ type: 'skip' }));
export const StartOverHandler = routineEventHandler(INTENT.START_OVER, () => ({ type: 'startOver' }));
/** "Pause" keeps the rounds already done, so resuming picks up at the round that was interrupted. */
export const PauseHandler = routineEventHandler(INTENT.PAUSE, (input, turn) => ({ type: 'pause', roundsDone: roundsDone(input, turn) }));
export const ResumeHandler = routineEventHandler(INTENT.RESUME, () => ({ type: 'resume' }));
/** "Go to exercise three": a missing or unheard number gets the range explained. */
export const GoToExerciseHandler = routineEventHandler(INTENT.GO_TO, (input) => ({
  type: 'goTo',
  exercise: numberSlot(input, SLOT.NUMBER) ?? 0,
}));
