// Settings by voice: hold length, rounds, easier and harder, chair or floor, speaking and counting speed,
// and how much of each exercise is explained. All are preferences, kept in the user's record.
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { MessageKey, Routine } from '../../content';
import { HOLD_SECONDS, REPETITIONS, type RoutineEvent } from '../routine';
import { goOnText, keyedAnswer, message, openAnswer, repromptFor, sideQuestion, spoken, type Answer } from '../speech';
import { INTENT, SLOT } from './intents';
import { isIntent } from './match';
import { applyEvent, applyEventFor, speak } from './respond';
import { numberSlot } from './slots';
import { beginTurn } from './turn';

/**
 * A handler for a numeric setting: the spoken number must be one of `allowed`, else the choices are explained.
 * `toEvent` makes the routine event, `confirm` the words that confirm it.
 */
function numberSettingHandler<N extends number>(
  intent: string,
  slot: string,
  allowed: readonly N[],
  invalidKey: MessageKey & ('holdInvalid' | 'repsInvalid'),
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
      return speak(input, openAnswer(turn.routine, turn.record.routine, confirm(turn.routine, value), goOnText(turn.routine, turn.record.routine)));
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

/**
 * A handler for a preference said in words: applies the event; a question still open before the routine is
 * under way ("which side shall we start with?") is asked again after the confirmation.
 */
function preferenceHandler(intent: string, event: RoutineEvent): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, intent),
    async handle(input: HandlerInput) {
      const turn = await beginTurn(input);
      const { answer, effect } = await applyEventFor(input, turn, event);
      const asked = turn.pending === 'side' || turn.pending === 'resume' || turn.pending === 'begin';
      if (answer.timeline || !asked || effect.type !== 'setting') return speak(input, answer);
      // The question asked before is still the one to answer: the setting is said, then the question again.
      turn.nextPending = turn.pending;
      const again: Answer = turn.pending === 'side' ? sideQuestion(turn.routine) : keyedAnswer(turn.routine, 'welcomeBackReprompt', 'welcomeBackReprompt');
      return speak(input, { speech: spoken(message(turn.routine, effect.note)).append(again.speech), reprompt: again.reprompt ?? repromptFor(turn.routine, turn.record.routine) });
    },
  };
}

/** "Make it easier": the gentler form of this exercise, narrated at once. */
export const EasierHandler = preferenceHandler(INTENT.EASIER, { type: 'easier' });
/** "Make it harder": back to the usual form, or a longer hold. */
export const HarderHandler = preferenceHandler(INTENT.HARDER, { type: 'harder' });
/** "I can't get down on the floor": every exercise on or by a chair. */
export const ChairVersionHandler = preferenceHandler(INTENT.CHAIR, { type: 'setChair', on: true });
/** "Floor version": back to the floor. */
export const FloorVersionHandler = preferenceHandler(INTENT.FLOOR, { type: 'setChair', on: false });
/** "Slower", "talk slower", "too fast". */
export const SpeakSlowerHandler = preferenceHandler(INTENT.SLOWER, { type: 'setSpeechRate', change: 'slower' });
/** "Normal speed": the usual talking and counting speed. */
export const NormalSpeedHandler = preferenceHandler(INTENT.NORMAL_SPEED, { type: 'setSpeechRate', change: 'normal' });
/** "Count slower": longer lifts. */
export const CountSlowerHandler = preferenceHandler(INTENT.COUNT_SLOWER, { type: 'setCountPace', pace: 'slow' });
/** "Always give the full instructions". */
export const FullInstructionsHandler = preferenceHandler(INTENT.FULL_INSTRUCTIONS, { type: 'setInstructions', instructions: 'full' });
/** "Short instructions". */
export const ShortInstructionsHandler = preferenceHandler(INTENT.SHORT_INSTRUCTIONS, { type: 'setInstructions', instructions: 'short' });

/** "Louder", "speak up": the volume is the device's, and the answer says how to change it. */
export const VolumeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.VOLUME),
  async handle(input) {
    const turn = await beginTurn(input);
    turn.nextPending = turn.pending;
    const state = turn.record.routine;
    return speak(input, openAnswer(turn.routine, state, message(turn.routine, 'volume'), goOnText(turn.routine, state)));
  },
};
