// Opening the skill: the safety notice on first use, the saved place after that.
import type { RequestHandler } from 'ask-sdk-core';
import { welcomeAnswer } from '../speech';
import { isType } from './match';
import { speak } from './respond';
import { beginTurn } from './turn';

export const LaunchHandler: RequestHandler = {
  canHandle: (input) => isType(input, 'LaunchRequest'),
  async handle(input) {
    const turn = await beginTurn(input);
    const answer = welcomeAnswer(turn.routine, turn.record.routine);
    turn.nextPending = answer.pending;
    turn.record = { ...turn.record, routine: { ...turn.record.routine, safetyNoticeHeard: true } };
    return speak(input, answer);
  },
};
