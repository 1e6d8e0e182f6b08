// After a finished routine: offer once to set up "Alexa, start my sciatica routine" (Alexa asks, then resumes
// the session), then once a daily reminder; after that, goodbye. Also the answers that follow a reminder step.
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import { hasApiAccess } from '../alexa-api';
import { OFFER_REASON, routineOfferDirective, type OfferReason } from '../comeback';
import { ROUTINE_OFFER, type UserRecord } from '../persistence';
import { STATUS } from '../routine';
import { finishedSpeech, message, repromptFor, spoken, type Answer, type SsmlBuilder } from '../speech';
import type { Turn } from './turn';

/** What follows a finished routine: Alexa's routine offer, the reminder question, or goodbye. */
export type FinishPlan = 'routineOffer' | 'reminderOffer' | 'goodbye';

/** True when Alexa can offer the routine here: the phrases are in the device's own language. */
function canOfferRoutine(input: HandlerInput, turn: Turn): boolean {
  return getLocale(input.requestEnvelope) === turn.routine.locale;
}

/** True when a daily reminder can be offered: never offered, none set, and the Reminders API is in reach. */
function canOfferReminder(input: HandlerInput, record: UserRecord): boolean {
  return !record.reminderOffered && record.reminder === null && hasApiAccess(input);
}

/** The directive that hands over to Alexa's routine offer. */
function routineOffer(input: HandlerInput, turn: Turn, reason: OfferReason) {
  return routineOfferDirective({
    skillId: input.requestEnvelope.context.System.application.applicationId,
    locale: turn.routine.locale,
    phrases: turn.routine.routinePhrases,
    description: message(turn.routine, 'routineDescription'),
    reason,
  });
}

/** The reminder question after `speech`; it waits for a yes or no. */
function reminderQuestion(turn: Turn, speech: SsmlBuilder): Answer {
  turn.nextPending = 'reminderOffer';
  return { speech: speech.say(message(turn.routine, 'reminderOffer')), reprompt: spoken(message(turn.routine, 'reminderOfferReprompt')) };
}

const goodbye = (turn: Turn, speech: SsmlBuilder): Answer => ({ speech: speech.say(message(turn.routine, 'goodbye')), reprompt: null });

/**
 * Decides which offer follows a finished routine and marks it as made. Called before the finished routine is
 * saved, so the turn still writes once.
 */
export function planFinish(input: HandlerInput, turn: Turn): FinishPlan {
  if (turn.record.routineOffer === ROUTINE_OFFER.NONE && canOfferRoutine(input, turn)) {
    turn.record = { ...turn.record, routineOffer: ROUTINE_OFFER.OFFERED };
    return 'routineOffer';
  }
  if (canOfferReminder(input, turn.record)) {
    turn.record = { ...turn.record, reminderOffered: true };
    return 'reminderOffer';
  }
  return 'goodbye';
}

/**
 * The end of a routine: well done and the week's count, then the planned offer, or goodbye; whichever follows, a
 * screen shows the finished routine and the Alexa app gets its card.
 */
export function finishAnswer(input: HandlerInput, turn: Turn, plan: FinishPlan): Answer {
  const speech = finishedSpeech(turn.routine, turn.record.progress, turn.today, turn.record.weeklyGoal);
  if (plan === 'routineOffer') return { speech, reprompt: null, handOff: routineOffer(input, turn, OFFER_REASON.FINISHED), screen: 'finished' };
  return { ...(plan === 'reminderOffer' ? reminderQuestion(turn, speech) : goodbye(turn, speech)), screen: 'finished' };
}

/** "Set up my routine": `speech`, then Alexa's routine offer, made again even after an earlier no. */
export function routineOfferAnswer(input: HandlerInput, turn: Turn, speech: SsmlBuilder): Answer {
  if (!canOfferRoutine(input, turn)) return { speech: speech.say(message(turn.routine, 'routineOfferFailed')), reprompt: repromptFor(turn.routine, turn.record.routine) };
  turn.record = { ...turn.record, routineOffer: ROUTINE_OFFER.OFFERED };
  return { speech, reprompt: null, handOff: routineOffer(input, turn, OFFER_REASON.ASKED) };
}

/** After the routine offer that followed a finished routine: the reminder question, once, else goodbye. */
export function closingAnswer(input: HandlerInput, turn: Turn, speech: SsmlBuilder): Answer {
  if (!canOfferReminder(input, turn.record)) return goodbye(turn, speech);
  turn.record = { ...turn.record, reminderOffered: true };
  return reminderQuestion(turn, speech);
}

/** After a reminder was set, refused or failed: goodbye at the end of a routine, else carry on where the user is. */
export function afterReminder(turn: Turn, speech: SsmlBuilder): Answer {
  const state = turn.record.routine;
  if (state.status === STATUS.FINISHED) return goodbye(turn, speech);
  return { speech, reprompt: repromptFor(turn.routine, state) };
}
