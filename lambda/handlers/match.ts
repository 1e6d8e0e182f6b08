// Request matching used by every handler's canHandle.
import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';
import { touchOf } from './buttons';

/** True when the request is one of the given intents: said, or touched as a screen button that stands for it. */
export function isIntent(input: HandlerInput, ...names: readonly string[]): boolean {
  if (getRequestType(input.requestEnvelope) === 'IntentRequest') return names.includes(getIntentName(input.requestEnvelope));
  const touch = touchOf(input);
  return touch !== null && names.includes(touch.intent);
}

/** True when the request is of the given type. */
export function isType(input: HandlerInput, type: string): boolean {
  return getRequestType(input.requestEnvelope) === type;
}
