// The conversation loop: each typed line becomes one request in the right session, and its answer is shown.
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { INTENT } from '../../lambda/handlers/intents';
import { escapeSsml } from '../../lambda/speech/ssml';
import type { AlexaSide, HandOff } from '../alexa/alexa-side';
import type { LocalAlexaApi } from '../alexa/api-server';
import { intentRequest, launchRequest, newSessionId, sessionEndedRequest, type Origin } from '../alexa/envelopes';
import type { IntentMatch } from './matchers';
import { segments, type Segment } from './render';
import { screenView } from './screen-view';
import type { Resolution, Resolver } from './resolver';
import { normalize } from './text';
import type { Transcript } from './transcript';

/** Who is talking, on what device, and what to show besides the answer. */
export interface SessionOptions {
  readonly userId: string;
  readonly locale: string;
  readonly screen: boolean;
  readonly json: boolean;
  /** Repeat each line before its answer (when it was piped, not typed at a prompt). */
  readonly echo: boolean;
  /** Told of each answer shown but not waited out, with its SSML (the simulated clock moves on). */
  readonly played?: (ssml: string) => void;
  /** The local stand-in of Alexa's APIs the requests point at, and Alexa's side of the hand-offs. */
  readonly api?: LocalAlexaApi;
  readonly alexa?: AlexaSide;
}

/** What Alexa says when a skill fails to answer; the session ends. */
const SKILL_FAILED = "There was a problem with the requested skill's response.";
const HINT = '(Say something to Alexa, for example "open sciatica routine", "next" or "help". Type quit to leave.)';
const QUIT = new Set(['quit', 'exit', '.quit', '.exit']);
const SIMULATOR_DEVICE_ID = 'amzn1.ask.device.LOCAL-SIMULATOR';

/** The SSML (or plain text) of an output speech, as segments. */
function speechOf(speech: ui.OutputSpeech | undefined): Segment[] {
  if (!speech) return [];
  return segments(speech.type === 'SSML' ? speech.ssml : escapeSsml(String(speech.text ?? '')));
}

/** The intent and slots, as the request line shows them: `ExplainExerciseIntent exercise="pigeon" → id`. */
function describeIntent(match: IntentMatch): string {
  const slots = Object.entries(match.slots).map(([name, fill]) => {
    const resolved = fill.resolved ? ` → ${fill.resolved.id ?? fill.resolved.name}` : fill.unmatched ? ' (no match)' : '';
    return `${name}="${fill.value ?? ''}"${resolved}`;
  });
  return [match.intent, ...slots].join(' ');
}

/** One simulated device talking to the skill: a session is open from a LaunchRequest until the skill ends it. */
export class SessionLoop {
  private session: { id: string; attributes: Record<string, unknown> } | null = null;
  /** A task handed to Alexa whose question waits for the user's next line. */
  private handOff: HandOff | null = null;

  constructor(
    private readonly skill: Skill,
    private readonly resolver: Resolver,
    private readonly transcript: Transcript,
    private readonly options: SessionOptions,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** True while the skill's session is open (it is listening). */
  get listening(): boolean {
    return this.session !== null;
  }

  /** Handles one typed line; false when the user asked to leave the simulator. */
  async say(line: string): Promise<boolean> {
    const utterance = line.trim();
    if (utterance.startsWith('#')) return true;
    if (this.options.echo) this.transcript.heard(utterance);
    if (!utterance) {
      this.transcript.note(HINT);
      return true;
    }
    if (QUIT.has(utterance.toLowerCase())) return false;
    if (this.handOff) return this.answerAlexa(this.handOff, utterance);
    const task = this.options.alexa?.routineFor(normalize(utterance).replace(/^alexa /, ''));
    if (task) {
      const envelope = launchRequest(this.origin(true), task);
      await this.deliver(envelope, `routine → LaunchRequest (task ${task.name.split('.').pop() ?? task.name}) · new session`);
      return true;
    }
    await this.send(this.resolver.resolve(utterance, { inSession: this.listening }));
    return true;
  }

  /** The user's line answers Alexa's own question; Alexa tells the skill how it went. */
  private async answerAlexa(handOff: HandOff, utterance: string): Promise<boolean> {
    this.handOff = null;
    const heard = this.resolver.resolve(utterance, { inSession: true });
    const intent = heard.kind === 'intent' ? heard.match.intent : null;
    const said = intent === INTENT.YES ? 'yes' : intent === INTENT.NO ? 'no' : null;
    const envelope = this.options.alexa?.answer(handOff, said, this.origin(false));
    if (!envelope) return true;
    const request = envelope.request as { type: string; cause?: { status?: { code?: string } }; payload?: { status?: string } };
    const outcome = request.cause?.status?.code ?? request.payload?.status ?? '';
    await this.deliver(envelope, `Alexa heard ${said ?? 'no answer'} → ${request.type} ${outcome}`.trimEnd());
    return true;
  }

  /** Leaving the simulator with the session open: Alexa tells the skill the user ended it. */
  async end(): Promise<void> {
    if (!this.session) return;
    await this.skill.invoke(sessionEndedRequest(this.origin(false), 'USER_INITIATED')).catch(() => undefined);
    this.session = null;
  }

  /** Where the next request comes from: this device, in the open session or in a new one. */
  private origin(isNew: boolean): Origin {
    if (isNew || !this.session) this.session = { id: newSessionId(), attributes: {} };
    const { userId, locale, screen, api } = this.options;
    const session = { id: this.session.id, isNew, attributes: this.session.attributes };
    const access = api ? { api: api.originFor(userId, SIMULATOR_DEVICE_ID) } : {};
    return { userId, deviceId: SIMULATOR_DEVICE_ID, locale, screen, session, now: this.clock(), ...access };
  }

  private envelopeFor(resolution: Resolution): { envelope: RequestEnvelope; label: string } {
    const isNew = !this.session || resolution.kind === 'launch' || resolution.oneShot;
    const origin = this.origin(isNew);
    const where = [resolution.kind === 'intent' && resolution.oneShot ? 'one-shot' : '', isNew ? 'new session' : ''].filter(Boolean).join(', ');
    if (resolution.kind === 'launch') return { envelope: launchRequest(origin), label: `LaunchRequest · ${where}` };
    const { intent, slots } = resolution.match;
    const envelope = intentRequest(origin, intent, slots, this.resolver.slotsOf(intent));
    return { envelope, label: describeIntent(resolution.match) + (where ? ` · ${where}` : '') };
  }

  private async send(resolution: Resolution): Promise<void> {
    const { envelope, label } = this.envelopeFor(resolution);
    await this.deliver(envelope, label);
  }

  /** Sends one request, shows the answer, and keeps the session as Alexa would (open, ended, or handed over). */
  private async deliver(envelope: RequestEnvelope, label: string): Promise<void> {
    this.transcript.note(`  · ${label}`);
    let response: ResponseEnvelope;
    try {
      response = await this.skill.invoke(envelope);
    } catch (error) {
      this.session = null;
      this.transcript.note(`  ! the skill failed: ${error instanceof Error ? error.message : String(error)}`);
      await this.transcript.answer(segments(escapeSsml(SKILL_FAILED)), null, false);
      return;
    }
    const { directives, shouldEndSession } = response.response;
    const handOff = shouldEndSession === undefined ? (this.options.alexa?.handOffOf(directives, this.options.locale) ?? null) : null;
    const open = shouldEndSession === false || handOff !== null;
    this.session = open && this.session ? { id: this.session.id, attributes: response.sessionAttributes ?? {} } : null;
    const shown = handOff ? 'handOff' : open;
    await this.transcript.answer(speechOf(response.response.outputSpeech), open && !handOff ? speechOf(response.response.reprompt?.outputSpeech) : null, shown);
    const spoken = response.response.outputSpeech;
    if (spoken?.type === 'SSML') this.options.played?.(spoken.ssml);
    for (const directive of directives ?? []) {
      // A hand-off to Alexa is played below as Alexa's own turn; a screen is drawn as the device shows it.
      if (directive.type.startsWith('Connections.')) continue;
      const lines = directive.type === 'Alexa.Presentation.APL.RenderDocument' ? screenView(directive as unknown as Record<string, unknown>) : [`[${directive.type}]`];
      for (const line of lines) this.transcript.note(`  ${line}`);
    }
    const card = response.response.card;
    if (card) {
      this.transcript.note(`  [card in the Alexa app: ${'title' in card && card.title ? card.title : card.type}]`);
      const content = 'content' in card ? (card.content ?? '') : '';
      for (const line of content ? content.split('\n') : []) this.transcript.note(`    ${line}`);
    }
    if (this.options.json) this.transcript.line(JSON.stringify(response, null, 2));
    if (!handOff) return;
    const problems = handOff.kind === 'routineOffer' ? handOff.problems : [];
    if (problems.length === 0) {
      this.handOff = handOff;
      this.transcript.alexaAsks(handOff.question);
      return;
    }
    // An offer Alexa cannot make is never put to the user: Alexa resumes the session with an error at once.
    for (const problem of problems) this.transcript.note(`  ! Alexa refuses the offer: ${problem}`);
    const refusal = this.options.alexa?.answer(handOff, null, this.origin(false));
    if (refusal) await this.deliver(refusal, 'Alexa could not make the offer → SessionResumedRequest 400');
  }
}
