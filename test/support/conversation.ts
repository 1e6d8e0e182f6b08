// A multi-turn conversation with the real skill, on the scripts' Alexa device (it carries the session attributes).
import type { HandOff } from '../../scripts/alexa/alexa-side';
import { Device, type Answerer, type DeviceOptions, type Reply } from '../../scripts/alexa/device';
import type { LaunchTask } from '../../scripts/alexa/envelopes';
import { slotFills, TEST_DEVICE, TEST_NOW, type SlotInput } from './envelopes';
import { spokenText } from './ssml';

/** One exchange as a user would notice it. */
export interface Turn {
  readonly envelope: Reply['response'];
  /** The SSML spoken, including <speak>. */
  readonly ssml: string;
  /** The words spoken, tags removed. */
  readonly text: string;
  readonly reprompt: string | null;
  readonly ended: boolean;
  /** True when the skill handed the session to Alexa for a task (a routine offer, a permission question). */
  readonly handingOff: boolean;
  /** That task as Alexa's side reads it (null when the conversation has no AlexaSide). */
  readonly handOff: HandOff | null;
}

const turnOf = (reply: Reply): Turn => ({
  envelope: reply.response,
  ssml: reply.ssml,
  text: spokenText(reply.ssml),
  reprompt: reply.reprompt === null ? null : spokenText(reply.reprompt),
  ended: reply.ended,
  handingOff: reply.handingOff,
  handOff: reply.handOff,
});

/** Where a conversation's device is, and what happens after each answer (a test clock moving on, say). */
export type ConversationOptions = Partial<DeviceOptions> & { readonly onReply?: (turn: Turn) => void };

/** Wraps a skill; a new session starts after the skill ends one or `endSession()` is called. */
export class Conversation {
  private readonly device: Device;
  private readonly onReply: (turn: Turn) => void;

  constructor(skill: Answerer, { onReply, ...options }: ConversationOptions = {}) {
    this.device = new Device(skill, { ...TEST_DEVICE, now: () => TEST_NOW, ...options });
    this.onReply = onReply ?? (() => undefined);
  }

  private heard(reply: Reply): Turn {
    const turn = turnOf(reply);
    this.onReply(turn);
    return turn;
  }

  async launch(): Promise<Turn> {
    return this.heard(await this.device.launch());
  }

  async say(intent: string, slots: Readonly<Record<string, SlotInput>> = {}): Promise<Turn> {
    return this.heard(await this.device.say(intent, slotFills(slots)));
  }

  /** The user touches a screen button: an APL UserEvent with these arguments (the button's id). */
  async touch(...args: readonly unknown[]): Promise<Turn> {
    return this.heard(await this.device.touch(...args));
  }

  /** The user answers Alexa's question of the last hand-off (null: says nothing); the skill hears the outcome. */
  async answerAlexa(said: 'yes' | 'no' | null): Promise<Turn> {
    return turnOf(await this.device.answerAlexa(said));
  }

  /** The skill is started for one of its tasks, as the routine "Alexa, start my sciatica routine" does. */
  async launchTask(task: LaunchTask): Promise<Turn> {
    return turnOf(await this.device.launchTask(task));
  }

  /** Sends a request built for this device and its session (a hand-made answer from Alexa, say). */
  async sendBuilt(build: Parameters<Device['sendBuilt']>[0]): Promise<Turn> {
    return turnOf(await this.device.sendBuilt(build));
  }

  /** Alexa ends the session (the user said nothing); the next request starts a new one. */
  async endSession(): Promise<void> {
    await this.device.endSession();
  }
}
