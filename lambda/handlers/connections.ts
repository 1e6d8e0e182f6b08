// Alexa hands the conversation back: after its routine offer (SessionResumedRequest) and after its permission
// question (Connections.Response). Also "set up my routine", which asks Alexa to make the offer again.
import type { RequestHandler } from 'ask-sdk-core';
import * as z from 'zod/mini';
import { consentAnswer, isConsentResponse, OFFER_REASON, offerOutcome, REMINDERS_SCOPE, type OfferOutcome } from '../comeback';
import { ROUTINE_OFFER } from '../persistence';
import { helpAnswer, message, repromptFor, spoken } from '../speech';
import { afterReminder, closingAnswer, routineOfferAnswer } from './comeback';
import { INTENT } from './intents';
import { isIntent, isType } from './match';
import { saveDraft } from './reminders';
import { speak } from './respond';
import { beginTurn, depsOf } from './turn';

const OUTCOME_KEY = {
  accepted: 'routineOfferAccepted',
  alreadySet: 'routineOfferAlready',
  declined: 'routineOfferDeclined',
  failed: 'routineOfferFailed',
} as const satisfies Record<OfferOutcome, string>;

const ANSWERED = { accepted: ROUTINE_OFFER.ACCEPTED, alreadySet: ROUTINE_OFFER.ACCEPTED, declined: ROUTINE_OFFER.DECLINED, failed: null } as const;

/** "Set up my routine": Alexa offers the routine, even after an earlier no. */
export const SetUpRoutineHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENT.SET_UP_ROUTINE),
  async handle(input) {
    const turn = await beginTurn(input);
    return speak(input, routineOfferAnswer(input, turn, spoken(message(turn.routine, 'routineOfferAsked'))));
  },
};

/** Alexa resumes the session after its routine offer: thanks for a yes, a few words for a no, one sentence on a failure. */
export const SessionResumedHandler: RequestHandler = {
  canHandle: (input) => isType(input, 'SessionResumedRequest'),
  async handle(input) {
    const turn = await beginTurn(input);
    const cause = z.object({ cause: z.optional(z.unknown()) }).safeParse(input.requestEnvelope.request);
    const result = offerOutcome(cause.success ? cause.data.cause : undefined);
    const { logger } = depsOf(input);
    if (!result) {
      logger.warn('session resumed for an unknown reason');
      return speak(input, helpAnswer(turn.routine, turn.record.routine));
    }
    logger.info('routine offer answered', { outcome: result.outcome });
    const answered = ANSWERED[result.outcome];
    if (answered) turn.record = { ...turn.record, routineOffer: answered };
    const speech = spoken(message(turn.routine, OUTCOME_KEY[result.outcome]));
    if (result.reason === OFFER_REASON.FINISHED) return speak(input, closingAnswer(input, turn, speech));
    return speak(input, { speech, reprompt: repromptFor(turn.routine, turn.record.routine) });
  },
};

/** Alexa answers the permission question: set the reminder on a yes, a few words otherwise, the card if it could not ask. */
export const ConnectionsResponseHandler: RequestHandler = {
  canHandle: (input) => isType(input, 'Connections.Response') && isConsentResponse(input.requestEnvelope.request),
  async handle(input) {
    const turn = await beginTurn(input);
    const answer = consentAnswer(input.requestEnvelope.request, REMINDERS_SCOPE);
    depsOf(input).logger.info('reminders permission answered', { answer });
    const draft = turn.reminderDraft;
    if (answer === 'ACCEPTED' && draft) return speak(input, await saveDraft(input, turn, draft));
    if (answer === 'unavailable') {
      return speak(input, { ...afterReminder(turn, spoken(message(turn.routine, 'reminderCard'))), consentCard: [REMINDERS_SCOPE] });
    }
    return speak(input, afterReminder(turn, spoken(message(turn.routine, answer === 'DENIED' ? 'reminderDenied' : 'reminderNotAnswered'))));
  },
};
