// Opening the skill: the safety notice and side question on first use, the saved place after that, and straight
// on with the next step when the user was in the middle of the routine moments ago.
import type { RequestHandler } from 'ask-sdk-core';
import { goesStraightOn, message, spoken, welcomeAnswer, withLead } from '../speech';
import { isType } from './match';
import { applyEvent, speak } from './respond';
import { beginTurn } from './turn';

export const LaunchHandler: RequestHandler = {
  canHandle: (input) => isType(input, 'LaunchRequest'),
  async handle(input) {
    const turn = await beginTurn(input);
    const state = turn.record.routine;
    if (state.safetyNoticeHeard && goesStraightOn(state, turn.now)) {
      const next = await applyEvent(input, turn, { type: 'resume' });
      return speak(input, withLead(next, spoken(message(turn.routine, 'goingOn')), state.settings.speechRate));
    }
    const answer = welcomeAnswer(turn.routine, state);
    turn.nextPending = answer.pending;
    turn.record = { ...turn.record, routine: { ...state, safetyNoticeHeard: true } };
    return speak(input, answer);
  },
};
