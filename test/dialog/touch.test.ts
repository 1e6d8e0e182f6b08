// Touching a screen button does what saying it does: the same answer, the same place saved. Each button sends an
// Alexa.Presentation.APL.UserEvent through the real skill factory.
import { BUTTON_IDS, loadRoutine } from '../../content';
import { BUTTON_INTENTS } from '../../lambda/handlers/buttons';
import { INTENT } from '../../lambda/handlers/intents';
import { InMemoryPersistenceAdapter } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import type { AppLogger } from '../../lambda/logger';
import { Conversation, type Turn } from '../support/conversation';
import { TEST_NOW } from '../support/envelopes';
import { screenOf } from '../support/screens';
import { setup } from './helpers';

/** Two users on their own stores and clocks, one who talks and one who touches, on devices with a screen. */
function twins() {
  const voice = setup({ screen: true });
  const touch = setup({ screen: true });
  return { voice, touch, both: [voice, touch], interruptAt: (s: number) => [voice, touch].forEach((t) => t.interruptAt(s)) };
}

/** The same words, and the same screen. */
const same = (said: Turn, touched: Turn): void => {
  expect(touched.text).toBe(said.text);
  expect(touched.ended).toBe(said.ended);
  expect(screenOf(touched)).toEqual(screenOf(said));
};

describe('touch buttons', () => {
  it('stand for a voice intent, every button the screens offer', () => {
    expect(Object.keys(BUTTON_INTENTS).sort()).toEqual([...BUTTON_IDS].sort());
  });

  it('answer the side question with Left as saying "left" does', async () => {
    const { voice, touch } = twins();
    await voice.talk.launch();
    await touch.talk.launch();
    same(await voice.talk.say(INTENT.SIDE_ANSWER, { side: 'left' }), await touch.talk.touch('left'));
    expect(touch.saved()).toEqual(voice.saved());
  });

  it('pause mid-exercise with Pause as "Alexa, pause" does, keeping the rounds heard, then resume with Resume', async () => {
    const { voice, touch, both, interruptAt } = twins();
    for (const { talk } of both) {
      await talk.launch();
      await talk.say(INTENT.SIDE_ANSWER, { side: 'right' });
    }
    interruptAt(150);
    same(await voice.talk.say(INTENT.PAUSE), await touch.talk.touch('pause'));
    expect(touch.saved()).toEqual(voice.saved());
    expect(touch.saved()?.routine).toMatchObject({ status: 'paused', round: 1 });
    same(await voice.talk.say(INTENT.RESUME), await touch.talk.touch('resume'));
  });

  it('move on with Next, go again with Repeat, stop with It hurts and get the easier form with Easier, as the voice does', async () => {
    const { voice, touch, both, interruptAt } = twins();
    for (const { talk } of both) {
      await talk.launch();
      await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    }
    const next = await touch.talk.touch('next');
    same(await voice.talk.say(INTENT.NEXT), next);
    expect(screenOf(next)?.title).toBe('Exercise 2 of 4');
    interruptAt(20);
    same(await voice.talk.say(INTENT.REPEAT), await touch.talk.touch('repeat'));
    interruptAt(20);
    const hurts = await touch.talk.touch('itHurts');
    same(await voice.talk.say(INTENT.IT_HURTS), hurts);
    expect(hurts.text).toContain(loadRoutine('en-US').messages.painAnswer);
    same(await voice.talk.say(INTENT.EASIER), await touch.talk.touch('easier'));
    expect(touch.saved()).toEqual(voice.saved());
  });

  it('work as the first request of a session, as a touch on a screen left showing does', async () => {
    const { voice, touch, both, interruptAt } = twins();
    for (const { talk } of both) {
      await talk.launch();
      await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    }
    interruptAt(20);
    for (const { talk } of both) await talk.say(INTENT.STOP);
    same(await voice.talk.say(INTENT.RESUME), await touch.talk.touch('resume'));
  });

  it('answer a touch no button explains with help, and log it', async () => {
    const warnings: string[] = [];
    const logger: AppLogger = { info: () => undefined, warn: (message) => void warnings.push(message), error: () => undefined };
    const skill = buildSkill({ persistenceAdapter: new InMemoryPersistenceAdapter(), clock: () => TEST_NOW, logger });
    const talk = new Conversation(skill, { screen: true, now: () => TEST_NOW });
    await talk.launch();
    for (const args of [['dance'], [], [42, 'next'], [{ id: 'next' }]]) {
      const turn = await talk.touch(...args);
      expect(turn.text).toMatch(/guide you through four stretches/);
      expect(turn.ended).toBe(false);
    }
    expect(warnings).toEqual(Array<string>(4).fill('unknown screen event'));
  });
});
