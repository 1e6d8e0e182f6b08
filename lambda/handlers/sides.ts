// The starting side: asked once as a preference ("which side shall we start with?"), changed by voice any time.
import type { RequestHandler } from 'ask-sdk-core';
import { STATUS } from '../routine';
import { SIDE, exerciseComplete } from '../routine';
import { goOnText, message, openAnswer, shapeOf, spoken, withLead } from '../speech';
import { notUnderstood } from './help-stop';
import { INTENT, SLOT } from './intents';
import { isIntent } from './match';
import { applyEvent, speak } from './respond';
import { sideSlot } from './slots';
import { beginTurn } from './turn';

/** "Start with my left side": sets the preference; right after the side question it also starts. */
export const SetStartSideHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.SET_SIDE, INTENT.SIDE_ANSWER),
  async handle(input) {
    const turn = await beginTurn(input);
    const { routine } = turn;
    const side = sideSlot(input, SLOT.SIDE);
    const state = turn.record.routine;
    // Words heard in the side's place that are no side ("my foot is numb") get the not-understood answer,
    // which names the safety words first mid-routine: never "say left or right" to a report of a symptom.
    if (!side) return speak(input, notUnderstood(turn));
    const bare = isIntent(input, INTENT.SIDE_ANSWER);
    // A side said alone answers the side question only; mid-exercise it means "that side", otherwise it is explained.
    if (bare && turn.pending !== 'side') {
      const underWay = state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED;
      const shape = shapeOf(routine);
      if (underWay && shape.exercises[state.exercise]?.perSide && !exerciseComplete(state, shape)) {
        return speak(input, await applyEvent(input, turn, { type: 'switchSide', side }));
      }
      return speak(input, openAnswer(routine, state, message(routine, 'sideOnlyWhenAsked', { side: routine.sides[side] })));
    }
    await applyEvent(input, turn, { type: 'setStartSide', side });
    const confirm = spoken(message(routine, 'sideSet', { side: routine.sides[side] }));
    if (turn.pending !== 'side') return speak(input, openAnswer(routine, turn.record.routine, message(routine, 'sideSet', { side: routine.sides[side] }), goOnText(routine, turn.record.routine)));
    const start = await applyEvent(input, turn, { type: 'start' });
    return speak(input, withLead(start, confirm, turn.record.routine.settings.speechRate));
  },
};


/** "Either", "doesn't matter", "you choose": at the side question, the right side first (it can be changed any time). */
export const NoPreferenceHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.NO_PREFERENCE),
  async handle(input) {
    const turn = await beginTurn(input);
    if (turn.pending !== 'side') return speak(input, notUnderstood(turn));
    await applyEvent(input, turn, { type: 'setStartSide', side: SIDE.RIGHT });
    const start = await applyEvent(input, turn, { type: 'start' });
    return speak(input, withLead(start, spoken(message(turn.routine, 'noPreference')), turn.record.routine.settings.speechRate));
  },
};
