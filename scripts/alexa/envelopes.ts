// Alexa request envelopes as a device sends them, for the simulator, the fuzzer, the benchmark, the load test
// and the tests (scripts never import from test/).
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import { SCREEN_TOKEN } from '../../lambda/display/apl';

/** The skill id every locally made request carries. */
export const LOCAL_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** The session a request belongs to. */
export interface Session {
  readonly id: string;
  readonly isNew: boolean;
  readonly attributes: Record<string, unknown>;
}

/** How a request reaches Alexa's APIs: the endpoint, the access token, and the permission scopes granted. */
export interface ApiOrigin {
  readonly endpoint: string;
  readonly token: string;
  readonly scopes: Readonly<Record<string, 'GRANTED' | 'DENIED'>>;
}

/** Who sends a request, from which device, in which session, and when. */
export interface Origin {
  readonly userId: string;
  readonly deviceId: string;
  readonly locale: string;
  /** A device with a screen (APL and a viewport) or a speaker only. */
  readonly screen: boolean;
  /** The open session, or null for a request outside any session (skill events). */
  readonly session: Session | null;
  readonly now: Date;
  /** Alexa's APIs for this request; without it the request carries no API endpoint or token at all. */
  readonly api?: ApiOrigin;
}

/** A slot as Alexa fills it: what was heard (absent when nothing was), and the entity resolution of a custom type. */
export interface SlotFill {
  readonly value?: string;
  /** The custom value matched (ER_SUCCESS_MATCH); the id defaults to the name. */
  readonly resolved?: { readonly name: string; readonly id?: string };
  /** Words that are no value of the custom type (ER_SUCCESS_NO_MATCH): Alexa still fills the slot. */
  readonly unmatched?: true;
}

/** Why Alexa closes a session: the user left, said nothing, or the skill's response was refused. */
export type SessionEndedReason = 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR';

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

function envelope(origin: Origin, request: Record<string, unknown>): RequestEnvelope {
  const application = { applicationId: LOCAL_SKILL_ID };
  const { api } = origin;
  const granted = Object.values(api?.scopes ?? {}).includes('GRANTED');
  const permissions = api ? { permissions: { ...(granted ? { consentToken: api.token } : {}), scopes: Object.fromEntries(Object.entries(api.scopes).map(([scope, status]) => [scope, { status }])) } } : {};
  const user = { userId: origin.userId, ...permissions };
  const device = { deviceId: origin.deviceId, supportedInterfaces: origin.screen ? APL : {} };
  const { session } = origin;
  return {
    version: '1.0',
    ...(session ? { session: { new: session.isNew, sessionId: session.id, application, user, attributes: session.attributes } } : {}),
    context: {
      System: { application, user, device, ...(api ? { apiEndpoint: api.endpoint, apiAccessToken: api.token } : {}) },
      ...(origin.screen ? { Viewport: VIEWPORT } : {}),
    },
    request: { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: origin.now.toISOString(), locale: origin.locale, ...request },
  } as unknown as RequestEnvelope;
}

/** A task of the skill started from outside, such as the routine "Alexa, start my sciatica routine" runs. */
export interface LaunchTask {
  readonly name: string;
  readonly version: string;
  readonly input?: Record<string, unknown>;
}

/** "Alexa, open sciatica routine", or the skill started for one of its tasks. */
export function launchRequest(origin: Origin, task?: LaunchTask): RequestEnvelope {
  return envelope(origin, { type: 'LaunchRequest', ...(task ? { task: { input: {}, ...task } } : {}) });
}

/** How a task Alexa ran for the skill ended (the cause of a SessionResumedRequest). */
export interface ConnectionCompleted {
  readonly token?: string;
  readonly status: { readonly code: string; readonly message: string };
  readonly result?: Record<string, unknown>;
}

/** Alexa resumes the session after a task it ran for the skill (Connections.StartConnection). */
export function sessionResumedRequest(origin: Origin, cause: ConnectionCompleted): RequestEnvelope {
  return envelope(origin, { type: 'SessionResumedRequest', cause: { type: 'ConnectionCompleted', ...cause } });
}

/** Alexa answers a Connections.SendRequest (such as AskFor) in the same session. */
export function connectionsResponse(
  origin: Origin,
  answer: { readonly name: string; readonly token?: string; readonly status: { readonly code: string; readonly message: string }; readonly payload: Record<string, unknown> },
): RequestEnvelope {
  return envelope(origin, { type: 'Connections.Response', ...answer });
}

/** Entity resolution of a custom slot: its value and id, or no match. */
function resolutionsOf(name: string, fill: SlotFill): Record<string, unknown> | undefined {
  if (!fill.resolved && !fill.unmatched) return undefined;
  const authority = `amzn1.er-authority.echo-sdk.${LOCAL_SKILL_ID}.${name}`;
  const result = fill.resolved
    ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: fill.resolved.name, id: fill.resolved.id ?? fill.resolved.name } }] }
    : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } };
  return { resolutionsPerAuthority: [result] };
}

/** The slot object Alexa sends; without a fill, the empty slot of one declared but not said. */
function slotObject(name: string, fill: SlotFill = {}): Record<string, unknown> {
  const resolutions = resolutionsOf(name, fill);
  return {
    name,
    confirmationStatus: 'NONE',
    ...(fill.value !== undefined ? { value: fill.value, source: 'USER' } : {}),
    ...(resolutions ? { resolutions } : {}),
  };
}

/**
 * An IntentRequest with `slots`; each slot in `declared` (the intent's slots in the model) that was not said is
 * sent empty, as Alexa does. No dialog model, so no dialogState.
 */
export function intentRequest(
  origin: Origin,
  intent: string,
  slots: Readonly<Record<string, SlotFill>> = {},
  declared: readonly string[] = [],
): RequestEnvelope {
  const names = new Set([...declared, ...Object.keys(slots)]);
  const slotObjects = Object.fromEntries([...names].map((name) => [name, slotObject(name, slots[name])]));
  return envelope(origin, { type: 'IntentRequest', intent: { name: intent, confirmationStatus: 'NONE', slots: slotObjects } });
}

/** A touch on an APL screen: the arguments of the button's SendEvent. */
export function userEvent(origin: Origin, args: readonly unknown[], token = SCREEN_TOKEN): RequestEnvelope {
  return envelope(origin, { type: 'Alexa.Presentation.APL.UserEvent', token, arguments: [...args], source: { type: 'TouchWrapper', handler: 'Press' } });
}

/** What Alexa says went wrong when it ends a session with reason ERROR. */
export interface SessionError {
  readonly type: string;
  readonly message: string;
}

/** Alexa closes the session; with reason ERROR it may say why. */
export function sessionEndedRequest(origin: Origin, reason: SessionEndedReason, error?: SessionError): RequestEnvelope {
  return envelope(origin, { type: 'SessionEndedRequest', reason, ...(error ? { error } : {}) });
}

/** The user disabled the skill; Alexa says whether their data is kept. Sent outside any session. */
export function skillDisabledEvent(origin: Origin, persisted: boolean): RequestEnvelope {
  const body = { userInformationPersistenceStatus: persisted ? 'PERSISTED' : 'NOT_PERSISTED' };
  return envelope({ ...origin, session: null }, { type: 'AlexaSkillEvent.SkillDisabled', body });
}
