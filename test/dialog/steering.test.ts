// Steering as people mean it: carry on without replaying, the other side, a side said alone, where am I,
// speed and volume, the wake word taught once, and the rounds heard kept across questions.
import { INTENT } from '../../lambda/handlers/intents';
import { expectGoodResponse, setup } from './helpers';

const side = (value: 'left' | 'right') => ({ side: { value, resolved: { name: value, id: value } } });

/** A user who chose the left side and is `seconds` into the first exercise. */
async function midExercise(seconds: number) {
  const s = setup();
  await s.talk.launch();
  await s.talk.say(INTENT.SIDE_ANSWER, side('left'));
  s.interruptAt(seconds);
  return s;
}

describe('carrying on', () => {
  it.each([INTENT.START, INTENT.YES])('%s after an exercise heard to its end goes to the next exercise, never replaying it', async (intent) => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, side('left'));
    const turn = await talk.say(intent);
    expect(turn.text).toMatch(/^Exercise 2 of 4: the standing figure four/);
  });

  it.each([INTENT.START, INTENT.YES, INTENT.RESUME])('%s after an interruption picks up at the round reached', async (intent) => {
    const { talk } = await midExercise(150);
    await talk.say(INTENT.HOW_MANY_LEFT);
    const turn = await talk.say(intent);
    // In place mid-exercise: no intro, no getting down again, the one-line cue, then the round reached.
    expect(turn.text).toMatch(/^(Let's pick up where you were\. )?When you're ready, begin\. Cross your left ankle over your right knee, and draw that thigh in\. Round 2 of 2\./);
    expect(turn.text).not.toMatch(/Come down to the floor/);
    expect(turn.text.slice(0, turn.text.indexOf('Now your right side'))).not.toMatch(/Round 1 of 2/);
  });

  it('keeps the rounds heard across a question: hear an exercise, ask how many are left, pause, resume goes on', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, side('left'));
    await talk.say(INTENT.HOW_MANY_LEFT);
    expect((await talk.say(INTENT.PAUSE)).text).toMatch(/You've finished exercise 1/);
    expect((await talk.say(INTENT.RESUME)).text).toMatch(/Exercise 2 of 4/);
  });
});

describe('sides', () => {
  it('"next exercise" mid first side goes to the other side first; "skip" skips the exercise', async () => {
    const { talk } = await midExercise(60);
    const next = await talk.say(INTENT.NEXT);
    expect(next.text).toMatch(/^Exercise 1 of 4: the lying crossed-knee stretch\..*Rest your right ankle across your left knee/);
    const { talk: other } = await midExercise(60);
    expect((await other.say(INTENT.SKIP)).text).toMatch(/^Skipping the lying crossed-knee stretch\. Exercise 2 of 4/);
  });

  it('"the other side" and "do the left side" move to that side of the current exercise', async () => {
    const { talk, interruptAt } = await midExercise(60);
    const other = await talk.say(INTENT.SWITCH_SIDE);
    expect(other.text).toMatch(/Exercise 1 of 4.*Rest your right ankle across your left knee/);
    interruptAt(60);
    const left = await talk.say(INTENT.SWITCH_SIDE, side('left'));
    expect(left.text).toMatch(/Rest your left ankle across your right knee/);
  });

  it('asks the side question on "the other side" before the routine has begun', async () => {
    const { talk } = setup();
    await talk.say(INTENT.HELP);
    const turn = await talk.say(INTENT.SWITCH_SIDE);
    expect(turn.text).toMatch(/Which side shall we start each stretch with, left or right\?$/);
    expect((await talk.say(INTENT.SIDE_ANSWER, side('right'))).text).toMatch(/your right side\. Exercise 1 of 4/);
  });

  it('says an exercise done once has no sides to switch', async () => {
    const { talk, interruptAt } = await midExercise(10);
    await talk.say(INTENT.GO_TO, { number: '3' });
    interruptAt(10);
    expect((await talk.say(INTENT.SWITCH_SIDE)).text).toMatch(/^This one isn't done on one side/);
  });

  it('takes a side said alone as that side mid-exercise, and explains it when nothing asked for it', async () => {
    const { talk } = await midExercise(60);
    expect((await talk.say(INTENT.SIDE_ANSWER, side('right'))).text).toMatch(/Rest your right ankle across your left knee/);
    const idle = setup();
    await idle.talk.say(INTENT.HELP);
    const alone = await idle.talk.say(INTENT.SIDE_ANSWER, side('right'));
    expect(alone.text).toBe('To start each stretch with your right side, say, start with my right side.');
    expect(idle.saved()?.routine.startSide ?? null).toBeNull();
  });

  it('changes the starting side by voice, kept as a preference', async () => {
    const { talk, saved } = await midExercise(60);
    const turn = await talk.say(INTENT.SET_SIDE, side('right'));
    expect(turn.text).toMatch(/^Okay, we'll start each stretch with your right side\./);
    expect(saved()?.routine.startSide).toBe('right');
    expect(Object.keys(saved()?.routine ?? {})).not.toContain('affectedSide');
  });
});

describe('the side question', () => {
  it('takes "either" or "you choose" as the right side, and starts', async () => {
    const { talk, saved } = setup();
    await talk.launch();
    const turn = await talk.say(INTENT.NO_PREFERENCE);
    expect(turn.text).toMatch(/^Then we'll start with your right side\. You can change it any time\. Exercise 1 of 4/);
    expect(saved()?.routine.startSide).toBe('right');
  });

  it.each([INTENT.REPEAT, INTENT.NEXT, INTENT.RESUME, INTENT.SKIP])('asks the side question again on %s instead of starting on a default side', async (intent) => {
    const { talk, saved } = setup();
    await talk.launch();
    expect((await talk.say(intent)).text).toBe('Which side shall we start each stretch with, left or right?');
    expect(saved()?.routine.status).toBe('idle');
  });

  it('says the chair version, then only the side question, at the side question', async () => {
    const { talk } = setup();
    await talk.launch();
    const turn = await talk.say(INTENT.CHAIR);
    expect(turn.text).toBe(`Okay, the chair version. You'll do every exercise on, or next to, a sturdy chair. Say floor version to change back. Which side shall we start each stretch with, left or right?`);
  });
});

describe('after an exercise heard to its end', () => {
  it('explains the side words and what comes next, and never replays it on a side or "switch sides"', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, side('left'));
    expect((await talk.say(INTENT.SIDE_ANSWER, side('left'))).text).toBe('To start each stretch with your left side, say, start with my left side.');
    expect((await talk.say(INTENT.SWITCH_SIDE)).text).toBe("You've done both sides of this one. Well done. Say next for exercise 2, the standing figure four.");
  });

  it('explains the next exercise on "what do I do now"', async () => {
    const { talk } = setup();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, side('left'));
    expect((await talk.say(INTENT.EXPLAIN)).text).toMatch(/^Here's how to do the standing figure four\./);
  });
});

describe('what to say next', () => {
  it('is "resume" after a question mid-exercise, and "next" only once the exercise is done', async () => {
    const { talk, interruptAt } = await midExercise(100);
    const mid = await talk.say(INTENT.WHERE_AM_I);
    expect(mid.reprompt).toBe('Say resume to carry on where you were.');
    expect((await talk.say(INTENT.SLOWER)).text).toBe("Okay, I'll talk more slowly. Say resume to carry on where you were.");
    await talk.say(INTENT.RESUME);
    const done = await talk.say(INTENT.WHERE_AM_I);
    expect(done.reprompt).toBe('Say next to go on, or repeat to do this one again.');
    interruptAt(0);
  });
});

describe('where am I', () => {
  it('says the exercise, side, round, hold and what is left, from the routine state', async () => {
    const { talk } = await midExercise(150);
    const turn = await talk.say(INTENT.WHERE_AM_I);
    expect(turn.text).toBe("You're on exercise 1 of 4: the lying crossed-knee stretch, left side. Each hold is 30 seconds. You've done 1 of 2 rounds on this side. After this one, 3 more.");
    await expectGoodResponse(turn);
  });
});

describe('delivery', () => {
  it('talks slower in every answer after "slower", kept in the settings, until "normal speed"', async () => {
    const { talk, saved } = await midExercise(30);
    const slower = await talk.say(INTENT.SLOWER);
    expect(slower.ssml).toMatch(/^<speak><prosody rate="90%">Okay, I&apos;ll talk more slowly\./);
    expect(saved()?.routine.settings.speechRate).toBe(90);
    const help = await talk.say(INTENT.HELP);
    expect(help.ssml).toMatch(/<prosody rate="90%">/);
    expect(help.reprompt).toBeTruthy();
    await talk.say(INTENT.SLOWER);
    expect((await talk.say(INTENT.RESUME)).ssml).toMatch(/^<speak><prosody rate="80%">/);
    const normal = await talk.say(INTENT.NORMAL_SPEED);
    expect(normal.ssml).not.toMatch(/prosody/);
    expect(saved()?.routine.settings.speechRate).toBe(100);
  });

  it('says the volume is the device\'s, changing nothing', async () => {
    const { talk, saved } = await midExercise(30);
    const before = JSON.stringify(saved());
    const turn = await talk.say(INTENT.VOLUME);
    expect(turn.text).toMatch(/^I can't change the volume myself\. Say, Alexa, volume up/);
    expect(JSON.stringify(saved())).toBe(before);
  });

  it('counts the lifts more slowly after "count slower"', async () => {
    const { talk, interruptAt } = await midExercise(30);
    const normal = await talk.say(INTENT.GO_TO, { number: '4' });
    interruptAt(20);
    await talk.say(INTENT.COUNT_SLOWER);
    const slow = await talk.say(INTENT.REPEAT);
    const firstLift = (ssml: string): string => ssml.slice(ssml.indexOf('1, up.'), ssml.indexOf('2, up.'));
    expect(firstLift(normal.ssml)).toMatch(/1, up\. <break time="3s"\/> And down\. <break time="2s"\/>/);
    expect(firstLift(slow.ssml)).toMatch(/1, up\. <break time="5s"\/> And down\. <break time="3s"\/>/);
  });
});

describe('the wake word, taught once', () => {
  it('is taught in the first exercise a user hears, and not again', async () => {
    const { talk } = setup();
    await talk.launch();
    const first = await talk.say(INTENT.SIDE_ANSWER, side('left'));
    expect(first.text).toMatch(/One tip: while I'm talking, say Alexa first, like, Alexa, pause, or, Alexa, it hurts\./);
    const second = await talk.say(INTENT.NEXT);
    expect(second.text).not.toMatch(/One tip/);
    await talk.endSession();
    await talk.launch();
    expect((await talk.say(INTENT.YES)).text).not.toMatch(/One tip/);
  });
});
