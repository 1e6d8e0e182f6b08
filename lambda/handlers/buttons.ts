// The screen's touch buttons as the voice intents they stand for: a touch on Pause is "Alexa, pause", so it
// takes the same handler and the same routine transition. A touch arrives as an APL UserEvent whose
// arguments are the button's id; they are parsed here, at the edge.
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { BUTTON_IDS, type ButtonId } from '../../content';
import { INTENT, SLOT } from './intents';

/** The request type of a touch on an APL screen. */
export const USER_EVENT = 'Alexa.Presentation.APL.UserEvent';

/** What a touch says: an intent, and the slot values it fills. */
export interface Touch {
  readonly intent: string;
  readonly slots: Readonly<Record<string, string>>;
}

/** Each button and the intent it stands for. */
export const BUTTON_INTENTS: Readonly<Record<ButtonId, Touch>> = {
  pause: { intent: INTENT.PAUSE, slots: {} },
  resume: { intent: INTENT.RESUME, slots: {} },
  next: { intent: INTENT.NEXT, slots: {} },
  repeat: { intent: INTENT.REPEAT, slots: {} },
  itHurts: { intent: INTENT.IT_HURTS, slots: {} },
  easier: { intent: INTENT.EASIER, slots: {} },
  skip: { intent: INTENT.SKIP, slots: {} },
  stop: { intent: INTENT.STOP, slots: {} },
  start: { intent: INTENT.START, slots: {} },
  startOver: { intent: INTENT.START_OVER, slots: {} },
  left: { intent: INTENT.SIDE_ANSWER, slots: { [SLOT.SIDE]: 'left' } },
  right: { intent: INTENT.SIDE_ANSWER, slots: { [SLOT.SIDE]: 'right' } },
  yes: { intent: INTENT.YES, slots: {} },
  no: { intent: INTENT.NO, slots: {} },
};

const UserEventSchema = z.object({ arguments: z.tuple([z.enum(BUTTON_IDS)], z.unknown()) });

/** The button touched in this request envelope, as the intent it stands for; null for any other request. */
export function touchIn(envelope: RequestEnvelope): Touch | null {
  if (envelope.request.type !== USER_EVENT) return null;
  const parsed = UserEventSchema.safeParse(envelope.request);
  return parsed.success ? BUTTON_INTENTS[parsed.data.arguments[0]] : null;
}

/** The button touched in this request, as the intent it stands for; null for any other request. */
export const touchOf = (input: HandlerInput): Touch | null => touchIn(input.requestEnvelope);
