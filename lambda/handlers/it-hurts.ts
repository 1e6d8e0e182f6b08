// "It hurts": stop, the warning signs, and gentler options. The routine is paused at its place.
import type { RequestHandler } from 'ask-sdk-core';
import { METRIC } from '../metrics';
import { painAnswer } from '../speech';
import { INTENT } from './intents';
import { isIntent } from './match';
import { recordMetric } from './observe';
import { applyEvent, speak } from './respond';
import { beginTurn, roundsDone } from './turn';

export const ItHurtsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.IT_HURTS),
  async handle(input) {
    recordMetric(input, METRIC.PAIN_REPORT);
    const turn = await beginTurn(input);
    await applyEvent(input, turn, { type: 'pause', roundsDone: roundsDone(input, turn) });
    return speak(input, painAnswer(turn.routine));
  },
};
