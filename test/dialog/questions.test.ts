import { INTENT } from '../../lambda/handlers/intents';
import { expectGoodResponse, setup } from './helpers';

describe('explanations and questions', () => {
  it('explains the pigeon stretch by its synonym, in one shot', async () => {
    const { talk, store } = setup();
    const turn = await talk.say(INTENT.EXPLAIN, { exercise: 'pigeon stretch' });
    expect(turn.text).toMatch(/Here's how to do the standing figure four/);
    expect(turn.text).toMatch(/hold on to it/);
    await expectGoodResponse(turn);
    expect(store.writes).toBe(0);
  });

  it('explains this exercise during the routine, for the side being worked', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say('SetSideIntent', { side: 'left' });
    const turn = await talk.say(INTENT.EXPLAIN);
    expect(turn.text).toMatch(/the lying crossed-knee stretch.*left foot and rest that ankle across your right knee/);
    expect(turn.text).toMatch(/Say next when you're ready/);
  });

  it('says which exercises exist when asked about an unknown one', async () => {
    const { talk } = setup();
    const turn = await talk.say(INTENT.EXPLAIN, { exercise: 'headstand' });
    expect(turn.text).toMatch(/I don't know that exercise.*the kneeling hip lift/);
    expect(turn.ended).toBe(false);
  });

  it('tells why an exercise helps, and why the routine helps in general', async () => {
    const { talk } = setup();
    const named = await talk.say(INTENT.WHY, { exercise: { value: 'hip lift', resolved: { name: 'hip lift', id: 'kneeling-hip-lift' } } });
    expect(named.text).toMatch(/builds strength/);
    const general = await talk.say(INTENT.WHY);
    expect(general.text).toMatch(/Sciatica is pain that runs along the sciatic nerve/);
  });

  it('answers "it hurts" with stopping, the warning signs, and gentler options, and pauses', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.START);
    const turn = await talk.say(INTENT.IT_HURTS);
    expect(turn.text).toMatch(/Stop the stretch now/);
    expect(turn.text).toMatch(/both legs/);
    expect(turn.reprompt).toMatch(/make it easier/);
    const resumed = await talk.say(INTENT.RESUME);
    expect(resumed.text).toMatch(/pick up where you were/);
  });

  it('says how many exercises are left', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '3' });
    const turn = await talk.say(INTENT.HOW_MANY_LEFT);
    expect(turn.text).toMatch(/You have 2 left.*the seated wide-leg forward bend and the kneeling hip lift/);
  });
});

describe('every intent as the first request of a session, and in every state', () => {
  const intents = [
    INTENT.START, INTENT.NEXT, INTENT.PREVIOUS, INTENT.REPEAT, INTENT.SKIP, INTENT.GO_TO, INTENT.START_OVER,
    INTENT.PAUSE, INTENT.RESUME, INTENT.YES, INTENT.NO, INTENT.SET_SIDE, INTENT.SET_HOLD, INTENT.SET_REPETITIONS,
    INTENT.EASIER, INTENT.HARDER, INTENT.EXPLAIN, INTENT.WHY, INTENT.HOW_MANY_LEFT, INTENT.PROGRESS, INTENT.IT_HURTS,
    INTENT.HELP, INTENT.STOP, INTENT.CANCEL, INTENT.FALLBACK, INTENT.NAVIGATE_HOME,
  ];
  const prepare = {
    fresh: async () => undefined,
    active: async (talk: ReturnType<typeof setup>['talk']) => {
      await talk.say(INTENT.START);
    },
    paused: async (talk: ReturnType<typeof setup>['talk']) => {
      await talk.say(INTENT.START);
      await talk.say(INTENT.PAUSE);
    },
    finished: async (talk: ReturnType<typeof setup>['talk']) => {
      await talk.say(INTENT.GO_TO, { number: '4' });
      await talk.say(INTENT.NEXT);
      await talk.say(INTENT.NEXT);
    },
  };

  for (const [state, before] of Object.entries(prepare)) {
    it.each(intents)(`answers %s when the routine is ${state}, with speech and no error`, async (intent) => {
      const { talk } = setup();
      await before(talk);
      await talk.endSession();
      const turn = await talk.say(intent);
      expect(turn.text.length).toBeGreaterThan(10);
      expect(turn.text).not.toMatch(/something went wrong/);
      await expectGoodResponse(turn);
    });
  }

  it('gives help from every state and keeps the session open', async () => {
    const { talk } = setup();
    expect((await talk.say(INTENT.HELP)).text).toMatch(/Say start to begin/);
    await talk.say(INTENT.START);
    const active = await talk.say(INTENT.HELP);
    expect(active.text).toMatch(/You're on exercise 1 of 4/);
    expect(active.ended).toBe(false);
  });

  it('stops and cancels with a goodbye that keeps the place', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.START);
    const stop = await talk.say(INTENT.STOP);
    expect(stop.ended).toBe(true);
    expect(stop.text).toMatch(/Your place is saved/);
    const back = await talk.launch();
    expect(back.text).toMatch(/You stopped at exercise 1/);
    const cancel = await talk.say(INTENT.CANCEL);
    expect(cancel.ended).toBe(true);
  });

  it('steers an unmatched phrase to the options', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.START);
    const turn = await talk.say(INTENT.FALLBACK);
    expect(turn.text).toMatch(/didn't catch that.*Say next/);
    expect(turn.ended).toBe(false);
  });

  it('says the safety notice before the first exercise of a one-shot start', async () => {
    const { talk } = setup();
    const turn = await talk.say(INTENT.START);
    expect(turn.text).toMatch(/not medical advice.*Exercise 1 of 4/);
    const later = await talk.say(INTENT.NEXT);
    expect(later.text).not.toMatch(/not medical advice/);
  });

  it('apologises and keeps the place when something fails', async () => {
    const { talk, store } = setup();
    await talk.launch();
    await talk.say(INTENT.START);
    await talk.endSession();
    const saved = JSON.stringify([...store.records.values()]);
    store.getAttributes = async () => {
      throw new Error('boom');
    };
    const turn = await talk.say(INTENT.NEXT);
    expect(turn.ended).toBe(false);
    expect(turn.text).toMatch(/Exercise 1 of 4|may not be able to save/);
    expect(JSON.stringify([...store.records.values()])).toBe(saved);
  });
});
