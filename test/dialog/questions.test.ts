// Explanations and questions, and every intent from every state and as the first request of a session.
import { INTENT } from '../../lambda/handlers/intents';
import { expectGoodResponse, setup } from './helpers';

const LEFT = { side: { value: 'left', resolved: { name: 'left', id: 'left' } } };

describe('explanations and questions', () => {
  it('explains the pigeon stretch by its synonym, in one shot, and saves nothing', async () => {
    const { talk, store } = setup();
    const turn = await talk.say(INTENT.EXPLAIN, { exercise: 'pigeon stretch' });
    expect(turn.text).toMatch(/Here's how to do the standing figure four/);
    expect(turn.text).toMatch(/hold on with one hand/);
    await expectGoodResponse(turn);
    expect(store.writes).toBe(0);
  });

  it('explains this exercise in full during the routine, for the side being worked', async () => {
    const { talk, interruptAt } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(20);
    const turn = await talk.say(INTENT.EXPLAIN);
    expect(turn.text).toMatch(/the lying crossed-knee stretch.*Rest your left ankle across your right knee/);
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

  it('says how many exercises are left, not counting one heard to its end', async () => {
    const { talk, interruptAt } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    await talk.say(INTENT.GO_TO, { number: '3' });
    interruptAt(30);
    expect((await talk.say(INTENT.HOW_MANY_LEFT)).text).toMatch(/You have 2 left.*the seated wide-leg forward bend and the kneeling hip lift/);
    await talk.say(INTENT.RESUME);
    expect((await talk.say(INTENT.HOW_MANY_LEFT)).text).toBe('This is the last one: the kneeling hip lift.');
  });
});

describe('every intent as the first request of a session, and in every state', () => {
  const intents = Object.values(INTENT);
  type Talk = ReturnType<typeof setup>['talk'];
  const prepare: Record<string, (talk: Talk) => Promise<void>> = {
    fresh: async () => undefined,
    active: async (talk) => {
      await talk.launch();
      await talk.say(INTENT.SIDE_ANSWER, LEFT);
    },
    paused: async (talk) => {
      await talk.launch();
      await talk.say(INTENT.SIDE_ANSWER, LEFT);
      await talk.say(INTENT.PAUSE);
    },
    finished: async (talk) => {
      await talk.launch();
      await talk.say(INTENT.SIDE_ANSWER, LEFT);
      await talk.say(INTENT.GO_TO, { number: '4' });
      await talk.say(INTENT.NEXT);
    },
  };

  for (const [state, before] of Object.entries(prepare)) {
    it.each(intents.filter((i) => i !== INTENT.FALLBACK || state !== 'fresh'))(`answers %s when the routine is ${state}, with speech and no error`, async (intent) => {
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
    await talk.say(INTENT.GO_TO, { number: '1' });
    const active = await talk.say(INTENT.HELP);
    expect(active.text).toMatch(/You're on exercise 1 of 4/);
    expect(active.ended).toBe(false);
  });

  it('explains the side question when help is asked while it is open', async () => {
    const { talk } = setup();
    await talk.launch();
    const help = await talk.say(INTENT.HELP);
    expect(help.text).toMatch(/Many people start with the side that bothers them/);
    const answer = await talk.say(INTENT.SIDE_ANSWER, LEFT);
    expect(answer.text).toMatch(/start each stretch with your left side.*Exercise 1 of 4/);
  });

  it('stops and cancels with a goodbye that keeps the place', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    const stop = await talk.say(INTENT.STOP);
    expect(stop.ended).toBe(true);
    expect(stop.text).toBe("Okay, we'll stop here. Your place is saved. If anything hurts, rest, and see a doctor if it gets worse.");
    const back = await talk.launch();
    expect(back.text).toMatch(/Last time you finished exercise 1|You stopped at exercise 1/);
    expect((await talk.say(INTENT.CANCEL)).ended).toBe(true);
  });

  it('says the safety notice and asks the side before the first exercise of a one-shot start', async () => {
    const { talk } = setup();
    const turn = await talk.say(INTENT.START);
    expect(turn.text).toMatch(/not medical advice.*Which side shall we start each stretch with/);
    const first = await talk.say(INTENT.SIDE_ANSWER, LEFT);
    expect(first.text).toMatch(/Exercise 1 of 4/);
    expect(first.text).not.toMatch(/not medical advice/);
  });

  it('says the safety notice before the first exercise of a one-shot "go to exercise"', async () => {
    const { talk } = setup();
    const turn = await talk.say(INTENT.GO_TO, { number: '2' });
    expect(turn.text).toMatch(/not medical advice.*Exercise 2 of 4/);
  });

  it('apologises and keeps the place when something fails', async () => {
    const { talk, store } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
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
