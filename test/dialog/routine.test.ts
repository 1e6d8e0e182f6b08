// The whole routine by voice: launch to finish, both sides in one answer, returning users, the chair routine,
// and coming back after a session closed.
import { INTENT } from '../../lambda/handlers/intents';
import { estimatedPlaySeconds } from '../../lambda/speech';
import { TEST_NOW } from '../support/envelopes';
import { expectGoodResponse, pauseSeconds, setup, wordCount } from './helpers';

const side = (value: 'left' | 'right') => ({ side: { value, resolved: { name: value, id: value } } });
const DAY = 24 * 60 * 60 * 1000;

describe('the whole routine by voice', () => {
  it('goes from launch to finish in six utterances, both sides of each exercise in one answer, every hold timed', async () => {
    const { talk, saved } = setup();
    const turns = [await talk.launch()];
    expect(turns[0]?.text).toMatch(/not medical advice/);
    expect(turns[0]?.text).toMatch(/Which side shall we start each stretch with, left or right\?/);
    turns.push(await talk.say(INTENT.SIDE_ANSWER, side('left')));
    for (let n = 0; n < 4; n += 1) turns.push(await talk.say(INTENT.NEXT));
    expect(turns).toHaveLength(6);

    const [, first, second, third, fourth, done] = turns;
    expect(first?.text).toMatch(/start each stretch with your left side\. Exercise 1 of 4: the lying crossed-knee stretch.*Rest your left ankle across your right knee.*Now your right side\..*Say next for exercise 2/);
    expect(second?.text).toMatch(/Exercise 2 of 4: the standing figure four.*Stand next to a wall.*Now your right side/);
    expect(third?.text).toMatch(/Exercise 3 of 4: the seated wide-leg forward bend/);
    expect(third?.text).not.toMatch(/Now your/);
    expect(fourth?.text).toMatch(/Exercise 4 of 4: the kneeling hip lift.*Set 1 of 2\. 1, up\. And down\..*15, up\..*Now your right side.*that was the last one/);
    expect(pauseSeconds(first!)).toBeGreaterThanOrEqual(15 + 8 + 4 * (3 + 30) + 2 * 15);
    for (const turn of [first, second, third, fourth]) {
      expect(turn?.ended).toBe(false);
      await expectGoodResponse(turn!);
    }
    expect(done?.text).toMatch(/That's the whole routine.*your first routine done/);
    // The first routine hands over to Alexa's offer of "Alexa, start my sciatica routine" (see routine-offer.test.ts).
    expect(done?.envelope.response.directives?.map((d) => d.type)).toEqual(['Connections.StartConnection']);
    expect(done?.envelope.response.shouldEndSession).toBeUndefined();
    expect(saved()?.progress.completed).toBe(1);
  });

  it('takes about twenty minutes with the usual settings, as the welcome says', async () => {
    const { talk } = setup();
    const turns = [await talk.launch(), await talk.say(INTENT.SIDE_ANSWER, side('right'))];
    for (let n = 0; n < 4; n += 1) turns.push(await talk.say(INTENT.NEXT));
    const minutes = turns.reduce((sum, t) => sum + estimatedPlaySeconds(t.ssml), 0) / 60;
    expect(turns[0]?.text).toMatch(/about twenty minutes/);
    expect(minutes).toBeGreaterThan(15);
    expect(minutes).toBeLessThan(25);
  });
});

describe('returning users', () => {
  /** A user who finished the whole routine on two earlier days. */
  async function twoDaysDone() {
    const s = setup({ now: new Date(TEST_NOW.getTime() - 2 * DAY) });
    for (const day of [2, 1]) {
      s.setNow(new Date(TEST_NOW.getTime() - day * DAY));
      await s.talk.launch();
      await (day === 2 ? s.talk.say(INTENT.SIDE_ANSWER, side('left')) : s.talk.say(INTENT.YES));
      for (let n = 0; n < 4; n += 1) await s.talk.say(INTENT.NEXT);
    }
    s.setNow(TEST_NOW);
    return s;
  }

  it('hears the short form: at most 15 s of speech before the settling gap and 40 words before the first hold', async () => {
    const { talk, saved } = await twoDaysDone();
    expect(saved()?.progress.completed).toBe(2);
    expect((await talk.launch()).text).toMatch(/Ready to start your routine\?/);
    const first = await talk.say(INTENT.YES);
    const beforeGap = first.ssml.slice(0, first.ssml.indexOf('<break'));
    expect(estimatedPlaySeconds(beforeGap)).toBeLessThanOrEqual(15);
    const beforeHold = first.text.slice(0, first.text.indexOf('And hold'));
    expect(wordCount(beforeHold)).toBeLessThanOrEqual(40);
    expect(first.text).toMatch(/^Exercise 1: the lying crossed-knee stretch\. Lie on your back, knees bent, feet flat\./);
  });

  it('gets the full instructions on "explain", and always once asked for them', async () => {
    const { talk, interruptAt, saved } = await twoDaysDone();
    await talk.launch();
    await talk.say(INTENT.YES);
    interruptAt(12);
    const explained = await talk.say(INTENT.EXPLAIN);
    expect(explained.text).toMatch(/Here's how to do the lying crossed-knee stretch.*Hold the back of your right thigh with both hands/);
    await talk.say(INTENT.FULL_INSTRUCTIONS);
    expect(saved()?.routine.settings.instructions).toBe('full');
    const again = await talk.say(INTENT.REPEAT);
    expect(again.text).toMatch(/^Exercise 1 of 4: the lying crossed-knee stretch\. It eases/);
    await talk.say(INTENT.SHORT_INSTRUCTIONS);
    expect((await talk.say(INTENT.REPEAT)).text).toMatch(/^Exercise 1: /);
  });
});

describe('the chair routine', () => {
  it('turns on from "I can\'t get down on the floor" at the side question, for the whole routine, and off again', async () => {
    const { talk, saved } = setup();
    await talk.launch();
    const on = await talk.say(INTENT.CHAIR);
    expect(on.text).toMatch(/^Okay, the chair version\..*Which side shall we start each stretch with/);
    const first = await talk.say(INTENT.SIDE_ANSWER, side('right'));
    expect(first.text).toMatch(/Exercise 1 of 4: the seated figure four.*sturdy chair/);
    expect(first.text).not.toMatch(/floor, slowly|hands and knees/);
    for (const pattern of [/the seated knee hug/, /the seated forward lean/, /the standing leg reach back.*1, back\. And in\./]) {
      const turn = await talk.say(INTENT.NEXT);
      expect(turn.text).toMatch(pattern);
      expect(turn.text).not.toMatch(/Come down to the floor|hands and knees|Sit down on the floor/);
    }
    expect(saved()?.routine.settings.chair).toBe(true);
    const off = await talk.say(INTENT.FLOOR);
    expect(off.text).toMatch(/^Okay, back to the floor version\..*the kneeling hip lift/);
    expect(saved()?.routine.settings.chair).toBe(false);
  });

  it('gives the gentler seated form on "easier" in chair mode', async () => {
    const { talk, interruptAt } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, side('left'));
    interruptAt(10);
    await talk.say(INTENT.CHAIR);
    interruptAt(10);
    const easier = await talk.say(INTENT.EASIER);
    expect(easier.text).toMatch(/^Okay, let's make it easier\. Exercise 1 of 4\. An easier way: the gentle seated figure four/);
  });
});

describe('coming back', () => {
  it('goes straight on with one utterance when the session closed less than 30 minutes ago mid-routine', async () => {
    const { talk, later } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, side('left'));
    await talk.endSession();
    later(10 * 60 * 1000);
    const back = await talk.launch();
    expect(back.text).toMatch(/^Welcome back\. Let's carry on\. Exercise 2 of 4: the standing figure four/);
  });

  it('asks first the next day, and after a pause', async () => {
    const { talk, later, interruptAt } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, side('left'));
    await talk.endSession();
    later(DAY);
    expect((await talk.launch()).text).toBe('Welcome back. Last time you finished exercise 1, the lying crossed-knee stretch. If you feel up to it, shall we go on?');
    const next = await talk.say(INTENT.YES);
    expect(next.text).toMatch(/Exercise 2 of 4/);
    interruptAt(30);
    await talk.say(INTENT.PAUSE);
    await talk.endSession();
    later(60 * 1000);
    expect((await talk.launch()).text).toMatch(/^Welcome back\. You stopped at exercise 2/);
  });

  it('resumes a second side in a new session with that side\'s whole set-up', async () => {
    const { talk, interruptAt } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, side('left'));
    const second = await talk.say(INTENT.NEXT);
    // Stopped during the first round of the right side.
    const rightStarts = second.text.indexOf('Now your right side');
    expect(rightStarts).toBeGreaterThan(0);
    interruptAt(200);
    await talk.say(INTENT.STOP);
    const back = await talk.launch();
    expect(back.text).toMatch(/exercise 2, the standing figure four, right side/);
    const resumed = await talk.say(INTENT.YES);
    expect(resumed.text).toMatch(/Stand next to a wall, a counter or a sturdy chair.*Rest your right ankle just above your left knee/);
  });
});
