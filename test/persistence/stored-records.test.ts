// Records as they may really be stored (damaged fields, damaged versions, other schema versions, an old expiry),
// met by the skill on dynalite: what the user hears and what is stored afterwards.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { INTENT } from '../../lambda/handlers/intents';
import type { AppLogger } from '../../lambda/logger';
import { expiryFrom, RECORD_SCHEMA_VERSION, TTL_ATTRIBUTE } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { useLocalDynamo } from '../support/dynalite';

const store = useLocalDynamo();
const NOW = new Date('2026-11-26T08:00:00Z');
const DAY_MS = 86_400_000;
const WARNING = /I may not be able to save your progress right now/;

/** A conversation on the local table, with every log line kept. */
function talkTo(userId: string) {
  const logs: { level: string; message: string; extra: Record<string, unknown> }[] = [];
  const keep = (level: string) => (message: string, extra: Record<string, unknown> = {}) => logs.push({ level, message, extra });
  const logger: AppLogger = { info: keep('info'), warn: keep('warn'), error: keep('error') };
  const skill = buildSkill({ persistenceAdapter: store.adapter({ clock: () => NOW }), clock: () => NOW, logger });
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

const pausedRoutine = {
  status: 'paused', exercise: 1, sideIndex: 0, round: 0, startSide: 'left',
  settings: { holdSeconds: 45, repetitions: 2, easier: [] }, safetyNoticeHeard: true,
};

describe('a damaged or old record', () => {
  it('replaces a corrupt position, keeps the readable progress, and logs a warning', async () => {
    await store.put({ userId: 'user-corrupt', version: 4, schemaVersion: RECORD_SCHEMA_VERSION, routine: 'garbage', progress: goodProgress });
    const { talk, logs } = talkTo('user-corrupt');

    const launch = await talk.launch();
    expect(launch.text).not.toMatch(/went wrong|may not be able to save/);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'stored record repaired', extra: expect.objectContaining({ problem: 'corrupt', repaired: ['routine'] }) }));
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

  const raw: Record<string, AttributeValue> = {
    completed: { N: '5' },
    lastDate: { S: '2026-11-25' },
    streak: { N: '3' },
    recent: { L: [{ S: '2026-11-25#r1' }] },
  };
  it.each<[string, string, AttributeValue]>([
    ['completed', 'above 2^53', { N: '90071992547409930' }],
    ['completed', 'negative', { N: '-5' }],
    ['lastDate', 'not a date', { S: 'last tuesday' }],
    ['streak', 'negative', { N: '-3' }],
    ['recent', 'a string set', { SS: ['a', 'b'] }],
    ['recent', '31 ids', { L: Array.from({ length: 31 }, (_, i) => ({ S: `id-${i}` })) }],
  ])('repairs progress.%s (%s) alone and keeps the rest of the progress and the place', async (field, _what, damaged) => {
    await store.putRaw({
      userId: { S: 'user-damaged' },
      version: { N: '9' },
      schemaVersion: { N: '1' },
      routine: { M: { status: { S: 'paused' }, exercise: { N: '1' }, sideIndex: { N: '0' }, round: { N: '0' }, affectedSide: { S: 'left' },
        settings: { M: { holdSeconds: { N: '45' }, repetitions: { N: '2' }, easier: { L: [] } } }, safetyNoticeHeard: { BOOL: true } } },
      progress: { M: { ...raw, [field]: damaged } },
    });
    const { talk } = talkTo('user-damaged');
    const launch = await talk.launch();
    expect(launch.text).toMatch(/Welcome back\. You stopped at exercise 2, the standing figure four, left side/);
    const fresh = { completed: 0, lastDate: null, streak: 0, recent: [] } as Record<string, unknown>;
    expect(await store.item('user-damaged')).toMatchObject({ version: 10, routine: pausedRoutine, progress: { ...goodProgress, [field]: fresh[field] } });
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

describe('a record written by a newer schema', () => {
  const newer = { userId: 'user-newer', version: 7, schemaVersion: RECORD_SCHEMA_VERSION + 1, routine: pausedRoutine, progress: goodProgress, somethingNewer: 4 };

  it('is read to answer, never written over, and the log says why', async () => {
    await store.put(newer);
    const before = await store.item('user-newer');
    const { talk, logs } = talkTo('user-newer');

    const launch = await talk.launch();
    expect(launch.text).toMatch(/Welcome back\. You stopped at exercise 2, the standing figure four, left side/);
    expect(launch.text).toMatch(WARNING);
    const resumed = await talk.say(INTENT.YES);
    expect(resumed.text).toMatch(/Exercise 2 of 4/);
    expect(resumed.text).not.toMatch(WARNING);
    await talk.say(INTENT.NEXT);
    await talk.endSession();

    expect(await store.item('user-newer')).toEqual(before);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringMatching(/newer schema/), extra: expect.objectContaining({ schemaVersion: RECORD_SCHEMA_VERSION + 1 }) }));
    expect(logs.filter((line) => line.level === 'error')).toEqual([]);
  });
});

describe('a damaged version', () => {
  it.each([['-1', '-1'], ['2.5', '2.5'], ['1e20', '100000000000000000000']])('(%s) is repaired on the next save, and saving goes on', async (_name, number) => {
    await store.putRaw({ userId: { S: 'user-bad-version' }, version: { N: number }, schemaVersion: { N: '1' } });
    const { talk } = talkTo('user-bad-version');
    await talk.launch();
    expect(await store.item('user-bad-version')).toMatchObject({ version: 1 });
    await talk.say(INTENT.SET_HOLD, { seconds: '45' });
    expect(await store.item('user-bad-version')).toMatchObject({ version: 2, routine: { settings: { holdSeconds: 45 } } });
  });
});

describe('the expiry', () => {
  it('is pushed back when a record is read a day or more after it was set, once a day at most', async () => {
    await store.put({ userId: 'user-listener', version: 3, schemaVersion: 1, routine: pausedRoutine, progress: goodProgress, [TTL_ATTRIBUTE]: expiryFrom(new Date(NOW.getTime() - 2 * DAY_MS)) });
    const first = talkTo('user-listener').talk;
    await first.launch();
    await first.say(INTENT.PROGRESS);
    expect(await store.item('user-listener')).toMatchObject({ version: 4, [TTL_ATTRIBUTE]: expiryFrom(NOW), progress: goodProgress });

    const later = talkTo('user-listener').talk;
    await later.launch();
    await later.say(INTENT.HELP);
    expect(await store.item('user-listener')).toMatchObject({ version: 4 });
  });
});
