// Pain, injury and warning signs, said at the moments people say them: they always win, the routine stops at
// the round reached, the answer is short and plain, and nothing about the pain is stored.
import { INTENT } from '../../lambda/handlers/intents';
import { readingGrade } from '../support/readability';
import { expectGoodResponse, setup, wordCount } from './helpers';

const LEFT = { side: { value: 'left', resolved: { name: 'left', id: 'left' } } };
const RIGHT = { side: { value: 'right', resolved: { name: 'right', id: 'right' } } };
type Setup = ReturnType<typeof setup>;

/** The moments a user is in when something goes wrong. */
const MOMENTS: Record<string, (s: Setup) => Promise<void>> = {
  'at the side question': async ({ talk }) => {
    await talk.launch();
  },
  'mid-exercise': async ({ talk, interruptAt }) => {
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(120);
  },
  paused: async ({ talk, interruptAt }) => {
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(60);
    await talk.say(INTENT.PAUSE);
  },
  'at the welcome back': async ({ talk, interruptAt }) => {
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(60);
    await talk.say(INTENT.STOP);
    await talk.launch();
  },
};

const SAFETY = [
  { intent: INTENT.IT_HURTS, pattern: /^Stop now, and rest.*Say easier for a gentler way, skip to move on, or stop|^Please don't push through it\./, ends: false },
  { intent: INTENT.INJURY, pattern: /^Stop, and stay still\..*call 911/, ends: true },
  { intent: INTENT.WARNING_SIGN, pattern: /^That needs a doctor now\. Please call 911, or go to the emergency room\./, ends: true },
];

describe.each(Object.entries(MOMENTS))('something goes wrong %s', (_moment, before) => {
  it.each(SAFETY)('$intent gets a short, plain safety answer and stops the routine', async ({ intent, pattern, ends }) => {
    const s = setup();
    await before(s);
    const turn = await s.talk.say(intent, intent === INTENT.IT_HURTS ? RIGHT : {});
    expect(turn.text).toMatch(pattern);
    expect(wordCount(turn.text)).toBeLessThanOrEqual(45);
    expect(readingGrade(turn.text)).toBeLessThanOrEqual(6);
    expect(turn.ended).toBe(ends);
    await expectGoodResponse(turn);
    expect(['idle', 'paused']).toContain(s.saved()?.routine.status ?? 'idle');
  });
});

describe('what is kept', () => {
  it('stores nothing about the pain: the record after "it hurts" is the record after "pause" at the same moment', async () => {
    const hurt = setup();
    const paused = setup();
    for (const s of [hurt, paused]) {
      await s.talk.launch();
      await s.talk.say(INTENT.SIDE_ANSWER, LEFT);
      s.interruptAt(100);
    }
    await hurt.talk.say(INTENT.IT_HURTS, RIGHT);
    await paused.talk.say(INTENT.PAUSE);
    expect(hurt.saved()).toEqual(paused.saved());
    expect(JSON.stringify(hurt.saved())).not.toMatch(/hurt|pain|warning|injur/i);
  });

  it('pauses at the round reached, and resuming picks up there', async () => {
    const { talk, interruptAt, saved } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(150);
    await talk.say(INTENT.IT_HURTS);
    expect(saved()?.routine).toMatchObject({ status: 'paused', exercise: 0, sideIndex: 0, round: 1 });
    const resumed = await talk.say(INTENT.RESUME);
    expect(resumed.text).toMatch(/^Let's pick up where you were\..*Round 2 of 2/);
    expect(resumed.text.slice(0, resumed.text.indexOf('Now your right side'))).not.toMatch(/Round 1 of 2/);
  });

  it('never sets the starting side from "my right leg hurts" at the side question, and asks it again', async () => {
    const { talk, saved } = setup();
    await talk.launch();
    const hurt = await talk.say(INTENT.IT_HURTS, RIGHT);
    expect(hurt.text).toMatch(/^Please don't push through it\..*Which side shall we start each stretch with, left or right\?$/);
    expect(saved()?.routine.startSide).toBeNull();
    await talk.endSession();
    expect((await talk.launch()).text).toBe('Welcome back to Sciatica Routine. Which side shall we start each stretch with, left or right?');
    const answered = await talk.say(INTENT.SIDE_ANSWER, LEFT);
    expect(answered.text).toMatch(/^Okay, we'll start each stretch with your left side\. Exercise 1 of 4/);
  });

  it('offers the gentler form after "it hurts", and narrates it', async () => {
    const { talk, interruptAt } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(60);
    await talk.say(INTENT.IT_HURTS);
    const easier = await talk.say(INTENT.EASIER);
    expect(easier.text).toMatch(/^Okay, let's make it easier\. Exercise 1 of 4\. An easier way: the crossed-knee stretch with a towel/);
  });
});

describe('after "it hurts"', () => {
  it('never carries on with the stretch on "okay", "yes" or words it did not catch: the choice is asked again', async () => {
    const { talk, interruptAt, saved } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(150);
    await talk.say(INTENT.IT_HURTS);
    for (const intent of [INTENT.YES, INTENT.NO, INTENT.FALLBACK]) {
      const turn = await talk.say(intent);
      expect(turn.text).toBe('Would you like an easier way, to skip this one, or to stop for today?');
      expect(saved()?.routine.status).toBe('paused');
    }
    expect((await talk.say(INTENT.SKIP)).text).toMatch(/^Skipping the lying crossed-knee stretch\./);
  });

  it('between exercises offers rest and the choice, with no "stop the stretch"', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    const turn = await talk.say(INTENT.IT_HURTS);
    expect(turn.text).toBe("Please don't push through it. Rest in a comfortable position. If the pain is bad or keeps getting worse, see a doctor. Say stop to finish for today, or next when you feel ready.");
  });

  it('on the gentler form already, says to skip or stop, never to go on', async () => {
    const { talk, interruptAt } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(60);
    await talk.say(INTENT.EASIER);
    interruptAt(60);
    await talk.say(INTENT.IT_HURTS);
    const again = await talk.say(INTENT.EASIER);
    expect(again.text).toBe("You're already doing the easier way of this one. If it still hurts, stop for today, or say skip.");
    expect(again.reprompt).toBe('Say skip to move on, or stop to finish for today.');
  });

  it('asks "if you feel up to it" before carrying on in a later session', async () => {
    const { talk, interruptAt, later } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(60);
    await talk.say(INTENT.INJURY);
    later(2 * 60 * 1000);
    expect((await talk.launch()).text).toMatch(/If you feel up to it, shall we carry on\?$/);
  });
});

describe('the fallback mid-routine', () => {
  it('names the safety words first, never "say next to go on"', async () => {
    const { talk, interruptAt } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, LEFT);
    interruptAt(30);
    const turn = await talk.say(INTENT.FALLBACK);
    expect(turn.text).toBe("If something hurts, say it hurts. You can also say next, repeat or pause.");
    expect(turn.ended).toBe(false);
  });

  it('gives the same answer when a symptom lands in the place of a side, and never says "left or right" to it', async () => {
    const numb = { side: { value: 'foot is numb', unmatched: true as const } };
    const mid = setup();
    await mid.talk.launch();
    await mid.talk.say(INTENT.SIDE_ANSWER, LEFT);
    mid.interruptAt(30);
    expect((await mid.talk.say(INTENT.SIDE_ANSWER, numb)).text).toBe('If something hurts, say it hurts. You can also say next, repeat or pause.');
    const asked = setup();
    await asked.talk.launch();
    const turn = await asked.talk.say(INTENT.SET_SIDE, numb);
    expect(turn.text).toMatch(/^Sorry, I didn't catch that\. Which side/);
    expect(asked.saved()?.routine.startSide ?? null).toBeNull();
  });

  it('asks the side question again when it was open', async () => {
    const { talk } = setup();
    await talk.launch();
    const turn = await talk.say(INTENT.FALLBACK);
    expect(turn.text).toMatch(/^Sorry, I didn't catch that\. Which side shall we start each stretch with/);
  });
});
