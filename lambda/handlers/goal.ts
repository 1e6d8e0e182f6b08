// "Set my goal to five days a week": the weekly goal, from 1 to 7 days.
import type { RequestHandler } from 'ask-sdk-core';
import { WEEKLY_GOAL } from '../progress';
import { goalSetLine, message, openAnswer } from '../speech';
import { INTENT, SLOT } from './intents';
import { isIntent } from './match';
import { speak } from './respond';
import { numberSlot } from './slots';
import { beginTurn } from './turn';

export const SetGoalHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.SET_GOAL),
  async handle(input) {
    const turn = await beginTurn(input);
    const { routine } = turn;
    const goal = numberSlot(input, SLOT.COUNT);
    if (goal === null || goal < WEEKLY_GOAL.MIN || goal > WEEKLY_GOAL.MAX) {
      return speak(input, openAnswer(routine, turn.record.routine, message(routine, 'goalInvalid')));
    }
    turn.record = { ...turn.record, weeklyGoal: goal };
    return speak(input, openAnswer(routine, turn.record.routine, goalSetLine(routine, turn.record.progress, turn.today, goal)));
  },
};
