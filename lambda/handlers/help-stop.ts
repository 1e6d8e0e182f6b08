// Help, stop, cancel, go home, and what Alexa could not match. Stopping keeps the user's place.
import type { RequestHandler } from 'ask-sdk-core';
import { REMINDER_DAYS } from '../comeback';
import { STATUS } from '../routine';
import { helpAnswer, keyedAnswer, message, openAnswer, spoken } from '../speech';
import { INTENT } from './intents';
import { isIntent } from './match';
import { reminderTimeAnswer } from './reminders';
import { applyEvent, speak } from './respond';
import { beginTurn, roundsDone } from './turn';

export const HelpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.HELP),
  async handle(input) {
    const { routine, record } = await beginTurn(input);
    return speak(input, helpAnswer(routine, record.routine));
  },
};

/** Stop, cancel and "go home" end the session; the saved place is offered back next time. */
export const StopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.STOP, INTENT.CANCEL, INTENT.NAVIGATE_HOME),
  async handle(input) {
    const turn = await beginTurn(input);
    // Stopping mid-side keeps the rounds already done, as a pause does.
    await applyEvent(input, turn, { type: 'pause', roundsDone: roundsDone(input, turn) });
    const { routine, record } = turn;
    const inRoutine = record.routine.status === STATUS.ACTIVE || record.routine.status === STATUS.PAUSED;
    return speak(input, keyedAnswer(routine, inRoutine ? 'maybeLater' : 'goodbye', null));
  },
};

export const FallbackHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.FALLBACK),
  async handle(input) {
    const turn = await beginTurn(input);
    const state = turn.record.routine;
    // Words that are no time, when a time was asked for: ask again, clearly.
    if (turn.pending === 'reminderTime') return speak(input, reminderTimeAnswer(turn, '?', turn.reminderDraft?.days ?? REMINDER_DAYS.DAILY));
    turn.nextPending = turn.pending;
    if (state.status === STATUS.ACTIVE) return speak(input, openAnswer(turn.routine, state, message(turn.routine, 'fallbackActive')));
    const help = helpAnswer(turn.routine, state);
    return speak(input, { ...help, speech: spoken(message(turn.routine, 'fallback')).append(help.speech) });
  },
};
