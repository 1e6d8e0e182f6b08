import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Skill } from 'ask-sdk-core';
import { INTENT } from '../../lambda/handlers/intents';
import { buildSkill } from '../../lambda/skill';
import { Conversation, type Turn } from '../support/conversation';
import { spokenText } from '../support/ssml';
import { silentEndpoint, throttle, unreachableEndpoint, useLocalDynamo } from '../support/dynalite';
import { intentRequest } from '../support/envelopes';

const store = useLocalDynamo();
const WARNING = /I may not be able to save your progress right now/;
const DEADLINE_MS = 3000;

const skillOn = (client?: DynamoDBClient): Skill => buildSkill({ persistenceAdapter: store.adapter(client ? { client } : {}) });

/** Saves a place (exercise 2, second side) for the user through a healthy store. */
async function savePlace(userId: string): Promise<Record<string, unknown> | undefined> {
  const talk = new Conversation(skillOn(), { userId });
  await talk.launch();
  await talk.say(INTENT.GO_TO, { number: '2' });
  await talk.say(INTENT.NEXT);
  await talk.endSession();
  return store.item(userId);
}

/** A turn, timed. */
async function timed<T>(turn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await turn();
  expect(Date.now() - started).toBeLessThan(DEADLINE_MS);
  return result;
}

/** A fresh session on a failing store answers, warns once, and the saved place is still offered afterwards. */
async function expectSessionSurvives(userId: string, failing: Skill): Promise<void> {
  const saved = await savePlace(userId);
  const talk = new Conversation(failing, { userId });

  const launch: Turn = await timed(() => talk.launch());
  expect(launch.text).toMatch(WARNING);
  expect(launch.ended).toBe(false);
  const start = await timed(() => talk.say(INTENT.START));
  expect(start.text).toMatch(/Exercise 1 of 4/);
  expect(start.text).not.toMatch(WARNING);

  expect(await store.item(userId)).toEqual(saved);
  const back = await new Conversation(skillOn(), { userId }).launch();
  expect(back.text).toMatch(/Welcome back\. You stopped at exercise 2, the standing figure four, left side/);
}

describe('when DynamoDB cannot be reached', () => {
  it('answers, warns once that progress may not be saved, and loses nothing saved', async () => {
    await expectSessionSurvives('user-unreachable', skillOn(store.client(await unreachableEndpoint())));
  });
});

describe('when DynamoDB answers too slowly', () => {
  let silent: Awaited<ReturnType<typeof silentEndpoint>>;
  beforeAll(async () => (silent = await silentEndpoint()));
  afterAll(() => silent.close());

  it('answers a new session within the deadline, warns once, and loses nothing saved', async () => {
    await expectSessionSurvives('user-slow', skillOn(store.client(silent.endpoint)));
  });

  it('answers a turn whose save times out mid-session, and keeps the last saved place', async () => {
    const userId = 'user-slow-save';
    const saved = await savePlace(userId);
    const healthy = new Conversation(skillOn(), { userId });
    const welcome = await healthy.launch();
    // The next request of the same session reaches a Lambda container whose network to DynamoDB is stuck.
    const slow = skillOn(store.client(silent.endpoint));
    const attributes = welcome.envelope.sessionAttributes ?? {};
    const skipped = await timed(() => slow.invoke(intentRequest(INTENT.SKIP, {}, { userId, session: { isNew: false, attributes } })));
    const spoken = spokenText(skipped.response.outputSpeech?.type === 'SSML' ? skipped.response.outputSpeech.ssml : '');
    expect(spoken).toMatch(WARNING);
    expect(spoken).toMatch(/Exercise 3 of 4/);
    expect(await store.item(userId)).toEqual(saved);
  });
});

describe('when DynamoDB throttles', () => {
  it('answers a new session whose read is throttled, and writes nothing over the saved record', async () => {
    const client = store.client();
    const faults = throttle(client, ['GetItemCommand']);
    await expectSessionSurvives('user-throttled-read', skillOn(client));
    expect(faults.throttled).toBeGreaterThan(0);
  });

  it('warns once when saves are throttled mid-session, and saves again once throttling stops', async () => {
    const client = store.client();
    const faults = throttle(client, ['PutItemCommand']);
    faults.on = false;
    const talk = new Conversation(skillOn(client), { userId: 'user-throttled-write' });
    await talk.launch();
    await talk.say(INTENT.START);
    const saved = await store.item('user-throttled-write');

    faults.on = true;
    const first = await timed(() => talk.say(INTENT.NEXT));
    expect(first.text).toMatch(WARNING);
    expect(first.text).toMatch(/Exercise 1 of 4.*Your left side/);
    const second = await timed(() => talk.say(INTENT.NEXT));
    expect(second.text).not.toMatch(WARNING);
    expect(await store.item('user-throttled-write')).toEqual(saved);

    faults.on = false;
    await talk.say(INTENT.NEXT);
    expect(await store.item('user-throttled-write')).toMatchObject({ routine: { exercise: 1, sideIndex: 1 } });
  });
});
