// One Alexa device talking to the skill: it carries the session attributes between turns the way Alexa does.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { intentRequest, launchRequest, sessionEndedRequest, skillDisabledEvent, userEvent, type Origin, type SessionEndedReason, type SlotFill } from './envelopes';
import { declaresApl, skillManifest, type Manifest } from './manifest';

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
  /** A device with a screen; it reports APL only to a skill whose manifest declares it, as Alexa does. */
  readonly screen?: boolean;
  /** The skill's manifest (the project's skill.json by default). */
  readonly manifest?: Manifest;
  readonly now?: () => Date;
}

/** A device of one user; a new session begins with the first request after the last one ended. */
export class Device {
  private attributes: Record<string, unknown> | null = null;
  private sessions = 0;
  locale: string;
  /** The device has a screen (whether it tells the skill depends on the manifest). */
  screen: boolean;

  constructor(private readonly skill: Answerer, private readonly options: DeviceOptions) {
    this.locale = options.locale ?? 'en-US';
    this.screen = options.screen ?? false;
  }

  /** True when requests say the device can show APL: it has a screen and the skill declares the interface. */
  get showsApl(): boolean {
    return this.screen && declaresApl(this.options.manifest ?? skillManifest());
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
      screen: this.showsApl,
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

  /** The user touches a button of the screen: an APL UserEvent carrying the button's id. */
  touch(...args: readonly unknown[]): Promise<Reply> {
    return this.send(userEvent(this.origin(), args));
  }

  /** Alexa closes the open session (no-op when none is open); the next request starts a new one. */
  async endSession(reason: SessionEndedReason = 'EXCEEDED_MAX_REPROMPTS'): Promise<Reply | null> {
    if (this.attributes === null) return null;
    const reply = await this.send(sessionEndedRequest(this.origin(), reason));
    this.attributes = null;
    return reply;
  }

  /** The user disables the skill (an event outside any session); the open session, if any, is gone. */
  async disable(persisted: boolean): Promise<Reply> {
    this.attributes = null;
    return this.send(skillDisabledEvent(this.origin(), persisted));
  }
}
