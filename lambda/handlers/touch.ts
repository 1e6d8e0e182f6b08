// Touches the buttons table does not know (from a screen of an older version, or a malformed event): the
// skill says what it can do instead of failing. Known buttons never reach this handler: each is taken by the
// handler of the voice intent it stands for (see buttons.ts and match.ts).
import type { RequestHandler } from 'ask-sdk-core';
import { helpAnswer } from '../speech';
import { USER_EVENT } from './buttons';
import { isType } from './match';
import { speak } from './respond';
import { beginTurn, depsOf } from './turn';

export const ScreenEventHandler: RequestHandler = {
  canHandle: (input) => isType(input, USER_EVENT),
  async handle(input) {
    depsOf(input).logger.warn('unknown screen event');
    const { routine, record } = await beginTurn(input);
    return speak(input, helpAnswer(routine, record.routine));
  },
};
