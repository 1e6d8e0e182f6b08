// Reminders by voice: "remind me every day at 8 am" (said back, then set on a yes, after asking for the
// permission by voice if needed), "what are my reminders", "cancel my reminder". One reminder a user at most.
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { cancelReminders, hasApiAccess, hasPermission, listReminders, saveReminder, type ApiFailure } from '../alexa-api';
import { askForPermissionDirective, heardTime, PART_OF_DAY, REMINDER_DAYS, REMINDERS_SCOPE, reminderRequest, type ReminderDays, type ReminderSchedule } from '../comeback';
import { localDateTime } from '../progress';
import { message, openAnswer, reminderVars, spokenTime, spoken, SsmlBuilder, type Answer } from '../speech';
import { afterReminder } from './comeback';
import { INTENT, SLOT } from './intents';
import { isIntent } from './match';
import { speak } from './respond';
import { reminderDaysSlot, textSlot } from './slots';
import { beginTurn, depsOf, type Turn } from './turn';

/** Asks for the time again; the days heard so far wait in the draft. */
function askTime(turn: Turn, text: string, days: ReminderDays): Answer {
  turn.nextPending = 'reminderTime';
  turn.nextReminderDraft = { hour: PART_OF_DAY.MO, minute: 0, days };
  return { speech: spoken(text), reprompt: spoken(message(turn.routine, 'reminderAskTimeReprompt')) };
}

/** The answer to a time and days: the reminder said back for a yes, or a clear question about the time. */
export function reminderTimeAnswer(turn: Turn, time: string | null, days: ReminderDays): Answer {
  const { routine } = turn;
  const heard = heardTime(time);
  if (heard.kind === 'missing') return askTime(turn, message(routine, 'reminderAskTime'), days);
  if (heard.kind === 'unclear') return askTime(turn, message(routine, 'reminderTimeUnclear'), days);
  if (heard.kind === 'partOfDay') {
    return askTime(turn, message(routine, 'reminderAskExactTime', { example: spokenTime(routine, PART_OF_DAY[heard.part], 0) }), days);
  }
  const draft: ReminderSchedule = { hour: heard.hour, minute: heard.minute, days };
  turn.nextPending = 'reminderConfirm';
  turn.nextReminderDraft = draft;
  return { speech: spoken(message(routine, 'reminderConfirm', reminderVars(routine, draft))), reprompt: spoken(message(routine, 'reminderConfirmReprompt')) };
}

/** A failed Reminders API call in one sentence: the card when the permission is missing (401), else "nothing changed". */
function failureAnswer(input: HandlerInput, turn: Turn, failure: ApiFailure): Answer {
  depsOf(input).logger.warn('reminders call failed', { failure });
  if (failure === 'notAllowed') {
    return { ...afterReminder(turn, spoken(message(turn.routine, 'reminderCard'))), consentCard: [REMINDERS_SCOPE] };
  }
  return afterReminder(turn, spoken(message(turn.routine, failure === 'noAccess' ? 'reminderUnavailable' : 'reminderFailed')));
}

/** Sets the reminder of `draft` (replacing the user's one reminder, if any) and says how it went. */
export async function saveDraft(input: HandlerInput, turn: Turn, draft: ReminderSchedule): Promise<Answer> {
  const { routine } = turn;
  const request = reminderRequest(draft, {
    localNow: localDateTime(depsOf(input).clock(), turn.timeZone ?? undefined),
    timeZone: turn.timeZone,
    locale: routine.locale,
    text: message(routine, 'reminderText'),
  });
  const saved = await saveReminder(input, turn.apiBudget, request);
  if (!saved.ok) return failureAnswer(input, turn, saved.failure);
  turn.record = { ...turn.record, reminder: draft };
  return afterReminder(turn, spoken(message(routine, saved.value === 'created' ? 'reminderSet' : 'reminderReplaced', reminderVars(routine, draft))));
}

/** "Yes" to the reminder said back: set it, or first ask for the permission by voice (Alexa asks, then answers). */
export async function confirmReminder(input: HandlerInput, turn: Turn, draft: ReminderSchedule): Promise<Answer> {
  if (!hasApiAccess(input)) return failureAnswer(input, turn, 'noAccess');
  if (hasPermission(input, REMINDERS_SCOPE)) return saveDraft(input, turn, draft);
  turn.nextReminderDraft = draft;
  return { speech: new SsmlBuilder(), reprompt: null, handOff: askForPermissionDirective(REMINDERS_SCOPE) };
}

/** "Remind me on weekdays at 6 in the evening". */
export const SetReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.SET_REMINDER),
  async handle(input) {
    const turn = await beginTurn(input);
    const days = reminderDaysSlot(input, SLOT.DAYS) ?? turn.reminderDraft?.days ?? REMINDER_DAYS.DAILY;
    return speak(input, reminderTimeAnswer(turn, textSlot(input, SLOT.TIME), days));
  },
};

/** "What are my reminders": the one this skill set, asked of the Reminders API. */
export const ListRemindersHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.LIST_REMINDERS),
  async handle(input) {
    const turn = await beginTurn(input);
    const { routine } = turn;
    const state = turn.record.routine;
    if (!hasApiAccess(input)) return speak(input, openAnswer(routine, state, message(routine, 'reminderUnavailable')));
    // Without the permission the skill cannot have set one.
    if (!hasPermission(input, REMINDERS_SCOPE)) return speak(input, openAnswer(routine, state, message(routine, 'remindersNone')));
    const listed = await listReminders(input, turn.apiBudget);
    if (!listed.ok) {
      depsOf(input).logger.warn('reminders call failed', { failure: listed.failure });
      return speak(input, openAnswer(routine, state, message(routine, listed.failure === 'notAllowed' ? 'remindersNone' : 'reminderFailed')));
    }
    const [first] = listed.value;
    turn.record = { ...turn.record, reminder: first?.schedule ?? null };
    if (!first) return speak(input, openAnswer(routine, state, message(routine, 'remindersNone')));
    const text = first.schedule ? message(routine, 'remindersOne', reminderVars(routine, first.schedule)) : message(routine, 'remindersSome');
    return speak(input, openAnswer(routine, state, text));
  },
};

/** "Cancel my reminder". */
export const CancelReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.CANCEL_REMINDER),
  async handle(input) {
    const turn = await beginTurn(input);
    const { routine } = turn;
    const state = turn.record.routine;
    if (!hasApiAccess(input)) return speak(input, openAnswer(routine, state, message(routine, 'reminderUnavailable')));
    if (!hasPermission(input, REMINDERS_SCOPE)) return speak(input, openAnswer(routine, state, message(routine, 'reminderNoneToCancel')));
    const cancelled = await cancelReminders(input, turn.apiBudget);
    if (!cancelled.ok) {
      depsOf(input).logger.warn('reminders call failed', { failure: cancelled.failure });
      return speak(input, openAnswer(routine, state, message(routine, 'reminderFailed')));
    }
    turn.record = { ...turn.record, reminder: null };
    return speak(input, openAnswer(routine, state, message(routine, cancelled.value > 0 ? 'reminderCancelled' : 'reminderNoneToCancel')));
  },
};
