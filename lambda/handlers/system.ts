// Requests that are not the user talking: Alexa reporting a failed directive, and any request type the skill has
// no handler for. Each gets an empty, valid response; none throws (an unhandled type would trip the error alarm).
import type { RequestHandler } from 'ask-sdk-core';
import * as z from 'zod/mini';
import { isType } from './match';
import { depsOf } from './turn';

const ExceptionEncounteredSchema = z.object({
  error: z.optional(z.object({ type: z.optional(z.string()), message: z.optional(z.string()) })),
  cause: z.optional(z.object({ requestId: z.optional(z.string()) })),
});

/** Alexa could not carry out a directive of an earlier response: logged as an error with its cause, not answered. */
export const ExceptionEncounteredHandler: RequestHandler = {
  canHandle: (input) => isType(input, 'System.ExceptionEncountered'),
  handle(input) {
    const parsed = ExceptionEncounteredSchema.safeParse(input.requestEnvelope.request);
    const { error, cause } = parsed.success ? parsed.data : {};
    depsOf(input).logger.error('Alexa reported an error with an earlier response', {
      errorType: error?.type,
      errorMessage: error?.message,
      causeRequestId: cause?.requestId,
    });
    return input.responseBuilder.getResponse();
  },
};

/** Requests the user speaks: an intent with no handler still fails loudly, with the catch-all apology. */
const SPOKEN = ['LaunchRequest', 'IntentRequest'];

/**
 * Every other request type Alexa may send (skill events, CanFulfillIntentRequest, messages, types not yet known):
 * an empty response. Keep it last in the routing table, so a real handler placed before it wins.
 */
export const UnhandledRequestHandler: RequestHandler = {
  canHandle: (input) => !SPOKEN.includes(input.requestEnvelope.request.type),
  handle(input) {
    depsOf(input).logger.info('request type not handled', { requestType: input.requestEnvelope.request.type });
    return input.responseBuilder.getResponse();
  },
};
