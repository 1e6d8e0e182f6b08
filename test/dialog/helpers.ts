// Shared setup for dialog tests: a skill on an in-memory store, a clock that moves on while answers play, and
// checks every response must pass.
import { buildSkill } from '../../lambda/skill';
import { InMemoryPersistenceAdapter, VERSION_ATTRIBUTE, WRITER_ATTRIBUTE, type UserRecord } from '../../lambda/persistence';
import { estimatedPlaySeconds, totalBreakSeconds } from '../../lambda/speech';
import { Conversation, type Turn } from '../support/conversation';
import { TEST_DEVICE, TEST_NOW } from '../support/envelopes';
import { expectValidSsml } from '../support/ssml';

/**
 * A fresh skill with its own in-memory store and a conversation with it. The clock moves on by each answer's
 * playing time, as if the user listened to the end; `interruptAt(s)` puts it `s` seconds into the last answer
 * instead (the user said "Alexa, ..." then), and `later(ms)` lets time pass.
 */
export function setup(options: { screen?: boolean; now?: Date; locale?: string } = {}) {
  const store = new InMemoryPersistenceAdapter();
  let now = options.now ?? TEST_NOW;
  let answerAt = now;
  const skill = buildSkill({ persistenceAdapter: store, clock: () => now });
  const talk = new Conversation(skill, {
    screen: options.screen ?? false,
    ...(options.locale ? { locale: options.locale } : {}),
    now: () => now,
    onReply: (turn) => {
      answerAt = now;
      now = new Date(now.getTime() + Math.round(estimatedPlaySeconds(turn.ssml) * 1000));
    },
  });
  return {
    store,
    skill,
    talk,
    setNow: (d: Date) => (now = d),
    interruptAt: (seconds: number) => (now = new Date(answerAt.getTime() + seconds * 1000)),
    later: (ms: number) => (now = new Date(now.getTime() + ms)),
    /** The user's stored record (without the version and the writer's request id that come with each save). */
    saved: (): UserRecord | undefined => {
      const stored = store.records.get(TEST_DEVICE.userId);
      if (!stored) return undefined;
      const { [VERSION_ATTRIBUTE]: _version, [WRITER_ATTRIBUTE]: _writer, ...record } = stored;
      return record as unknown as UserRecord;
    },
  };
}

/**
 * What every response must be: valid SSML under the size budget, with a reprompt while the session is open
 * (a session handed to Alexa for a routine offer or a permission question has none: Alexa asks).
 */
export async function expectGoodResponse(turn: Turn): Promise<void> {
  if (turn.ssml) await expectValidSsml(turn.ssml);
  expect(turn.ssml.length).toBeLessThan(8000);
  if (!turn.ended && !turn.handingOff) expect(turn.reprompt).toBeTruthy();
}

/** Seconds of timed silence in a response. */
export const pauseSeconds = (turn: Turn): number => totalBreakSeconds(turn.ssml);

/** Words spoken in a response. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
