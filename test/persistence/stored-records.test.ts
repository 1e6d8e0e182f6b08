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

describe('a damaged or old record', () => {
  it('replaces a corrupt position, keeps the readable progress, and logs a warning', async () => {
    await store.put({ userId: 'user-corrupt', version: 4, schemaVersion: RECORD_SCHEMA_VERSION, routine: 'garbage', progress: goodProgress });
    const { talk, logs } = talkTo('user-corrupt');

    const launch = await talk.launch();
    expect(launch.text).not.toMatch(/went wrong|may not be able to save/);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'stored record replaced', extra: expect.objectContaining({ problem: 'corrupt' }) }));
    expect(await store.item('user-corrupt')).toMatchObject({ version: 5, routine: { status: 'idle' }, progress: goodProgress });
    const progress = await talk.say(INTENT.PROGRESS);
    expect(progress.text).toMatch(/You've completed 5 routines.*yesterday.*3 day streak/);

    await talk.say(INTENT.START);
    expect(await store.item('user-corrupt')).toMatchObject({
      version: 6,
      schemaVersion: RECORD_SCHEMA_VERSION,
      routine: { status: 'active', exercise: 0 },
      progress: goodProgress,
    });
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
