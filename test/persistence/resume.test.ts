import { INTENT } from '../../lambda/handlers/intents';
import { silentLogger, type AppLogger } from '../../lambda/logger';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { useLocalDynamo } from '../support/dynalite';

const store = useLocalDynamo();
const NOW = new Date('2026-11-26T08:00:00Z');

/** A device of one user talking to the skill as built for Lambda, on the local table. */
function device(userId: string, logger: AppLogger = silentLogger): Conversation {
  const skill = buildSkill({ persistenceAdapter: store.adapter({ clock: () => NOW }), clock: () => NOW, logger });
  return new Conversation(skill, { userId });
}

describe('resuming from DynamoDB', () => {
  it('offers the saved exercise and side on the next launch, in a new session', async () => {
    const talk = device('user-resume');
    await talk.launch();
    await talk.say(INTENT.START);
    const second = await talk.say(INTENT.NEXT);
    expect(second.text).toMatch(/Exercise 1 of 4.*Your left side/);
    await talk.endSession();

    const later = device('user-resume');
    const welcome = await later.launch();
    expect(welcome.text).toMatch(/Welcome back\. You stopped at exercise 1, the lying crossed-knee stretch, left side\. Shall we continue\?/);
    const resumed = await later.say(INTENT.YES);
    expect(resumed.text).toMatch(/Exercise 1 of 4.*Your left side/);
  });

  it('keeps the place after the user says stop', async () => {
    const talk = device('user-stop');
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '2' });
    const stop = await talk.say(INTENT.STOP);
    expect(stop.ended).toBe(true);

    const welcome = await device('user-stop').launch();
    expect(welcome.text).toMatch(/You stopped at exercise 2, the standing figure four/);
  });

  it('keeps the other user apart', async () => {
    const talk = device('user-a');
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '3' });
    const other = await device('user-b').launch();
    expect(other.text).not.toMatch(/Welcome back/);
    expect(other.text).toMatch(/not medical advice/);
  });
});

describe('two devices of one user', () => {
  it('keeps both completed routines when their writes interleave', async () => {
    const logged: string[] = [];
    const logger: AppLogger = { ...silentLogger, info: (message) => logged.push(message) };
    const kitchen = device('user-two');
    const bedroom = device('user-two', logger);
    const script = [
      (t: Conversation) => t.launch(),
      (t: Conversation) => t.say(INTENT.START),
      ...Array.from({ length: 7 }, () => (t: Conversation) => t.say(INTENT.NEXT)),
    ];
    for (const step of script) {
      await step(kitchen);
      await step(bedroom);
    }
    expect(logged.filter((m) => m === 'save conflict, merging').length).toBeGreaterThan(0);
    const stored = await store.item('user-two');
    expect(stored).toMatchObject({ progress: { completed: 2, streak: 1, lastDate: '2026-11-26' } });

    const progress = await device('user-two').say(INTENT.PROGRESS);
    expect(progress.text).toMatch(/You've completed 2 routines/);
  });

  it('counts a finished routine once and says so', async () => {
    const talk = device('user-once');
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '4' });
    await talk.say(INTENT.NEXT);
    const done = await talk.say(INTENT.NEXT);
    expect(done.text).toMatch(/first routine completed/);
    expect(await store.item('user-once')).toMatchObject({ progress: { completed: 1 } });
  });
});
