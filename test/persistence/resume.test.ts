import { INTENT } from '../../lambda/handlers/intents';
import { silentLogger, type AppLogger } from '../../lambda/logger';
import { RECORD_SCHEMA_VERSION } from '../../lambda/persistence';
import { emptyProgress } from '../../lambda/progress';
import { initialState } from '../../lambda/routine';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { useLocalDynamo } from '../support/dynalite';
import { listeningClock, secondsUntil, type ListeningClock } from '../support/listening';

const store = useLocalDynamo();
const NOW = new Date('2026-11-26T08:00:00Z');
const MINUTE = 60_000;

/** A device of one user talking to the skill as built for Lambda, on the local table; time moves as answers play. */
function device(userId: string, clock: ListeningClock, logger: AppLogger = silentLogger): Conversation {
  const skill = buildSkill({ persistenceAdapter: store.adapter({ clock: clock.now }), clock: clock.now, logger });
  return new Conversation(skill, { userId, now: clock.now, onReply: clock.onReply });
}

describe('resuming from DynamoDB', () => {
  it('offers the place heard on the next launch, in a new session, and picks up there', async () => {
    const clock = listeningClock(NOW);
    const talk = device('user-resume', clock);
    await talk.launch();
    const first = await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    expect(first.text).toMatch(/Exercise 1 of 4.*your left side.*Now your right side/);
    // "Alexa, stop" as the second round of the right side begins: the left side and one right round were heard.
    clock.interruptAt(secondsUntil(first, 'Round 2 of 2', 2) + 1);
    expect((await talk.say(INTENT.STOP)).ended).toBe(true);
    expect(await store.item('user-resume')).toMatchObject({ routine: { status: 'paused', exercise: 0, sideIndex: 1, round: 1, startSide: 'left' } });

    const later = device('user-resume', clock);
    const welcome = await later.launch();
    expect(welcome.text).toBe(
      'Welcome back. You stopped at exercise 1, the lying crossed-knee stretch, right side, after round 1 of 2. If you feel up to it, shall we carry on?',
    );
    const resumed = await later.say(INTENT.YES);
    expect(resumed.text).toMatch(/^Let's pick up where you were\. Exercise 1 of 4: the lying crossed-knee stretch\..*right ankle.*Round 2 of 2\./);
    expect(resumed.text).not.toMatch(/Round 1 of 2|Now your/);
  });

  it('keeps the place after the user says stop, and an exercise heard to its end counts as done', async () => {
    const clock = listeningClock(NOW);
    const talk = device('user-stop', clock);
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '2' });
    clock.interruptAt(5);
    await talk.say(INTENT.STOP);
    const early = await device('user-stop', clock).launch();
    expect(early.text).toMatch(/^Welcome back\. You stopped at exercise 2, the standing figure four, right side\. If you feel up to it, shall we carry on\?$/);

    const heard = device('user-heard', clock);
    await heard.launch();
    await heard.say(INTENT.GO_TO, { number: '2' });
    await heard.say(INTENT.STOP);
    const done = await device('user-heard', clock).launch();
    expect(done.text).toBe('Welcome back. Last time you finished exercise 2, the standing figure four. If you feel up to it, shall we go on?');
    expect(await store.item('user-heard')).toMatchObject({ progress: { practised: { 'standing-figure-four': { days: 1, last: '2026-11-26' } } } });
  });

  it('goes straight on at a launch soon after the session ended mid-routine, and saves what was heard', async () => {
    const clock = listeningClock(NOW);
    const talk = device('user-left', clock);
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, { side: 'right' });
    // The user walks off after the last words; Alexa ends the session when nobody answers.
    await talk.endSession();
    expect(await store.item('user-left')).toMatchObject({
      routine: { status: 'active', exercise: 0, sideIndex: 1, round: 2 },
      progress: { practised: { 'lying-crossed-knee': { days: 1, last: '2026-11-26' } } },
    });

    clock.later(10 * MINUTE);
    const back = await device('user-left', clock).launch();
    expect(back.text).toMatch(/^Welcome back\. Let's carry on\. Exercise 2 of 4: the standing figure four\./);
    expect(back.ended).toBe(false);
  });

  it('asks before going on when the routine was left long ago', async () => {
    const clock = listeningClock(NOW);
    const talk = device('user-away', clock);
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, { side: 'right' });
    await talk.endSession();

    clock.later(31 * MINUTE);
    const later = device('user-away', clock);
    const welcome = await later.launch();
    expect(welcome.text).toBe('Welcome back. Last time you finished exercise 1, the lying crossed-knee stretch. If you feel up to it, shall we go on?');
    expect(welcome.text).not.toMatch(/Exercise 2 of 4/);
    expect((await later.say(INTENT.YES)).text).toMatch(/Exercise 2 of 4: the standing figure four\./);
  });

  it('keeps the other user apart', async () => {
    const clock = listeningClock(NOW);
    const talk = device('user-a', clock);
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '3' });
    const other = await device('user-b', clock).launch();
    expect(other.text).not.toMatch(/Welcome back/);
    expect(other.text).toMatch(/not medical advice/);
  });
});

describe('two devices of one user', () => {
  /** A user who chose a starting side and heard the notice and the tip before, and has nothing under way. */
  const returning = (userId: string) => ({
    userId,
    version: 1,
    schemaVersion: RECORD_SCHEMA_VERSION,
    routine: { ...initialState(), startSide: 'left', safetyNoticeHeard: true, wakeWordTipHeard: true },
    progress: emptyProgress(),
  });

  it('keeps both completed routines when their writes interleave', async () => {
    await store.put(returning('user-two'));
    const logged: string[] = [];
    const logger: AppLogger = { ...silentLogger, info: (message) => logged.push(message) };
    // One user, one room's time: each device hears its own answers to the end before the other speaks.
    const clock = listeningClock(NOW);
    const kitchen = device('user-two', clock);
    const bedroom = device('user-two', clock, logger);
    const script = [
      (t: Conversation) => t.launch(),
      (t: Conversation) => t.say(INTENT.START),
      ...Array.from({ length: 4 }, () => (t: Conversation) => t.say(INTENT.NEXT)),
    ];
    const last: string[] = [];
    for (const step of script) {
      last[0] = (await step(kitchen)).text;
      last[1] = (await step(bedroom)).text;
    }
    expect(last).toEqual([expect.stringMatching(/^That's the whole routine/), expect.stringMatching(/^That's the whole routine/)]);
    expect(logged.filter((m) => m === 'save conflict, merging').length).toBeGreaterThan(0);
    expect(await store.item('user-two')).toMatchObject({
      progress: { completed: 2, streak: 1, lastDate: '2026-11-26', practised: { 'kneeling-hip-lift': { days: 1, last: '2026-11-26' } } },
    });

    const progress = await device('user-two', clock).say(INTENT.PROGRESS);
    expect(progress.text).toMatch(/You've done 2 routines\. Your last one was today\./);
  });

  it('counts a finished routine once and says so', async () => {
    const clock = listeningClock(NOW);
    const talk = device('user-once', clock);
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '4' });
    const done = await talk.say(INTENT.NEXT);
    expect(done.text).toMatch(/That's the whole routine\..*That's your first routine done\./);
    // The first routine hands the session to Alexa's routine offer; the user walks away from it.
    expect(done.handingOff).toBe(true);
    await talk.endSession();
    expect(await store.item('user-once')).toMatchObject({ progress: { completed: 1 } });

    const again = await device('user-once', clock).say(INTENT.NEXT);
    expect(again.text).toMatch(/You've finished the whole routine/);
    expect(await store.item('user-once')).toMatchObject({ progress: { completed: 1 } });
  });
});
