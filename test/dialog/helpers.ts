// Shared setup for dialog tests: a skill on an in-memory store, and checks every response must pass.
import { buildSkill } from '../../lambda/skill';
import { InMemoryPersistenceAdapter } from '../../lambda/persistence';
import { totalBreakSeconds } from '../../lambda/speech';
import { Conversation, type Turn } from '../support/conversation';
import { TEST_NOW } from '../support/envelopes';
import { expectValidSsml } from '../support/ssml';

/** A fresh skill with its own in-memory store, a fixed clock, and a conversation with it on a device with or without a screen. */
export function setup(options: { screen?: boolean; now?: Date } = {}) {
  const store = new InMemoryPersistenceAdapter();
  let now = options.now ?? TEST_NOW;
  const skill = buildSkill({ persistenceAdapter: store, clock: () => now });
  const talk = new Conversation(skill, { screen: options.screen ?? false, now: () => now });
  return { store, skill, talk, setNow: (d: Date) => (now = d) };
}

/** What every response must be: valid SSML under the size budget, with a reprompt while the session is open. */
export async function expectGoodResponse(turn: Turn): Promise<void> {
  if (turn.ssml) await expectValidSsml(turn.ssml);
  expect(turn.ssml.length).toBeLessThan(6000);
  if (!turn.ended) expect(turn.reprompt).toBeTruthy();
}

/** Seconds of timed silence in a response. */
export const pauseSeconds = (turn: Turn): number => totalBreakSeconds(turn.ssml);
