// Alexa request envelopes for the fuzzer, the benchmark and the load test (scripts never import from test/).
import type { RequestEnvelope } from 'ask-sdk-model';

/** The skill id every scripted request carries. */
export const SCRIPT_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-0000000be4c4';

/** Who sends a request, from which device, in which session. */
export interface Origin {
  readonly userId: string;
  readonly deviceId: string;
  readonly locale: string;
  /** A device with a screen (APL) or a speaker only. */
  readonly screen: boolean;
  /** The open session, or null for a request outside any session (skill events). */
  readonly session: { readonly id: string; readonly isNew: boolean; readonly attributes: Record<string, unknown> } | null;
  readonly now: Date;
}

/** A slot as Alexa sends it: no value (asked but not heard), a raw value, or a value with an entity-resolution id. */
export type SlotFill = { readonly value?: string; readonly id?: string };

let requests = 0;

const APL = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } };
const VIEWPORT = { mode: 'HUB', shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160, currentPixelWidth: 1280, currentPixelHeight: 800, touch: ['SINGLE'] };

function envelope(origin: Origin, request: Record<string, unknown>): RequestEnvelope {
  const application = { applicationId: SCRIPT_SKILL_ID };
  const user = { userId: origin.userId };
  const device = { deviceId: origin.deviceId, supportedInterfaces: origin.screen ? APL : {} };
  const session = origin.session
    ? { session: { new: origin.session.isNew, sessionId: origin.session.id, application, user, attributes: origin.session.attributes } }
    : {};
  requests += 1;
  return {
    version: '1.0',
    ...session,
    context: {
      System: { application, user, device, apiEndpoint: 'https://api.amazonalexa.com' },
      ...(origin.screen ? { Viewport: VIEWPORT } : {}),
    },
    request: { requestId: `amzn1.echo-api.request.script-${requests}`, timestamp: origin.now.toISOString(), locale: origin.locale, ...request },
  } as unknown as RequestEnvelope;
}

/** "Alexa, open sciatica routine". */
export function launchEnvelope(origin: Origin): RequestEnvelope {
  return envelope(origin, { type: 'LaunchRequest' });
}

/** An IntentRequest; a slot with an `id` carries an ER_SUCCESS_MATCH resolution, one without a value is empty. */
export function intentEnvelope(origin: Origin, intent: string, slots: Readonly<Record<string, SlotFill>> = {}): RequestEnvelope {
  const slotObjects = Object.fromEntries(
    Object.entries(slots).map(([name, fill]) => {
      const resolutions =
        fill.id !== undefined
          ? { resolutionsPerAuthority: [{ authority: `amzn1.er-authority.echo-sdk.${name}`, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: fill.value ?? fill.id, id: fill.id } }] }] }
          : undefined;
      const value = fill.value !== undefined ? { value: fill.value } : {};
      return [name, { name, confirmationStatus: 'NONE', ...value, ...(resolutions ? { resolutions } : {}) }];
    }),
  );
  return envelope(origin, { type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name: intent, confirmationStatus: 'NONE', slots: slotObjects } });
}

/** Alexa closes the session. */
export function sessionEndedEnvelope(origin: Origin, reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR'): RequestEnvelope {
  return envelope(origin, { type: 'SessionEndedRequest', reason });
}

/** The user disabled the skill; Alexa says whether their data is kept. Sent outside any session. */
export function skillDisabledEnvelope(origin: Origin, persisted: boolean): RequestEnvelope {
  const body = { userInformationPersistenceStatus: persisted ? 'PERSISTED' : 'NOT_PERSISTED' };
  return envelope({ ...origin, session: null }, { type: 'AlexaSkillEvent.SkillDisabled', body });
}
