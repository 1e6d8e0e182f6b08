// A multi-turn conversation with the real skill, carrying session attributes the way Alexa does.
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { spokenText } from './ssml';
import { intentRequest, launchRequest, sessionEndedRequest, type EnvelopeOptions, type SlotInput } from './envelopes';

/** One exchange as a user would notice it. */
export interface Turn {
  readonly envelope: ResponseEnvelope;
  /** The SSML spoken, including <speak>. */
  readonly ssml: string;
  /** The words spoken, tags removed. */
  readonly text: string;
  readonly reprompt: string | null;
  readonly ended: boolean;
}

/** Wraps a skill; a new session starts after the skill ends one or `endSession()` is called. */
export class Conversation {
  private attributes: Record<string, unknown> | null = null;
  private sessionId = '';
  private sessions = 0;

  constructor(private readonly skill: Skill, private readonly options: EnvelopeOptions = {}) {}

  private sessionOptions(): EnvelopeOptions {
    const isNew = this.attributes === null;
    if (isNew) {
      this.sessions += 1;
      this.sessionId = `amzn1.echo-api.session.${this.options.userId ?? 'u'}.${this.sessions}`;
    }
    return { ...this.options, newSession: isNew, sessionId: this.sessionId, attributes: this.attributes ?? {} };
  }

  /** Sends any envelope and records the session as Alexa would. */
  async send(envelope: RequestEnvelope): Promise<Turn> {
    const response = await this.skill.invoke(envelope);
    const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
    const repromptSpeech = response.response.reprompt?.outputSpeech;
    const ended = response.response.shouldEndSession !== false;
    this.attributes = ended ? null : (response.sessionAttributes ?? {});
    return {
      envelope: response,
      ssml,
      text: spokenText(ssml),
      reprompt: repromptSpeech?.type === 'SSML' ? spokenText(repromptSpeech.ssml) : null,
      ended,
    };
  }

  launch(): Promise<Turn> {
    return this.send(launchRequest(this.sessionOptions()));
  }

  say(intent: string, slots: Record<string, SlotInput> = {}): Promise<Turn> {
    return this.send(intentRequest(intent, slots, this.sessionOptions()));
  }

  /** Alexa ends the session (the user said nothing); the next request starts a new one. */
  async endSession(): Promise<void> {
    if (this.attributes !== null) await this.skill.invoke(sessionEndedRequest(this.sessionOptions()));
    this.attributes = null;
  }
}
