// Yes and No: answers to the question the skill asked in the previous turn. "Okay" with no question open
// mid-routine means carry on; after "it hurts" it means nothing yet, and the choice is asked again.
import type { RequestHandler } from 'ask-sdk-core';
import type { Routine } from '../../content';
import { REMINDER_DAYS } from '../comeback';
import { STATUS, type RoutineState } from '../routine';
import { helpAnswer, keyedAnswer, message, painChoice, spoken, withLead, type Answer } from '../speech';
import { afterReminder } from './comeback';
import { INTENT } from './intents';
import { isIntent } from './match';
import { confirmReminder, reminderTimeAnswer } from './reminders';
import { applyEvent, speak } from './respond';
import { beginTurn, type Turn } from './turn';

/** Yes or no when no question is open: say so, then the help that fits. */
function notAnAnswer(routine: Routine, state: RoutineState): Answer {
  return withLead(helpAnswer(routine, state), spoken(message(routine, 'yesNoNothing')), state.settings.speechRate);
}

/** Questions yes or no cannot answer (which side, what to do after "it hurts"): asked again, still open. */
function askedAgain(turn: Turn): Answer | null {
  if (turn.pending === 'side') {
    turn.nextPending = 'side';
    return keyedAnswer(turn.routine, 'askSideHelp', 'askSideReprompt');
  }
  if (turn.pending === 'painOptions') {
    turn.nextPending = 'painOptions';
    return painChoice(turn.routine);
  }
  return null;
}

export const YesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.YES),
  async handle(input) {
    const turn = await beginTurn(input);
    const { routine } = turn;
    const status = turn.record.routine.status;
    if (turn.pending === 'resume') return speak(input, await applyEvent(input, turn, { type: 'resume' }));
    if (turn.pending === 'startOver') return speak(input, await applyEvent(input, turn, { type: 'startOver' }));
    if (turn.pending === 'begin') return speak(input, await applyEvent(input, turn, { type: 'start' }));
    const again = askedAgain(turn);
    if (again) return speak(input, again);
    // "Would you like a daily reminder?" and "What time?": a yes asks for the time.
    if (turn.pending === 'reminderOffer' || turn.pending === 'reminderTime') {
      return speak(input, reminderTimeAnswer(turn, null, turn.reminderDraft?.days ?? REMINDER_DAYS.DAILY));
    }
    if (turn.pending === 'reminderConfirm' && turn.reminderDraft) return speak(input, await confirmReminder(input, turn, turn.reminderDraft));
    if (status === STATUS.ACTIVE || status === STATUS.PAUSED) return speak(input, await applyEvent(input, turn, { type: 'start' }));
    return speak(input, notAnAnswer(routine, turn.record.routine));
  },
};

export const NoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.NO),
  async handle(input) {
    const turn = await beginTurn(input);
    const { routine } = turn;
    if (turn.pending === 'resume') {
      turn.nextPending = 'startOver';
      return speak(input, keyedAnswer(routine, 'offerStartOver', 'offerStartOverReprompt'));
    }
    if (turn.pending === 'startOver' || turn.pending === 'begin') return speak(input, keyedAnswer(routine, 'maybeLater', null));
    const again = askedAgain(turn);
    if (again) return speak(input, again);
    if (turn.pending === 'reminderOffer' || turn.pending === 'reminderTime' || turn.pending === 'reminderConfirm') {
      return speak(input, afterReminder(turn, spoken(message(routine, 'reminderNotSet'))));
    }
    return speak(input, notAnAnswer(routine, turn.record.routine));
  },
};
