// Explanations: how to do an exercise in full ("explain the pigeon stretch") and why it helps. Nothing is saved.
import type { RequestHandler } from 'ask-sdk-core';
import { STATUS, exerciseComplete } from '../routine';
import { exerciseList, explainAnswer, message, nextPrompt, openAnswer, shapeOf, whyAnswer } from '../speech';
import { INTENT, SLOT } from './intents';
import { isIntent } from './match';
import { speak } from './respond';
import { exerciseSlot } from './slots';
import { beginTurn } from './turn';

export const ExplainHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.EXPLAIN),
  async handle(input) {
    const { routine, record } = await beginTurn(input);
    const named = exerciseSlot(input, routine, SLOT.EXERCISE);
    if (named.kind === 'unknown') {
      return speak(input, openAnswer(routine, record.routine, message(routine, 'explainUnknown', { list: exerciseList(routine, record.routine) })));
    }
    if (named.kind === 'known') return speak(input, explainAnswer(routine, record.routine, named.index));
    // "What do I do now?" after an exercise was heard to its end is about the next one.
    const state = record.routine;
    if (state.status !== STATUS.ACTIVE || !exerciseComplete(state, shapeOf(routine))) return speak(input, explainAnswer(routine, state, state.exercise));
    if (state.exercise + 1 < routine.exercises.length) return speak(input, explainAnswer(routine, state, state.exercise + 1));
    return speak(input, openAnswer(routine, state, nextPrompt(routine, state)));
  },
};

export const WhyItHelpsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.WHY),
  async handle(input) {
    const { routine, record } = await beginTurn(input);
    const named = exerciseSlot(input, routine, SLOT.EXERCISE);
    if (named.kind === 'known') return speak(input, whyAnswer(routine, record.routine, named.index));
    const inRoutine = record.routine.status === STATUS.ACTIVE || record.routine.status === STATUS.PAUSED;
    return speak(input, whyAnswer(routine, record.routine, named.kind === 'none' && inRoutine ? record.routine.exercise : null));
  },
};
