// The catch-all: a short apology, the session kept open, and the user's place untouched.
import { getLocale, type ErrorHandler } from 'ask-sdk-core';
import { loadRoutine } from '../../content';
import { errorFields } from '../logger';
import { keyedAnswer } from '../speech';
import { depsOf } from './turn';
import { speak } from './respond';

export const CatchAllErrorHandler: ErrorHandler = {
  // Events (SkillDisabled) are not answered with speech: their errors propagate so the call fails visibly.
  canHandle: (input) =>
    ['LaunchRequest', 'IntentRequest', 'SessionEndedRequest', 'SessionResumedRequest', 'Connections.Response'].includes(input.requestEnvelope.request.type),
  handle(input, error) {
    depsOf(input).logger.error('request failed', errorFields(error));
    if (input.requestEnvelope.request.type === 'SessionEndedRequest') return input.responseBuilder.getResponse();
    const routine = loadRoutine(getLocale(input.requestEnvelope));
    return speak(input, keyedAnswer(routine, 'error', 'errorReprompt'));
  },
};
