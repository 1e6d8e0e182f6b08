// Help, stop, cancel, go home, and what Alexa could not match. Stopping keeps the user's place.
import type { RequestHandler } from 'ask-sdk-core';
import { METRIC } from '../metrics';
import { REMINDER_DAYS } from '../comeback';
import { STATUS } from '../routine';
import { helpAnswer, keyedAnswer, message, openAnswer, painChoice, sideQuestion, spoken, withLead, type Answer } from '../speech';
import { INTENT } from './intents';
import { isIntent } from './match';
import { recordMetric } from './observe';
import { reminderTimeAnswer } from './reminders';
import { applyEvent, speak } from './respond';
import { beginTurn, type Turn } from './turn';

/** Help that fits: the side question explained while it is open, else where the user is and what to say. */
export const HelpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.HELP),
  async handle(input) {
    const turn = await beginTurn(input);
    if (turn.pending === 'side') {
      turn.nextPending = 'side';
      return speak(input, { ...keyedAnswer(turn.routine, 'askSideHelp', 'askSideReprompt'), screen: 'askSide' });
    }
    return speak(input, helpAnswer(turn.routine, turn.record.routine));
  },
};

/**
 * Stop, cancel and "go home" end the session; the saved place is offered back next time. Mid-routine the answer
 * says what to do if something hurts: "stop, it hurts" may reach Stop on a device.
 */
export const StopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.STOP, INTENT.CANCEL, INTENT.NAVIGATE_HOME),
  async handle(input) {
    const turn = await beginTurn(input);
    // Stopping mid-exercise keeps the rounds heard so far, as a pause does.
    await applyEvent(input, turn, { type: 'pause' });
    const { routine, record } = turn;
    const inRoutine = record.routine.status === STATUS.ACTIVE || record.routine.status === STATUS.PAUSED;
    return speak(input, keyedAnswer(routine, inRoutine ? 'stoppedMidRoutine' : 'goodbye', null));
  },
};

/**
 * What Alexa could not match. Mid-routine the answer names the safety words first, so a person in trouble is
 * never told to carry on; an open question is asked again.
 */
export const FallbackHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.FALLBACK),
  async handle(input) {
    recordMetric(input, METRIC.FALLBACK);
    return speak(input, notUnderstood(await beginTurn(input)));
  },
};

/** The answer to words the skill could not use, here or in a slot that matched nothing; the open question stays open. */
export function notUnderstood(turn: Turn): Answer {
  const { routine } = turn;
  const state = turn.record.routine;
  // Words that are no time, when a time was asked for: ask again, clearly.
  if (turn.pending === 'reminderTime') return reminderTimeAnswer(turn, '?', turn.reminderDraft?.days ?? REMINDER_DAYS.DAILY);
  turn.nextPending = turn.pending;
  if (turn.pending === 'painOptions') return painChoice(routine);
  if (state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED) return openAnswer(routine, state, message(routine, 'fallbackActive'));
  const sorry = spoken(message(routine, 'fallback'));
  if (turn.pending === 'side') return withLead(sideQuestion(routine), sorry, state.settings.speechRate);
  return withLead(helpAnswer(routine, state), sorry, state.settings.speechRate);
}
