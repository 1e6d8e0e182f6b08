// Test helpers for screens: the RenderDocument of a turn, its data, and every screen the skill shows, each
// reached through the real skill on a device with a screen.
import type { interfaces, ResponseEnvelope } from 'ask-sdk-model';
import { INTENT } from '../../lambda/handlers/intents';
import { InMemoryPersistenceAdapter } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import { Conversation, type Turn } from './conversation';
import { TEST_NOW } from './envelopes';

export type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

/** The RenderDocument directive of a turn, if it has one. */
export const renderOf = (turn: Turn): RenderDocument | undefined =>
  turn.envelope.response.directives?.find((d): d is RenderDocument => d.type === 'Alexa.Presentation.APL.RenderDocument');

/** The data a turn's screen shows (its `screen` data source). */
export const screenOf = (turn: Turn): Record<string, unknown> | undefined => renderOf(turn)?.datasources?.screen as Record<string, unknown> | undefined;

/** A skill on a fresh in-memory store and a conversation with it on a device with a screen. */
export function screenDevice(now = TEST_NOW): { talk: Conversation; store: InMemoryPersistenceAdapter } {
  const store = new InMemoryPersistenceAdapter();
  const skill = buildSkill({ persistenceAdapter: store, clock: () => now });
  return { talk: new Conversation(skill, { screen: true, now: () => now }), store };
}

/** A screen the skill showed, named for the state it shows, with the whole response it came in. */
export interface ShownScreen {
  readonly state: string;
  readonly directive: RenderDocument;
  readonly response: ResponseEnvelope;
}

/** Every kind of screen, reached by talking to the skill: welcome, side question, exercises, pain, finished... */
export async function everyScreen(): Promise<ShownScreen[]> {
  const shown: ShownScreen[] = [];
  const keep = (state: string, turn: Turn): void => {
    const directive = renderOf(turn);
    if (!directive) throw new Error(`no screen for ${state}`);
    shown.push({ state, directive, response: turn.envelope });
  };
  const { talk } = screenDevice();
  keep('side question', await talk.launch());
  keep('exercise 1, left side', await talk.say('SetSideIntent', { side: 'left' }));
  keep('exercise 1, right side', await talk.say(INTENT.NEXT));
  keep('how many left', await talk.say(INTENT.HOW_MANY_LEFT));
  keep('exercise 2, left side', await talk.say(INTENT.NEXT));
  keep('easier form', await talk.say(INTENT.EASIER));
  keep('paused', await talk.say(INTENT.PAUSE));
  keep('it hurts', await talk.say(INTENT.IT_HURTS));
  keep('help', await talk.say(INTENT.HELP));
  keep('explain', await talk.say(INTENT.EXPLAIN, { exercise: 'seated stretch' }));
  keep('exercise 3', await talk.say(INTENT.GO_TO, { number: '3' }));
  keep('exercise 4, left side', await talk.say(INTENT.NEXT));
  keep('exercise 4, right side', await talk.say(INTENT.NEXT));
  keep('finished', await talk.say(INTENT.NEXT));
  keep('welcome', await talk.launch());
  await talk.say(INTENT.YES);
  keep('stopped', await talk.say(INTENT.STOP));
  keep('welcome back', await talk.launch());
  return shown;
}
