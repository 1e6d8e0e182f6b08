// Pain, injury and warning signs: the routine stops where the user is, and the answer says what to do.
// Nothing about the pain is stored: the record only shows the routine paused, as any pause would.
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Routine } from '../../content';
import { METRIC, type MetricName } from '../metrics';
import type { RoutineState } from '../routine';
import { hurtMidExercise, injuryAnswer, painAnswer, sideQuestion, warningAnswer, type Answer } from '../speech';
import { INTENT } from './intents';
import { isIntent } from './match';
import { recordMetric } from './observe';
import { applyEvent, speak } from './respond';
import { beginTurn } from './turn';

/**
 * A handler that pauses the routine at the round reached and gives a safety answer. Pain said in answer to
 * the side question ("my left leg hurts") is answered first; the question stays open, asked again after it.
 * Each is counted (a metric for all users together, never per user); its log lines carry no user tag.
 */
function safetyHandler(intent: string, metric: MetricName, answer: (routine: Routine, state: RoutineState) => Answer): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, intent),
    async handle(input: HandlerInput) {
      recordMetric(input, metric);
      const turn = await beginTurn(input);
      await applyEvent(input, turn, { type: 'pause' });
      const said = answer(turn.routine, turn.record.routine);
      // "Okay" after the pain answer must not carry on with the stretch: the choice stays open.
      if (intent === INTENT.IT_HURTS && hurtMidExercise(turn.routine, turn.record.routine)) turn.nextPending = 'painOptions';
      if (turn.pending !== 'side' || said.reprompt === null) return speak(input, said);
      turn.nextPending = 'side';
      const question = sideQuestion(turn.routine);
      return speak(input, { ...said, speech: said.speech.append(question.speech), reprompt: question.reprompt });
    },
  };
}

/** "It hurts", "ow", "my leg is tingling": stop, and the gentler options. */
export const ItHurtsHandler = safetyHandler(INTENT.IT_HURTS, METRIC.PAIN_REPORT, painAnswer);
/** "I fell", "I feel dizzy", "something popped": stop, stay still, and when to get help. */
export const InjuryHandler = safetyHandler(INTENT.INJURY, METRIC.INJURY_REPORT, (routine) => injuryAnswer(routine));
/** Numbness around the groin, bladder or bowel trouble, both legs weak: get medical help now. */
export const WarningSignHandler = safetyHandler(INTENT.WARNING_SIGN, METRIC.WARNING_SIGN, (routine) => warningAnswer(routine));
