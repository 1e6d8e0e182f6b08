// The catch-all: a short apology, the session kept open, and the user's place untouched.
import { getLocale, type ErrorHandler } from 'ask-sdk-core';
import { loadRoutine } from '../../content';
import { errorFields } from '../logger';
import { message, spoken } from '../speech';
import { depsOf } from './turn';
import { speak } from './respond';

export const CatchAllErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    depsOf(input).logger.error('request failed', { requestType: input.requestEnvelope.request.type, ...errorFields(error) });
    const type = input.requestEnvelope.request.type;
    if (type !== 'LaunchRequest' && type !== 'IntentRequest') return input.responseBuilder.getResponse();
    const routine = loadRoutine(getLocale(input.requestEnvelope));
    return speak(input, { speech: spoken(message(routine, 'error')), reprompt: spoken(message(routine, 'errorReprompt')) });
  },
};
