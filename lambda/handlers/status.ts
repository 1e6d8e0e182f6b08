// Where the user stands: where am I, how many are left, and how they are doing over days. Nothing is saved.
import type { RequestHandler } from 'ask-sdk-core';
import { leftAnswer, progressAnswer, whereAnswer } from '../speech';
import { INTENT } from './intents';
import { isIntent } from './match';
import { speak } from './respond';
import { beginTurn } from './turn';

export const WhereAmIHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.WHERE_AM_I),
  async handle(input) {
    const { routine, record } = await beginTurn(input);
    return speak(input, whereAnswer(routine, record.routine));
  },
};

export const HowManyLeftHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.HOW_MANY_LEFT),
  async handle(input) {
    const { routine, record } = await beginTurn(input);
    return speak(input, leftAnswer(routine, record.routine));
  },
};

export const ProgressHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.PROGRESS),
  async handle(input) {
    const { routine, record, today } = await beginTurn(input);
    return speak(input, progressAnswer(routine, record.routine, record.progress, today));
  },
};
