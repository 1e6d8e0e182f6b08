// Request matching used by every handler's canHandle.
import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';

/** True when the request is an IntentRequest for one of the given intents. */
export function isIntent(input: HandlerInput, ...names: readonly string[]): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope));
}

/** True when the request is of the given type. */
export function isType(input: HandlerInput, type: string): boolean {
  return getRequestType(input.requestEnvelope) === type;
}
