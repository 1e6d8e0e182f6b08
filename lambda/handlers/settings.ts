// Settings by voice: which leg hurts, hold length, repetitions, easier and harder.
import type { RequestHandler } from 'ask-sdk-core';
import { HOLD_SECONDS, REPETITIONS } from '../routine';
import { message, openAnswer, spoken } from '../speech';
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
      return speak(input, { speech: spoken(message(turn.routine, 'sideInvalid')), reprompt: spoken(message(turn.routine, 'askSideReprompt')) });
    }
    await applyEvent(input, turn, { type: 'setSide', side });
    const confirm = message(turn.routine, 'sideSet', { side: turn.routine.sides[side] });
    if (turn.pending !== 'side') return speak(input, openAnswer(turn.routine, turn.record.routine, confirm, message(turn.routine, 'settingsPrompt')));
    const start = await applyEvent(input, turn, { type: 'start' });
    return speak(input, { ...start, speech: spoken(confirm).append(start.speech) });
  },
};

/** "Hold for forty-five seconds". */
export const SetHoldHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.SET_HOLD),
  async handle(input) {
    const turn = await beginTurn(input);
    const seconds = HOLD_SECONDS.find((s) => s === numberSlot(input, SLOT.SECONDS));
    if (seconds === undefined) return speak(input, openAnswer(turn.routine, turn.record.routine, message(turn.routine, 'holdInvalid')));
    await applyEvent(input, turn, { type: 'setHold', seconds });
    return speak(input, openAnswer(turn.routine, turn.record.routine, message(turn.routine, 'holdSet', { seconds }), message(turn.routine, 'settingsPrompt')));
  },
};

/** "Do three repetitions". */
export const SetRepetitionsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.SET_REPETITIONS),
  async handle(input) {
    const turn = await beginTurn(input);
    const count = REPETITIONS.find((c) => c === numberSlot(input, SLOT.COUNT));
    if (count === undefined) return speak(input, openAnswer(turn.routine, turn.record.routine, message(turn.routine, 'repsInvalid')));
    await applyEvent(input, turn, { type: 'setRepetitions', count });
    return speak(input, openAnswer(turn.routine, turn.record.routine, message(turn.routine, 'repsSet', { count }), message(turn.routine, 'settingsPrompt')));
  },
};

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
