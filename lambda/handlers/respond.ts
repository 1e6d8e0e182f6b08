// Turning answers and transitions into Alexa responses: the few lines every handler shares.
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { exerciseScreen, renderScreen, supportsApl } from '../display';
import { recordCompletion } from '../progress';
import { transition, type RoutineEvent } from '../routine';
import { effectAnswer, message, shapeOf, spoken, type Answer } from '../speech';
import { finishAnswer, planFinish } from './comeback';
import { saveTurn } from './save-interceptor';
import { currentTurn, depsOf, type Turn } from './turn';

/**
 * The response for an answer: speech, a reprompt that keeps the session open unless it is null, and the
 * exercise screen on devices that can show one. An answer that hands the conversation to Alexa (a routine offer,
 * a permission question) has no reprompt and leaves the session to Alexa, which resumes it with the outcome.
 */
export function speak(input: HandlerInput, answer: Answer): Response {
  const builder = input.responseBuilder;
  if (!answer.speech.isEmpty) builder.speak(answer.speech.toString());
  const turn = currentTurn(input);
  if (turn && answer.timeline) turn.narration = { ...answer.timeline, at: depsOf(input).clock().getTime() };
  if (turn && answer.show !== undefined && supportsApl(input)) {
    builder.addDirective(renderScreen(exerciseScreen(turn.routine, turn.record.routine, answer.show)));
  }
  if (answer.consentCard) builder.withAskForPermissionsConsentCard([...answer.consentCard]);
  if (answer.handOff) return builder.addDirective(answer.handOff).getResponse();
  if (answer.reprompt) return builder.reprompt(answer.reprompt.toString()).withShouldEndSession(false).getResponse();
  return builder.withShouldEndSession(true).getResponse();
}

/**
 * Applies one routine event to the turn's record and gives its answer. Counts a finished routine, and puts
 * the safety notice before the first exercise a user ever hears (a one-shot start skips the launch).
 */
export async function applyEvent(input: HandlerInput, turn: Turn, event: RoutineEvent): Promise<Answer> {
  const before = turn.record.routine;
  const { state, effect } = transition(before, event, shapeOf(turn.routine));
  const progress =
    effect.type === 'finished'
      ? recordCompletion(turn.record.progress, `${turn.today}#${input.requestEnvelope.request.requestId}`, turn.today)
      : turn.record.progress;
  const noticeNow = effect.type === 'narrate' && !state.safetyNoticeHeard;
  turn.record = { ...turn.record, routine: noticeNow ? { ...state, safetyNoticeHeard: true } : state, progress };
  // The offers that follow a finished routine are marked as made before the save: one write for the turn.
  const plan = effect.type === 'finished' ? planFinish(input, turn) : null;
  // Save before speaking the count, so it includes a routine another device finished meanwhile.
  if (plan) await saveTurn(input, turn);
  const context = { chimes: depsOf(input).chimes, progress: turn.record.progress, today: turn.today, weeklyGoal: turn.record.weeklyGoal };
  const answer = plan ? finishAnswer(input, turn, plan) : effectAnswer(turn.routine, before, state, effect, context);
  return noticeNow ? { ...answer, speech: spoken(message(turn.routine, 'safetyNotice')).append(answer.speech) } : answer;
}
