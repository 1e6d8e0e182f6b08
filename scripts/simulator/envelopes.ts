// Alexa request envelopes as a device sends them: the simulator's own builder (scripts never import tests).
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { SlotFill } from './slot-types';

/** The skill id the simulator's requests carry. */
export const SIMULATOR_SKILL_ID = 'amzn1.ask.skill.5c1a71ca-0000-4000-8000-00000000510c';

/** The user and device a request comes from, and the session it belongs to. */
export interface Caller {
  readonly userId: string;
  readonly locale: string;
  readonly screen: boolean;
  readonly session: { readonly id: string; readonly isNew: boolean; readonly attributes: Record<string, unknown> };
  readonly now: Date;
}

/** A new session id as Alexa makes them. */
export const newSessionId = (): string => `amzn1.echo-api.session.${randomUUID()}`;

const APL = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } };
const VIEWPORT = {
  experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
  mode: 'HUB',
  shape: 'RECTANGLE',
  pixelWidth: 1280,
  pixelHeight: 800,
  dpi: 160,
  currentPixelWidth: 1280,
  currentPixelHeight: 800,
  touch: ['SINGLE'],
  video: { codecs: ['H_264_42', 'H_264_41'] },
};

function envelope(caller: Caller, request: Record<string, unknown>, withSession = true): RequestEnvelope {
  const application = { applicationId: SIMULATOR_SKILL_ID };
  const user = { userId: caller.userId };
  const device = { deviceId: 'amzn1.ask.device.LOCAL-SIMULATOR', supportedInterfaces: caller.screen ? APL : {} };
  const session = { new: caller.session.isNew, sessionId: caller.session.id, application, user, attributes: caller.session.attributes };
  return {
    version: '1.0',
    ...(withSession ? { session } : {}),
    context: {
      System: { application, user, device, apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 'local-simulator' },
      ...(caller.screen ? { Viewport: VIEWPORT } : {}),
    },
    request: { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: caller.now.toISOString(), locale: caller.locale, ...request },
  } as unknown as RequestEnvelope;
}

/** "Alexa, open ...". */
export function launchRequest(caller: Caller): RequestEnvelope {
  return envelope(caller, { type: 'LaunchRequest' });
}

/** Entity resolution of a custom slot: its value and id, or no match. */
function resolutionsOf(name: string, fill: SlotFill): Record<string, unknown> | undefined {
  if (!fill.resolved && !fill.unmatched) return undefined;
  const authority = `amzn1.er-authority.echo-sdk.${SIMULATOR_SKILL_ID}.${name}`;
  const result = fill.resolved
    ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: fill.resolved.name, id: fill.resolved.id ?? fill.resolved.name } }] }
    : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } };
  return { resolutionsPerAuthority: [result] };
}

/** The slot object Alexa sends. */
function slotObject(name: string, fill: SlotFill): Record<string, unknown> {
  const resolutions = resolutionsOf(name, fill);
  return { name, value: fill.value, confirmationStatus: 'NONE', source: 'USER', ...(resolutions ? { resolutions } : {}) };
}

/** An IntentRequest; every slot the intent declares is present, with a value only when it was said. No dialog
 * model, so no dialogState. */
export function intentRequest(caller: Caller, intent: string, slots: Readonly<Record<string, SlotFill>>, declared: readonly string[] = []): RequestEnvelope {
  const slotObjects: Record<string, unknown> = Object.fromEntries(declared.map((name) => [name, { name, confirmationStatus: 'NONE' }]));
  for (const [name, fill] of Object.entries(slots)) slotObjects[name] = slotObject(name, fill);
  return envelope(caller, { type: 'IntentRequest', intent: { name: intent, confirmationStatus: 'NONE', slots: slotObjects } });
}

/** Alexa closes the session: the user left (USER_INITIATED) or said nothing (EXCEEDED_MAX_REPROMPTS). */
export function sessionEndedRequest(caller: Caller, reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS'): RequestEnvelope {
  return envelope(caller, { type: 'SessionEndedRequest', reason });
}
