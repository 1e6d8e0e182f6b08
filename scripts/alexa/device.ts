// One Alexa device talking to the skill: it carries the session attributes between turns the way Alexa does.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { AlexaSide, HandOff } from './alexa-side';
import {
  intentRequest, launchRequest, sessionEndedRequest, skillDisabledEvent, userEvent,
  type ApiOrigin, type LaunchTask, type Origin, type SessionEndedReason, type SessionError, type SlotFill,
} from './envelopes';
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
  /** True when the skill handed a task to Alexa (a routine offer, a permission question): the session waits for it. */
  readonly handingOff: boolean;
  /** That task as Alexa's side reads it (null without an AlexaSide, or when nothing was handed over). */
  readonly handOff: HandOff | null;
}

/** Directives that hand the conversation to Alexa, which then resumes the session with the outcome. */
const HAND_OFF_TYPES = ['Connections.StartConnection', 'Connections.SendRequest'];

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
  /** Alexa's APIs (the local stand-in): each request carries its endpoint, a token and the permissions granted. */
  readonly api?: { originFor(userId: string, deviceId: string): ApiOrigin };
  /** Alexa's side of the tasks the skill hands over; without it a hand-off can only be answered by hand. */
  readonly alexa?: AlexaSide;
}

/** A device of one user; a new session begins with the first request after the last one ended. */
export class Device {
  private attributes: Record<string, unknown> | null = null;
  private sessions = 0;
  private handOff: HandOff | null = null;
  private suspended = false;
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

  /** True when the last response handed a task to Alexa, whose question waits for the user's answer. */
  get handingOff(): boolean {
    return this.suspended;
  }

  private origin(): Origin {
    const isNew = this.attributes === null;
    if (isNew) this.sessions += 1;
    const deviceId = this.options.deviceId ?? 'amzn1.ask.device.SCRIPT';
    const { userId, api } = this.options;
    return {
      userId,
      deviceId,
      locale: this.locale,
      screen: this.showsApl,
      session: { id: `amzn1.echo-api.session.${deviceId}.${this.sessions}`, isNew, attributes: this.attributes ?? {} },
      now: this.options.now?.() ?? new Date(),
      ...(api ? { api: api.originFor(userId, deviceId) } : {}),
    };
  }

  /** Sends an envelope and keeps the session open or closed as the response says. */
  async send(request: RequestEnvelope): Promise<Reply> {
    const response = await this.skill.invoke(request);
    const speech = response.response.outputSpeech;
    const reprompt = response.response.reprompt?.outputSpeech;
    const { directives, shouldEndSession } = response.response;
    // A hand-off leaves the session open for Alexa's task; Alexa resumes it with the same attributes.
    const handingOff = Boolean(request.session) && shouldEndSession === undefined && (directives ?? []).some((d) => HAND_OFF_TYPES.includes(d.type));
    const ended = !request.session || (!handingOff && shouldEndSession !== false);
    if (request.session) this.attributes = ended ? null : (response.sessionAttributes ?? {});
    this.suspended = handingOff;
    this.handOff = handingOff ? (this.options.alexa?.handOffOf(directives, request.request.locale ?? this.locale) ?? null) : null;
    return {
      request,
      response,
      ssml: speech?.type === 'SSML' ? speech.ssml : '',
      reprompt: reprompt?.type === 'SSML' ? reprompt.ssml : null,
      ended,
      handingOff,
      handOff: this.handOff,
    };
  }

  /** The user answers the question Alexa asked for the last hand-off (null: they said nothing); Alexa tells the skill. */
  async answerAlexa(said: 'yes' | 'no' | null): Promise<Reply> {
    const { alexa } = this.options;
    if (!this.handOff || !alexa) throw new Error('answerAlexa: the last response handed nothing to Alexa');
    return this.send(alexa.answer(this.handOff, said, this.origin()));
  }

  /** Sends a request built for this device and its session (a hand-made answer from Alexa, say). */
  sendBuilt(build: (origin: Origin) => RequestEnvelope): Promise<Reply> {
    return this.send(build(this.origin()));
  }

  /** The skill is started for one of its tasks, as a routine does: a new session. */
  launchTask(task: LaunchTask): Promise<Reply> {
    this.attributes = null;
    return this.send(launchRequest(this.origin(), task));
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
