// Yes and No: answers to the question the skill asked in the previous turn.
import type { RequestHandler } from 'ask-sdk-core';
import { helpAnswer, message, spoken } from '../speech';
import { INTENT } from './intents';
import { isIntent } from './match';
import { applyEvent, speak } from './respond';
import { beginTurn } from './turn';

export const YesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.YES),
  async handle(input) {
    const turn = await beginTurn(input);
    const { routine } = turn;
    if (turn.pending === 'resume') return speak(input, applyEvent(input, turn, { type: 'resume' }));
    if (turn.pending === 'startOver') return speak(input, applyEvent(input, turn, { type: 'startOver' }));
    if (turn.pending === 'begin') return speak(input, applyEvent(input, turn, { type: 'start' }));
    if (turn.pending === 'side') {
      turn.nextPending = 'side';
      return speak(input, { speech: spoken(message(routine, 'askSide')), reprompt: spoken(message(routine, 'askSideReprompt')) });
    }
    return speak(input, helpAnswer(routine, turn.record.routine));
  },
};

export const NoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.NO),
  async handle(input) {
    const turn = await beginTurn(input);
    const { routine } = turn;
    if (turn.pending === 'resume') {
      turn.nextPending = 'startOver';
      return speak(input, { speech: spoken(message(routine, 'offerStartOver')), reprompt: spoken(message(routine, 'offerStartOverReprompt')) });
    }
    if (turn.pending === 'startOver' || turn.pending === 'begin') {
      return speak(input, { speech: spoken(message(routine, 'maybeLater')), reprompt: null });
    }
    return speak(input, helpAnswer(routine, turn.record.routine));
  },
};
