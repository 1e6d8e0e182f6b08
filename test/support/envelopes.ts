// Envelopes for tests: the shared builders of scripts/alexa/envelopes.ts, from a test user on a speaker, in a
// new session, on 2026-11-26 unless a test says otherwise.
import type { RequestEnvelope } from 'ask-sdk-model';
import * as alexa from '../../scripts/alexa/envelopes';

/** The test user's device: a speaker. */
export const TEST_DEVICE = { userId: 'amzn1.ask.account.TEST-USER', deviceId: 'amzn1.ask.device.TEST', locale: 'en-US', screen: false } as const;
/** When test requests are sent, unless a test says otherwise. */
export const TEST_NOW = new Date('2026-11-26T08:00:00Z');

/** What a test sets of where a request comes from; the rest is TEST_DEVICE at TEST_NOW in a new session. */
export type EnvelopeOptions = Partial<Omit<alexa.Origin, 'session'>> & { readonly session?: Partial<alexa.Session> };

/** A slot as a test writes it: the words heard, or the whole fill. */
export type SlotInput = string | alexa.SlotFill;

const origin = (options: EnvelopeOptions): alexa.Origin => ({
  ...TEST_DEVICE,
  now: TEST_NOW,
  ...options,
  session: { id: alexa.newSessionId(), isNew: true, attributes: {}, ...options.session },
});

/** Slots as tests write them, as Alexa fills them. */
export const slotFills = (slots: Readonly<Record<string, SlotInput>>): Record<string, alexa.SlotFill> =>
  Object.fromEntries(Object.entries(slots).map(([name, input]) => [name, typeof input === 'string' ? { value: input } : input]));

/** "Alexa, open sciatica routine". */
export const launchRequest = (options: EnvelopeOptions = {}): RequestEnvelope => alexa.launchRequest(origin(options));

/** An IntentRequest with optional slots. */
export const intentRequest = (name: string, slots: Readonly<Record<string, SlotInput>> = {}, options: EnvelopeOptions = {}): RequestEnvelope =>
  alexa.intentRequest(origin(options), name, slotFills(slots));

/** The user disabled the skill. */
export const skillDisabledEvent = (options: EnvelopeOptions = {}, persisted = false): RequestEnvelope => alexa.skillDisabledEvent(origin(options), persisted);
