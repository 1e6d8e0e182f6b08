// Whether a device can show a screen: the one piece of the display every turn needs, kept apart from the
// screen code itself so a speaker never loads that.
import { getSupportedInterfaces, type HandlerInput } from 'ask-sdk-core';

/** True when the device can show APL. */
export function supportsApl(input: HandlerInput): boolean {
  return getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'] !== undefined;
}
