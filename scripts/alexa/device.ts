// One Alexa device talking to the skill: it carries the session attributes between turns the way Alexa does.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  intentRequest, launchRequest, sessionEndedRequest, skillDisabledEvent, type Origin, type SessionEndedReason, type SessionError, type SlotFill,
} from './envelopes';

/** Anything that answers a request envelope: a skill built by buildSkill, or a Lambda handler. */
export interface Answerer {
  invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
}

/** A response as the checks need it. */
export interface Reply {
  readonly request: RequestEnvelope;
  readonly response: ResponseEnvelope;
  /** The SSML spoken ('' when nothing is said). */
  readonly ssml: string;
  /** The reprompt's SSML, or null. */
  readonly reprompt: string | null;
  /** True when the skill ended the session (or the request had no session). */
  readonly ended: boolean;
}

/** Where a device is and who holds it. */
export interface DeviceOptions {
  readonly userId: string;
  readonly deviceId?: string;
  readonly locale?: string;
  readonly screen?: boolean;
  readonly now?: () => Date;
}

/** A device of one user; a new session begins with the first request after the last one ended. */
export class Device {
  private attributes: Record<string, unknown> | null = null;
  private sessions = 0;
  locale: string;
  screen: boolean;

  constructor(private readonly skill: Answerer, private readonly options: DeviceOptions) {
    this.locale = options.locale ?? 'en-US';
    this.screen = options.screen ?? false;
  }

  /** The user holding the device. */
  get userId(): string {
    return this.options.userId;
  }

  /** True while a session is open. */
  get inSession(): boolean {
    return this.attributes !== null;
  }

  private origin(): Origin {
    const isNew = this.attributes === null;
    if (isNew) this.sessions += 1;
    const deviceId = this.options.deviceId ?? 'amzn1.ask.device.SCRIPT';
    return {
      userId: this.options.userId,
      deviceId,
      locale: this.locale,
      screen: this.screen,
      session: { id: `amzn1.echo-api.session.${deviceId}.${this.sessions}`, isNew, attributes: this.attributes ?? {} },
      now: this.options.now?.() ?? new Date(),
    };
  }

  /** Sends an envelope and keeps the session open or closed as the response says. */
  async send(request: RequestEnvelope): Promise<Reply> {
    const response = await this.skill.invoke(request);
    const speech = response.response.outputSpeech;
    const reprompt = response.response.reprompt?.outputSpeech;
    const ended = !request.session || response.response.shouldEndSession !== false;
    if (request.session) this.attributes = ended ? null : (response.sessionAttributes ?? {});
    return {
      request,
      response,
      ssml: speech?.type === 'SSML' ? speech.ssml : '',
      reprompt: reprompt?.type === 'SSML' ? reprompt.ssml : null,
      ended,
    };
  }

  launch(): Promise<Reply> {
    return this.send(launchRequest(this.origin()));
  }

  say(intent: string, slots: Readonly<Record<string, SlotFill>> = {}): Promise<Reply> {
    return this.send(intentRequest(this.origin(), intent, slots));
  }

  /** Alexa closes the open session (no-op when none is open); the next request starts a new one. */
  async endSession(reason: SessionEndedReason = 'EXCEEDED_MAX_REPROMPTS', error?: SessionError): Promise<Reply | null> {
    if (this.attributes === null) return null;
    const reply = await this.send(sessionEndedRequest(this.origin(), reason, error));
    this.attributes = null;
    return reply;
  }

  /** The user disables the skill (an event outside any session); the open session, if any, is gone. */
  async disable(persisted: boolean): Promise<Reply> {
    this.attributes = null;
    return this.send(skillDisabledEvent(this.origin(), persisted));
  }
}
