// Turning answers and transitions into Alexa responses: the few lines every handler shares.
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { loadRoutine } from '../../content';
import { cardFor, screens, supportsApl } from '../display';
import { METRIC } from '../metrics';
import { completionId, recordCompletion } from '../progress';
import { STATUS, transition, type Effect, type RoutineEvent } from '../routine';
import { effectAnswer, message, placementOf, shapeOf, spoken, withLead, type Answer } from '../speech';
import { recordMetric } from './observe';
import { finishAnswer, planFinish } from './comeback';
import { saveTurn } from './save-interceptor';
import { currentTurn, depsOf, type Turn } from './turn';

/**
 * The response for an answer: speech at the user's speaking rate, a reprompt that keeps the session open unless
 * it is null, the screen that fits it on devices that can show one, and a card after an explanation or a
 * finished routine. A narration is kept in the session (to place an interruption on it) and in the record (a
 * session closed soon after it goes straight on). An answer that hands the conversation to Alexa (a routine
 * offer, a permission question) has no reprompt and leaves the session to Alexa, which resumes it with the
 * outcome; a card asking for permissions takes the place of the answer's own card (a response has one card).
 */
export function speak(input: HandlerInput, answer: Answer): Response {
  const turn = currentTurn(input);
  const rate = turn?.record.routine.settings.speechRate ?? 100;
  if (turn && answer.timeline) {
    turn.narration = { ...placementOf(answer.timeline), at: turn.now };
    const activeUntil = turn.now + Math.round(answer.speech.estimatedSeconds(rate) * 1000);
    turn.record = { ...turn.record, routine: { ...turn.record.routine, wakeWordTipHeard: true, activeUntil } };
  }
  // The locale's emergency numbers are read digit by digit, as people say them there.
  const digits = (turn?.routine ?? loadRoutine(getLocale(input.requestEnvelope))).sayAsDigits;
  const builder = input.responseBuilder;
  if (!answer.speech.isEmpty) builder.speak(answer.speech.render(rate, digits));
  if (turn) {
    const context = { routine: turn.routine, state: turn.record.routine, progress: turn.record.progress, today: turn.today, weeklyGoal: turn.record.weeklyGoal };
    if (supportsApl(input)) {
      const { renderScreen, screenFor } = screens();
      builder.addDirective(renderScreen(screenFor(answer, context)));
    }
    const card = answer.consentCard ? null : cardFor(answer, context);
    if (card) builder.withSimpleCard(card.title, card.content);
  }
  if (answer.consentCard) builder.withAskForPermissionsConsentCard([...answer.consentCard]);
  if (answer.handOff) return builder.addDirective(answer.handOff).getResponse();
  if (answer.reprompt) return builder.reprompt(answer.reprompt.render(rate, digits)).withShouldEndSession(false).getResponse();
  return builder.withShouldEndSession(true).getResponse();
}

/**
 * Applies one routine event to the turn's record and gives its answer. Counts a finished routine, and puts
 * the safety notice before the first exercise a user ever hears (a one-shot start skips the launch).
 */
export async function applyEvent(input: HandlerInput, turn: Turn, event: RoutineEvent): Promise<Answer> {
  return (await applyEventFor(input, turn, event)).answer;
}

/** applyEvent, with the transition's effect for a handler that words the answer itself. */
export async function applyEventFor(input: HandlerInput, turn: Turn, event: RoutineEvent): Promise<{ answer: Answer; effect: Effect }> {
  const before = turn.record.routine;
  const { state, effect } = transition(before, event, shapeOf(turn.routine));
  const progress =
    effect.type === 'finished'
      ? recordCompletion(turn.record.progress, completionId(turn.today, input.requestEnvelope.request.requestId), turn.today)
      : turn.record.progress;
  const narrates = effect.type === 'narrate' || (effect.type === 'setting' && effect.narrate);
  const fromTheTop = before.status === STATUS.IDLE || before.status === STATUS.FINISHED || event.type === 'startOver';
  if (narrates && fromTheTop) recordMetric(input, METRIC.ROUTINE_STARTED);
  if (effect.type === 'finished') recordMetric(input, METRIC.ROUTINE_FINISHED);
  const noticeNow = narrates && !state.safetyNoticeHeard;
  turn.record = { ...turn.record, routine: noticeNow ? { ...state, safetyNoticeHeard: true } : state, progress };
  // The offers that follow a finished routine are marked as made before the save: one write for the turn.
  const plan = effect.type === 'finished' ? planFinish(input, turn) : null;
  // Save before speaking the count, so it includes a routine another device finished meanwhile.
  if (plan) await saveTurn(input, turn);
  const context = { chimes: depsOf(input).chimes, progress: turn.record.progress, today: turn.today, weeklyGoal: turn.record.weeklyGoal };
  const answer = plan ? finishAnswer(input, turn, plan) : effectAnswer(turn.routine, before, state, effect, context);
  return { answer: noticeNow ? withLead(answer, spoken(message(turn.routine, 'safetyNotice')), state.settings.speechRate) : answer, effect };
}
