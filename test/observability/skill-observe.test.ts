// What the skill tells its logger and metrics over conversations: counts of what users do, keys on every line,
// and errors as error objects.
import { createHash } from 'node:crypto';
import { INTENT, SAFETY_INTENTS } from '../../lambda/handlers/intents';
import { idTag, type AppLogger } from '../../lambda/logger';
import { METRIC, type AppMetrics, type MetricName } from '../../lambda/metrics';
import { InMemoryPersistenceAdapter, type VersionedAdapter } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { throttle, useLocalDynamo } from '../support/dynalite';
import { TEST_DEVICE } from '../support/envelopes';

const store = useLocalDynamo();
const LOG_KEY = 'skill-observe-test-key-0123456789abcdef';
const SIDE_LEFT = { side: { value: 'left', resolved: { name: 'left', id: 'left' } } };

interface Line {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly extra: Record<string, unknown>;
}

/** A skill whose logger and metrics keep everything, and a conversation with it. */
function observed(persistenceAdapter: VersionedAdapter = new InMemoryPersistenceAdapter(), userId: string = TEST_DEVICE.userId, device: { screen?: boolean } = {}) {
  const lines: Line[] = [];
  const counts: MetricName[] = [];
  const keep = (level: Line['level']) => (message: string, extra: Record<string, unknown> = {}) => void lines.push({ level, message, extra });
  const logger: AppLogger = { info: keep('info'), warn: keep('warn'), error: keep('error') };
  const metrics: AppMetrics = { count: (name) => void counts.push(name) };
  const skill = buildSkill({ persistenceAdapter, logger, metrics, logKey: LOG_KEY });
  return { lines, counts, talk: new Conversation(skill, { userId, ...device }) };
}

describe('the metrics a conversation records', () => {
  it('counts a routine started once, however many exercises follow', async () => {
    const { talk, counts } = observed();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, SIDE_LEFT);
    await talk.say(INTENT.NEXT);
    await talk.say(INTENT.NEXT);
    expect(counts).toEqual([METRIC.ROUTINE_STARTED]);
  });

  it('counts starting over as a routine started', async () => {
    const { talk, counts } = observed();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, SIDE_LEFT);
    await talk.say(INTENT.NEXT);
    await talk.say(INTENT.START_OVER);
    expect(counts).toEqual([METRIC.ROUTINE_STARTED, METRIC.ROUTINE_STARTED]);
  });

  it('counts a routine finished when the last side is done', async () => {
    const { talk, counts } = observed();
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '4' });
    let text = '';
    for (let i = 0; i < 4 && !/whole routine/.test(text); i += 1) text = (await talk.say(INTENT.NEXT)).text;
    expect(text).toMatch(/whole routine/);
    expect(counts.filter((name) => name === METRIC.ROUTINE_FINISHED)).toHaveLength(1);
  });

  it('counts "it hurts" as a pain report, and keeps nothing of it for the user', async () => {
    const persistence = new InMemoryPersistenceAdapter();
    const { talk, counts } = observed(persistence);
    await talk.launch();
    await talk.say(INTENT.START);
    await talk.say(INTENT.IT_HURTS);
    expect(counts).toContain(METRIC.PAIN_REPORT);
    expect(JSON.stringify([...persistence.records.values()])).not.toMatch(/pain|hurt/i);
  });

  it('counts an injury and a warning sign, each under its own name', async () => {
    const { talk, counts } = observed();
    await talk.launch();
    await talk.say(INTENT.INJURY);
    await talk.say(INTENT.WARNING_SIGN);
    expect(counts).toEqual([METRIC.INJURY_REPORT, METRIC.WARNING_SIGN]);
  });

  it('counts what Alexa could not match as a fallback', async () => {
    const { talk, counts } = observed();
    await talk.launch();
    await talk.say(INTENT.FALLBACK);
    expect(counts).toEqual([METRIC.FALLBACK]);
  });

  it('counts one save failure a turn whose changes the store refused, and logs the refusal as an error object', async () => {
    const client = store.client();
    const faults = throttle(client, ['PutItemCommand']);
    faults.on = false;
    const { talk, counts, lines } = observed(store.adapter({ client }), 'user-save-failure');
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, SIDE_LEFT);
    faults.on = true;
    await talk.say(INTENT.NEXT);
    expect(counts.filter((name) => name === METRIC.SAVE_FAILED)).toHaveLength(1);
    const failed = lines.find((line) => line.message === 'state save failed');
    expect(failed?.level).toBe('error');
    expect(failed?.extra.error).toBeInstanceOf(Error);
    const error = failed?.extra.error as Error;
    expect(error.name).toBe('StoreUnavailableError');
    expect(error.stack).toMatch(/StoreUnavailableError/);
    expect((error.cause as Error).name).toBe('ProvisionedThroughputExceededException');
  });
});

describe('the keys on every log line', () => {
  it('carries the request id, type, intent, locale, and keyed tags of user and session', async () => {
    const { talk, lines } = observed(new InMemoryPersistenceAdapter(), 'amzn1.ask.account.KEYS-USER');
    await talk.launch();
    await talk.say(INTENT.HELP);
    const help = lines.find((line) => line.extra.intent === INTENT.HELP);
    expect(help?.extra).toMatchObject({
      requestId: expect.stringMatching(/^amzn1\.echo-api\.request\./),
      requestType: 'IntentRequest',
      locale: 'en-US',
      user: idTag('amzn1.ask.account.KEYS-USER', LOG_KEY),
      session: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(lines.every((line) => line.extra.user === idTag('amzn1.ask.account.KEYS-USER', LOG_KEY))).toBe(true);
  });

  it('links no line about pain, an injury or a warning sign to the user or the session, not even by a tag', async () => {
    const { talk, lines } = observed(new InMemoryPersistenceAdapter(), 'amzn1.ask.account.PAIN-USER');
    await talk.launch();
    await talk.say(INTENT.START);
    await talk.say(INTENT.IT_HURTS);
    await talk.say(INTENT.INJURY);
    await talk.say(INTENT.WARNING_SIGN);
    const pain = lines.filter((line) => SAFETY_INTENTS.includes(line.extra.intent as (typeof SAFETY_INTENTS)[number]));
    expect(new Set(pain.map((line) => line.extra.intent))).toEqual(new Set(SAFETY_INTENTS));
    for (const line of pain) {
      expect(line.extra).toMatchObject({ requestId: expect.any(String), requestType: 'IntentRequest' });
      expect(line.extra).not.toHaveProperty('user');
      expect(line.extra).not.toHaveProperty('session');
    }
  });

  it('links no line of a touched "It hurts" button to the user or the session, and names the intent it stands for', async () => {
    const { talk, lines, counts } = observed(new InMemoryPersistenceAdapter(), 'amzn1.ask.account.TOUCH-USER', { screen: true });
    await talk.launch();
    await talk.say(INTENT.START);
    await talk.touch('itHurts');
    expect(counts).toContain(METRIC.PAIN_REPORT);
    const touched = lines.filter((line) => line.extra.requestType === 'Alexa.Presentation.APL.UserEvent');
    expect(touched.length).toBeGreaterThan(0);
    for (const line of touched) {
      expect(line.extra).toMatchObject({ requestId: expect.any(String), intent: INTENT.IT_HURTS });
      expect(line.extra).not.toHaveProperty('user');
      expect(line.extra).not.toHaveProperty('session');
    }
  });
});

describe('idTag', () => {
  it('is stable for one id and key', () => {
    expect(idTag('amzn1.ask.account.A', LOG_KEY)).toBe(idTag('amzn1.ask.account.A', LOG_KEY));
  });

  it('differs between deployments (keys) and between users', () => {
    expect(idTag('amzn1.ask.account.A', LOG_KEY)).not.toBe(idTag('amzn1.ask.account.A', `${LOG_KEY}-other`));
    expect(idTag('amzn1.ask.account.A', LOG_KEY)).not.toBe(idTag('amzn1.ask.account.B', LOG_KEY));
  });

  it('cannot be computed from the id alone: it is not a bare hash of it', () => {
    const bare = createHash('sha256').update('amzn1.ask.account.A').digest('hex');
    expect(bare.startsWith(idTag('amzn1.ask.account.A', LOG_KEY))).toBe(false);
  });
});
