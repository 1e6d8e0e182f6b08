// Touching a screen button does what saying it does: the same answer, the same place saved. Each button sends an
// Alexa.Presentation.APL.UserEvent through the real skill factory.
import { BUTTON_IDS } from '../../content';
import { BUTTON_INTENTS } from '../../lambda/handlers/buttons';
import { INTENT } from '../../lambda/handlers/intents';
import { InMemoryPersistenceAdapter } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import type { AppLogger } from '../../lambda/logger';
import { Conversation, type Turn } from '../support/conversation';
import { TEST_DEVICE, TEST_NOW } from '../support/envelopes';
import { screenOf } from '../support/screens';

/** Two users on their own stores, one who talks and one who touches, at the same clock. */
function twins() {
  let now = TEST_NOW;
  const make = () => {
    const store = new InMemoryPersistenceAdapter();
    const skill = buildSkill({ persistenceAdapter: store, clock: () => now });
    return { store, talk: new Conversation(skill, { screen: true, now: () => now }) };
  };
  return { voice: make(), touch: make(), later: (seconds: number) => (now = new Date(now.getTime() + seconds * 1000)) };
}

const stored = async (store: InMemoryPersistenceAdapter): Promise<unknown> =>
  (await store.getAttributes({ context: { System: { user: { userId: TEST_DEVICE.userId } } } } as never)) ?? null;

/** The same words, and the same screen but for its ids. */
const same = (a: Turn, b: Turn): void => {
  expect(b.text).toBe(a.text);
  expect(b.ended).toBe(a.ended);
  expect(screenOf(b)).toEqual(screenOf(a));
};

describe('touch buttons', () => {
  it('stands for a voice intent with every button the screens offer', () => {
    expect(Object.keys(BUTTON_INTENTS).sort()).toEqual([...BUTTON_IDS].sort());
  });

  it('answers the side question with Left as saying "left" does', async () => {
    const { voice, touch } = twins();
    await voice.talk.launch();
    await touch.talk.launch();
    same(await voice.talk.say(INTENT.SET_SIDE, { side: 'left' }), await touch.talk.touch('left'));
    expect(await stored(touch.store)).toEqual(await stored(voice.store));
  });

  it('pauses mid-side with Pause as "Alexa, pause" does, keeping the rounds done, then resumes with Resume', async () => {
    const { voice, touch, later } = twins();
    for (const { talk } of [voice, touch]) {
      await talk.launch();
      await talk.say(INTENT.SET_SIDE, { side: 'right' });
    }
    later(120);
    same(await voice.talk.say(INTENT.PAUSE), await touch.talk.touch('pause'));
    expect(await stored(touch.store)).toEqual(await stored(voice.store));
    expect(await stored(touch.store)).toMatchObject({ routine: { status: 'paused', round: 1 } });
    same(await voice.talk.say(INTENT.RESUME), await touch.talk.touch('resume'));
  });

  it('moves on with Next, goes again with Repeat, and stops with It hurts as the voice does', async () => {
    const { voice, touch } = twins();
    for (const { talk } of [voice, touch]) {
      await talk.launch();
      await talk.say(INTENT.SET_SIDE, { side: 'left' });
    }
    const next = await touch.talk.touch('next');
    same(await voice.talk.say(INTENT.NEXT), next);
    expect(screenOf(next)?.subtitle).toBe('The lying crossed-knee stretch');
    same(await voice.talk.say(INTENT.REPEAT), await touch.talk.touch('repeat'));
    const hurts = await touch.talk.touch('itHurts');
    same(await voice.talk.say(INTENT.IT_HURTS), hurts);
    expect(hurts.text).toMatch(/Stop the stretch now/);
    same(await voice.talk.say(INTENT.EASIER), await touch.talk.touch('easier'));
    expect(await stored(touch.store)).toEqual(await stored(voice.store));
  });

  it('works as the first request of a session, as a touch on a screen left showing does', async () => {
    const { voice, touch } = twins();
    for (const { talk } of [voice, touch]) {
      await talk.launch();
      await talk.say(INTENT.SET_SIDE, { side: 'left' });
      await talk.say(INTENT.STOP);
    }
    same(await voice.talk.say(INTENT.RESUME), await touch.talk.touch('resume'));
  });

  it('answers a touch it does not know with help, and logs it', async () => {
    const warnings: string[] = [];
    const logger: AppLogger = { info: () => undefined, warn: (message) => void warnings.push(message), error: () => undefined };
    const skill = buildSkill({ persistenceAdapter: new InMemoryPersistenceAdapter(), clock: () => TEST_NOW, logger });
    const talk = new Conversation(skill, { screen: true, now: () => TEST_NOW });
    await talk.launch();
    for (const args of [['dance'], [], [42, 'next'], [{ id: 'next' }]]) {
      const turn = await talk.touch(...args);
      expect(turn.text).toMatch(/I'll guide you through four stretches/);
      expect(turn.ended).toBe(false);
    }
    expect(warnings).toEqual(Array<string>(4).fill('unknown screen event'));
  });
});
