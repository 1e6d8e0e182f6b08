// Alexa request envelopes for tests: launch, intents with slots, session end and skill events.
import type { RequestEnvelope } from 'ask-sdk-model';

let counter = 0;
const nextId = (prefix: string): string => `${prefix}.${(counter += 1)}`;

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** Who and where a request comes from. */
export interface EnvelopeOptions {
  userId?: string;
  sessionId?: string;
  newSession?: boolean;
  attributes?: Record<string, unknown>;
  locale?: string;
  screen?: boolean;
  timestamp?: Date;
}

/** A slot as Alexa sends it; `id` adds an entity-resolution match. */
export type SlotInput = string | { value: string; id?: string };

function base(options: EnvelopeOptions, request: Record<string, unknown>, withSession = true): RequestEnvelope {
  const userId = options.userId ?? 'amzn1.ask.account.TEST-USER';
  const application = { applicationId: TEST_SKILL_ID };
  const device = {
    deviceId: 'amzn1.ask.device.TEST',
    supportedInterfaces: options.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } } : {},
  };
  const envelope = {
    version: '1.0',
    ...(withSession
      ? {
          session: {
            new: options.newSession ?? true,
            sessionId: options.sessionId ?? nextId('amzn1.echo-api.session'),
            application,
            user: { userId },
            attributes: options.attributes ?? {},
          },
        }
      : {}),
    context: { System: { application, user: { userId }, device, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: {
      requestId: nextId('amzn1.echo-api.request'),
      timestamp: (options.timestamp ?? new Date('2026-11-26T08:00:00Z')).toISOString(),
      locale: options.locale ?? 'en-US',
      ...request,
    },
  };
  return envelope as unknown as RequestEnvelope;
}

/** "Alexa, open sciatica routine". */
export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return base(options, { type: 'LaunchRequest' });
}

/** An IntentRequest with optional slots. */
export function intentRequest(name: string, slots: Record<string, SlotInput> = {}, options: EnvelopeOptions = {}): RequestEnvelope {
  const slotObjects = Object.fromEntries(
    Object.entries(slots).map(([slot, input]) => {
      const { value, id } = typeof input === 'string' ? { value: input, id: undefined } : input;
      const resolutions = id
        ? { resolutionsPerAuthority: [{ authority: 'amzn1.er-authority', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id } }] }] }
        : undefined;
      return [slot, { name: slot, value, confirmationStatus: 'NONE', ...(resolutions ? { resolutions } : {}) }];
    }),
  );
  return base(options, { type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name, confirmationStatus: 'NONE', slots: slotObjects } });
}

/** The session ended, e.g. after the reprompt went unanswered. */
export function sessionEndedRequest(options: EnvelopeOptions = {}, reason = 'EXCEEDED_MAX_REPROMPTS'): RequestEnvelope {
  return base(options, { type: 'SessionEndedRequest', reason });
}

/** The user disabled the skill. */
export function skillDisabledEvent(options: EnvelopeOptions = {}, persisted = false): RequestEnvelope {
  return base(
    options,
    { type: 'AlexaSkillEvent.SkillDisabled', body: { userInformationPersistenceStatus: persisted ? 'PERSISTED' : 'NOT_PERSISTED' } },
    false,
  );
}
