// Moving through the routine: start or carry on, next, previous, repeat, skip, go to exercise N, start over,
// pause, resume, and the other side.
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { STATUS, type RoutineEvent } from '../routine';
import { message, sideQuestion, spoken, withLead, type Answer } from '../speech';
import { INTENT, SLOT } from './intents';
import { isIntent } from './match';
import { applyEvent, speak } from './respond';
import { numberSlot, sideSlot } from './slots';
import { beginTurn, type Turn } from './turn';

/**
 * A handler that applies one routine event and speaks its answer. Before the routine has begun, a user who
 * never chose a starting side is asked it first ("say that again" at the side question asks it again).
 */
function routineEventHandler(intent: string, toEvent: (input: HandlerInput, turn: Turn) => RoutineEvent): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, intent),
    async handle(input) {
      const turn = await beginTurn(input);
      const event = toEvent(input, turn);
      if (needsSide(turn) && event.type !== 'goTo' && event.type !== 'pause') return speak(input, await startOrAskSide(input, turn));
      return speak(input, await applyEvent(input, turn, event));
    },
  };
}

/** The routine has not begun and no starting side was chosen. */
const needsSide = (turn: Turn): boolean => turn.record.routine.status === STATUS.IDLE && turn.record.routine.startSide === null;

/**
 * "Start", "ready", "let's go": begins, or carries on from where the user is. A user who never chose a
 * starting side is asked first (after the safety notice, when a one-shot start skipped the launch).
 */
export const StartRoutineHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.START),
  async handle(input) {
    return speak(input, await startOrAskSide(input, await beginTurn(input)));
  },
};

/** Starting the routine, or, for a user who never chose a starting side, the side question first. */
async function startOrAskSide(input: HandlerInput, turn: Turn): Promise<Answer> {
  const { routine } = turn;
  const state = turn.record.routine;
  if (!needsSide(turn)) return applyEvent(input, turn, { type: 'start' });
  turn.nextPending = 'side';
  const question = sideQuestion(routine);
  if (state.safetyNoticeHeard) return question;
  turn.record = { ...turn.record, routine: { ...state, safetyNoticeHeard: true } };
  return withLead(question, spoken(message(routine, 'safetyNotice')), state.settings.speechRate);
}

export const NextHandler = routineEventHandler(INTENT.NEXT, () => ({ type: 'next' }));
export const PreviousHandler = routineEventHandler(INTENT.PREVIOUS, () => ({ type: 'previous' }));
export const RepeatHandler = routineEventHandler(INTENT.REPEAT, () => ({ type: 'repeat' }));
export const SkipHandler = routineEventHandler(INTENT.SKIP, () => ({ type: 'skip' }));
export const StartOverHandler = routineEventHandler(INTENT.START_OVER, () => ({ type: 'startOver' }));
/** "Pause" keeps the rounds heard so far (worked out when the turn began), so resuming picks up there. */
export const PauseHandler = routineEventHandler(INTENT.PAUSE, () => ({ type: 'pause' }));
export const ResumeHandler = routineEventHandler(INTENT.RESUME, () => ({ type: 'resume' }));
/** "Go to exercise three": a missing or unheard number gets the range explained. */
export const GoToExerciseHandler = routineEventHandler(INTENT.GO_TO, (input) => ({ type: 'goTo', exercise: numberSlot(input, SLOT.NUMBER) ?? 0 }));
/** "The other side", "switch sides", "do the left side": that side of the current exercise; before the start, the start. */
export const SwitchSideHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.SWITCH_SIDE),
  async handle(input) {
    const turn = await beginTurn(input);
    if (turn.record.routine.status === STATUS.IDLE) return speak(input, await startOrAskSide(input, turn));
    const side = sideSlot(input, SLOT.SIDE);
    return speak(input, await applyEvent(input, turn, side ? { type: 'switchSide', side } : { type: 'switchSide' }));
  },
};
