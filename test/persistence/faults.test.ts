import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Skill } from 'ask-sdk-core';
import { INTENT } from '../../lambda/handlers/intents';
import { buildSkill } from '../../lambda/skill';
import { Conversation, type Turn } from '../support/conversation';
import { spokenText } from '../support/ssml';
import { silentEndpoint, throttle, unreachableEndpoint, useLocalDynamo } from '../support/dynalite';
import { intentRequest } from '../support/envelopes';
import { listeningClock, secondsUntil } from '../support/listening';

const store = useLocalDynamo();
const WARNING = /I may not be able to save your progress right now/;
const DEADLINE_MS = 3000;
const clock = listeningClock(new Date('2026-11-26T08:00:00Z'));

const skillOn = (client?: DynamoDBClient): Skill => buildSkill({ persistenceAdapter: store.adapter(client ? { client } : {}), clock: clock.now });
const talkTo = (skill: Skill, userId: string): Conversation => new Conversation(skill, { userId, now: clock.now, onReply: clock.onReply });

/** Saves a place through a healthy store: exercise 2, its second side (left) after one round, paused by "stop". */
async function savePlace(userId: string): Promise<Record<string, unknown> | undefined> {
  const talk = talkTo(skillOn(), userId);
  await talk.launch();
  const second = await talk.say(INTENT.GO_TO, { number: '2' });
  clock.interruptAt(secondsUntil(second, 'Round 2 of 2', 2) + 1);
  await talk.say(INTENT.STOP);
  const saved = await store.item(userId);
  expect(saved).toMatchObject({ routine: { status: 'paused', exercise: 1, sideIndex: 1, round: 1 } });
  return saved;
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
  const talk = talkTo(failing, userId);

  const launch: Turn = await timed(() => talk.launch());
  expect(launch.text).toMatch(WARNING);
  expect(launch.ended).toBe(false);
  // Nothing could be read, so the starting side is asked; the routine then starts all the same.
  const start = await timed(() => talk.say(INTENT.START));
  expect(start.text).toMatch(/^Which side shall we start each stretch with/);
  const left = await timed(() => talk.say(INTENT.SIDE_ANSWER, { side: 'left' }));
  expect(left.text).toMatch(/^Okay, we'll start each stretch with your left side\. Exercise 1 of 4/);
  for (const turn of [start, left]) expect(turn.text).not.toMatch(WARNING);

  expect(await store.item(userId)).toEqual(saved);
  const back = await talkTo(skillOn(), userId).launch();
  expect(back.text).toBe('Welcome back. You stopped at exercise 2, the standing figure four, left side, after round 1 of 2. If you feel up to it, shall we carry on?');
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
    const welcome = await talkTo(skillOn(), userId).launch();
    // The next request of the same session reaches a Lambda container whose network to DynamoDB is stuck.
    const slow = skillOn(store.client(silent.endpoint));
    const attributes = welcome.envelope.sessionAttributes ?? {};
    const skipped = await timed(() => slow.invoke(intentRequest(INTENT.SKIP, {}, { userId, session: { isNew: false, attributes } })));
    const spoken = spokenText(skipped.response.outputSpeech?.type === 'SSML' ? skipped.response.outputSpeech.ssml : '');
    expect(spoken).toMatch(WARNING);
    expect(spoken).toMatch(/Skipping the standing figure four\. Exercise 3 of 4/);
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

  it('warns once when saves are throttled mid-session, and saves all that was done once throttling stops', async () => {
    const client = store.client();
    const faults = throttle(client, ['PutItemCommand']);
    faults.on = false;
    const talk = talkTo(skillOn(client), 'user-throttled-write');
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    const saved = await store.item('user-throttled-write');
    expect(saved).toMatchObject({ routine: { status: 'active', exercise: 0, startSide: 'left' } });

    // Each exercise is heard to its end before "next".
    faults.on = true;
    const first = await timed(() => talk.say(INTENT.NEXT));
    expect(first.text).toMatch(WARNING);
    expect(first.text).toMatch(/Exercise 2 of 4.*your left side/);
    const second = await timed(() => talk.say(INTENT.NEXT));
    expect(second.text).not.toMatch(WARNING);
    expect(second.text).toMatch(/Exercise 3 of 4/);
    expect(await store.item('user-throttled-write')).toEqual(saved);
    expect(faults.throttled).toBeGreaterThan(0);

    faults.on = false;
    const third = await talk.say(INTENT.NEXT);
    expect(third.text).toMatch(/^Exercise 4 of 4/);
    expect(await store.item('user-throttled-write')).toMatchObject({
      routine: { exercise: 3, sideIndex: 0, startSide: 'left' },
      progress: {
        practised: {
          'lying-crossed-knee': { days: 1 },
          'standing-figure-four': { days: 1 },
          'seated-wide-leg-bend': { days: 1 },
        },
      },
    });
  });
});
