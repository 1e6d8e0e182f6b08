// The APL directive that shows a screen, sent only to devices that support APL.
import type { interfaces } from 'ask-sdk-model';
import { exerciseDocument } from './documents/exercise';
import { messageDocument } from './documents/message';
import { pictureGraphic } from './pictures';
import type { Screen } from './screens';

/** Token of every screen document; UserEvents from its buttons carry it. */
export const SCREEN_TOKEN = 'sciaticaRoutineScreen';

/** A RenderDocument directive for a screen, with its pose picture. */
export function renderScreen(screen: Screen): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  const graphic = screen.picture ? pictureGraphic(screen.picture.key) : null;
  const { document, datasources } = screen.layout === 'exercise' ? exerciseDocument(screen, graphic) : messageDocument(screen, graphic);
  return { type: 'Alexa.Presentation.APL.RenderDocument', token: SCREEN_TOKEN, document, datasources };
}
