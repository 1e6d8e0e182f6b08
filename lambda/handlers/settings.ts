// Settings by voice: which leg hurts, hold length, repetitions, easier and harder.
import type { RequestHandler } from 'ask-sdk-core';
import type { MessageKey, Routine } from '../../content';
import { HOLD_SECONDS, REPETITIONS, type RoutineEvent } from '../routine';
import { keyedAnswer, message, openAnswer, spoken } from '../speech';
import { INTENT, SLOT } from './intents';
import { isIntent } from './match';
import { applyEvent, speak } from './respond';
import { numberSlot, sideSlot } from './slots';
import { beginTurn } from './turn';

/** "My left leg hurts": sets the side done first; right after the launch question it also starts. */
export const SetSideHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.SET_SIDE),
  async handle(input) {
    const turn = await beginTurn(input);
    const side = sideSlot(input, SLOT.SIDE);
    if (!side) {
      turn.nextPending = turn.pending;
      return speak(input, keyedAnswer(turn.routine, 'sideInvalid', 'askSideReprompt'));
    }
    await applyEvent(input, turn, { type: 'setSide', side });
    const confirm = message(turn.routine, 'sideSet', { side: turn.routine.sides[side] });
    if (turn.pending !== 'side') return speak(input, openAnswer(turn.routine, turn.record.routine, confirm, message(turn.routine, 'settingsPrompt')));
    const start = await applyEvent(input, turn, { type: 'start' });
    return speak(input, { ...start, speech: spoken(confirm).append(start.speech) });
  },
};

/**
 * A handler for a numeric setting: the spoken number must be one of `allowed`, else the choices are explained.
 * `toEvent` makes the routine event, `confirm` the words that confirm it.
 */
function numberSettingHandler<N extends number>(
  intent: string,
  slot: string,
  allowed: readonly N[],
  invalidKey: MessageKey,
  toEvent: (value: N) => RoutineEvent,
  confirm: (routine: Routine, value: N) => string,
): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, intent),
    async handle(input) {
      const turn = await beginTurn(input);
      const value = allowed.find((v) => v === numberSlot(input, slot));
      if (value === undefined) return speak(input, openAnswer(turn.routine, turn.record.routine, message(turn.routine, invalidKey)));
      await applyEvent(input, turn, toEvent(value));
      return speak(input, openAnswer(turn.routine, turn.record.routine, confirm(turn.routine, value), message(turn.routine, 'settingsPrompt')));
    },
  };
}

/** "Hold for forty-five seconds". */
export const SetHoldHandler = numberSettingHandler(
  INTENT.SET_HOLD, SLOT.SECONDS, HOLD_SECONDS, 'holdInvalid',
  (seconds) => ({ type: 'setHold', seconds }),
  (routine, seconds) => message(routine, 'holdSet', { seconds }),
);

/** "Do three rounds". */
export const SetRepetitionsHandler = numberSettingHandler(
  INTENT.SET_REPETITIONS, SLOT.COUNT, REPETITIONS, 'repsInvalid',
  (count) => ({ type: 'setRepetitions', count }),
  (routine, count) => message(routine, 'repsSet', { count }),
);

/** "Make it easier": the current exercise's easier variation, narrated at once. */
export const EasierHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.EASIER),
  async handle(input) {
    return speak(input, await applyEvent(input, await beginTurn(input), { type: 'easier' }));
  },
};

/** "Make it harder": back to the regular version, or a longer hold. */
export const HarderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.HARDER),
  async handle(input) {
    return speak(input, await applyEvent(input, await beginTurn(input), { type: 'harder' }));
  },
};
