import { INTENT } from '../../lambda/handlers/intents';
import type { AppLogger } from '../../lambda/logger';
import { RECORD_SCHEMA_VERSION } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { useLocalDynamo } from '../support/dynalite';

const store = useLocalDynamo();
const NOW = new Date('2026-11-26T08:00:00Z');

/** A conversation on the local table, with every log line kept. */
function talkTo(userId: string) {
  const logs: { level: string; message: string; extra: Record<string, unknown> }[] = [];
  const keep = (level: string) => (message: string, extra: Record<string, unknown> = {}) => logs.push({ level, message, extra });
  const logger: AppLogger = { info: keep('info'), warn: keep('warn'), error: keep('error') };
  const skill = buildSkill({ persistenceAdapter: store.adapter(), clock: () => NOW, logger });
  return { talk: new Conversation(skill, { userId }), logs };
}

const goodProgress = { completed: 5, lastDate: '2026-11-25', streak: 3, recent: ['2026-11-25#r1'] };

/** A record as stored before the starting side was renamed, the newer settings existed and practice days were kept. */
const beforeRename = (userId: string) => ({
  userId,
  version: 7,
  schemaVersion: RECORD_SCHEMA_VERSION,
  routine: {
    status: 'paused',
    exercise: 1,
    sideIndex: 0,
    round: 1,
    affectedSide: 'left',
    settings: { holdSeconds: 45, repetitions: 2, easier: [] },
    safetyNoticeHeard: true,
  },
  progress: goodProgress,
});

describe('a damaged or old record', () => {
  it('replaces a corrupt position, keeps the readable progress, and logs a warning', async () => {
    await store.put({ userId: 'user-corrupt', version: 4, schemaVersion: RECORD_SCHEMA_VERSION, routine: 'garbage', progress: goodProgress });
    const { talk, logs } = talkTo('user-corrupt');

    const launch = await talk.launch();
    expect(launch.text).not.toMatch(/went wrong|may not be able to save/);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'stored record replaced', extra: expect.objectContaining({ problem: 'corrupt' }) }));
    expect(await store.item('user-corrupt')).toMatchObject({ version: 5, routine: { status: 'idle', startSide: null }, progress: goodProgress });
    const progress = await talk.say(INTENT.PROGRESS);
    expect(progress.text).toMatch(/You've done 5 routines\. Your last one was yesterday\. You're on a 3 day streak\./);

    // The starting side went with the damaged position, so it is asked again before the routine starts.
    const start = await talk.say(INTENT.START);
    expect(start.text).toMatch(/Which side shall we start each stretch with, left or right\?/);
    await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    expect(await store.item('user-corrupt')).toMatchObject({
      version: 6,
      schemaVersion: RECORD_SCHEMA_VERSION,
      routine: { status: 'active', exercise: 0, startSide: 'left' },
      progress: goodProgress,
    });
  });

  it('reads a record stored before the starting side was renamed: its side, place and hold are kept, without a warning', async () => {
    await store.put(beforeRename('user-renamed'));
    const { talk, logs } = talkTo('user-renamed');

    const welcome = await talk.launch();
    expect(welcome.text).toMatch(/Welcome back\. You stopped at exercise 2, the standing figure four, left side, after round 1 of 2\. If you feel up to it, shall we carry on\?/);
    expect(logs.filter((line) => line.level !== 'info')).toEqual([]);

    const resumed = await talk.say(INTENT.YES);
    const [leftSide = ''] = resumed.text.split('Now your right side');
    expect(leftSide).toMatch(/Let's pick up where you were\. Exercise 2 of 4: the standing figure four\..*left ankle.*Round 2 of 2\./);
    expect(leftSide).not.toMatch(/Round 1 of 2/);
    const stored = await store.item('user-renamed');
    expect(stored).toMatchObject({ version: 8, routine: { startSide: 'left', exercise: 1, round: 1, settings: { holdSeconds: 45 } }, progress: goodProgress });
    expect(stored?.routine).not.toHaveProperty('affectedSide');
  });

  it('gives an older record the default of every setting it lacks, and an empty practice list', async () => {
    await store.put(beforeRename('user-defaults'));
    const { talk } = talkTo('user-defaults');
    await talk.launch();
    await talk.say(INTENT.YES);

    expect(await store.item('user-defaults')).toMatchObject({
      routine: { settings: { holdSeconds: 45, repetitions: 2, easier: [], chair: false, speechRate: 100, countPace: 'normal', instructions: 'auto' } },
      progress: { ...goodProgress, practised: {} },
    });
    // The defaults are the ones in force: the usual speed, the floor forms, the full instructions.
    const where = await talk.say(INTENT.WHERE_AM_I);
    expect(where.text).toMatch(/You're on exercise 2 of 4: the standing figure four, left side\..*Each hold is 45 seconds\./);
    expect(where.envelope.response.outputSpeech).toMatchObject({ ssml: expect.not.stringMatching(/prosody/) });
  });

  it('replaces a record of an older schema with a fresh one, logged, without crashing', async () => {
    await store.put({ userId: 'user-old', schemaVersion: 0, position: { exercise: 2, side: 'left' }, sessionsDone: 7 });
    const { talk, logs } = talkTo('user-old');

    const launch = await talk.launch();
    expect(launch.text).toMatch(/not medical advice/);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', extra: expect.objectContaining({ problem: 'unknownVersion' }) }));
    expect(logs.filter((line) => line.level === 'error')).toEqual([]);

    const stored = await store.item('user-old');
    expect(stored).toMatchObject({ schemaVersion: RECORD_SCHEMA_VERSION, version: 1 });
    expect(stored).not.toHaveProperty('position');
  });

  it('never logs the raw userId', async () => {
    await store.put({ userId: 'amzn1.ask.account.SECRET', schemaVersion: 0 });
    const { talk, logs } = talkTo('amzn1.ask.account.SECRET');
    await talk.launch();
    expect(logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(logs)).not.toMatch(/SECRET/);
  });
});
