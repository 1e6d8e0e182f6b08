// The APL directive that shows an exercise screen, sent only to devices that support APL.
import { getSupportedInterfaces, type HandlerInput } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import document from './document.json';
import type { Screen } from './screen';

/** Token of the exercise screen document. */
export const SCREEN_TOKEN = 'exerciseScreen';

/** True when the device can show APL. */
export function supportsApl(input: HandlerInput): boolean {
  return getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'] !== undefined;
}

/** A RenderDocument directive for a screen. Pure. */
export function renderScreen(screen: Screen): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: SCREEN_TOKEN,
    document,
    datasources: { exercise: { ...screen } },
  };
}
