// Disabling the skill on dynalite: the record is deleted unless Alexa keeps the data, and nothing writes it back.
import { INTENT } from '../../lambda/handlers/intents';
import type { AppLogger } from '../../lambda/logger';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { useLocalDynamo } from '../support/dynalite';
import { intentRequest, skillDisabledEvent } from '../support/envelopes';
import { on, startFaultProxy, type FaultProxy } from '../support/fault-proxy';

const store = useLocalDynamo();
let proxy: FaultProxy;
beforeAll(async () => (proxy = await startFaultProxy(store.endpoint)));
afterEach(() => proxy.reset());
afterAll(() => proxy.close());

/** A skill on the local table (through the fault proxy), with its error log lines kept. */
function skillWithLog() {
  const errors: string[] = [];
  const logger: AppLogger = { info: () => undefined, warn: (m) => void errors.push(m), error: (m) => void errors.push(m) };
  return { skill: buildSkill({ persistenceAdapter: store.adapter({ client: store.client(proxy.endpoint) }), logger }), errors };
}

/** A user in an open session, with a saved place at exercise 2. */
async function userWithSavedPlace(userId: string) {
  const { skill, errors } = skillWithLog();
  const talk = new Conversation(skill, { userId });
  await talk.launch();
  const place = await talk.say(INTENT.GO_TO, { number: '2' });
  expect(await store.item(userId)).toMatchObject({ routine: { exercise: 1 } });
  return { skill, talk, errors, attributes: place.envelope.sessionAttributes ?? {} };
}

describe('disabling the skill', () => {
  it('deletes the record when Alexa does not keep the user data', async () => {
    const { skill } = await userWithSavedPlace('user-leaving');
    const response = await skill.invoke(skillDisabledEvent({ userId: 'user-leaving' }, false));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(await store.item('user-leaving')).toBeUndefined();
  });

  it('keeps the record when Alexa keeps the user data', async () => {
    const { skill } = await userWithSavedPlace('user-staying');
    await skill.invoke(skillDisabledEvent({ userId: 'user-staying' }, true));
    expect(await store.item('user-staying')).toMatchObject({ routine: { exercise: 1 } });
  });

  it('deletes only that user', async () => {
    const { skill } = await userWithSavedPlace('user-leaving');
    await userWithSavedPlace('user-other');
    await skill.invoke(skillDisabledEvent({ userId: 'user-leaving' }, false));
    expect(await store.item('user-other')).toBeDefined();
  });
});

describe('a deleted record', () => {
  it('stays deleted when the session that was open ends mid-exercise', async () => {
    const { skill, talk, errors } = await userWithSavedPlace('user-gone');
    await skill.invoke(skillDisabledEvent({ userId: 'user-gone' }, false));
    await talk.endSession();
    expect(await store.item('user-gone')).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('stays deleted through more turns of the session that was open, which still answer', async () => {
    const { skill, talk, errors } = await userWithSavedPlace('user-gone-on');
    await skill.invoke(skillDisabledEvent({ userId: 'user-gone-on' }, false));
    const next = await talk.say(INTENT.NEXT);
    expect(next.text).toMatch(/Exercise 2 of 4/);
    expect(next.text).not.toMatch(/may not be able to save/);
    await talk.say(INTENT.NEXT);
    await talk.endSession();
    expect(await store.item('user-gone-on')).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('stays deleted when a request of an older session arrives', async () => {
    const { skill, attributes } = await userWithSavedPlace('user-gone-old');
    await skill.invoke(skillDisabledEvent({ userId: 'user-gone-old' }, false));
    await skill.invoke(intentRequest(INTENT.SKIP, {}, { userId: 'user-gone-old', session: { isNew: false, attributes } }));
    expect(await store.item('user-gone-old')).toBeUndefined();
  });
});

describe('a delete that fails', () => {
  it('is tried again inside the budget and succeeds once the store answers', async () => {
    const { skill, errors } = await userWithSavedPlace('user-retry');
    proxy.set((operation, seen) => (operation === 'DeleteItem' && seen.filter((c) => c.operation === 'DeleteItem').length < 3 ? { kind: 'fail' } : { kind: 'pass' }));
    await skill.invoke(skillDisabledEvent({ userId: 'user-retry' }, false));
    expect(proxy.count('DeleteItem')).toBe(4);
    expect(await store.item('user-retry')).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('fails the request within 4 s and logs an error when the store never answers', async () => {
    const { skill, errors } = await userWithSavedPlace('user-stuck');
    proxy.set(on(['DeleteItem'], { kind: 'hang' }));
    const started = Date.now();
    await expect(skill.invoke(skillDisabledEvent({ userId: 'user-stuck' }, false))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThanOrEqual(4000);
    expect(errors).toContain('user record delete failed');
    expect(await store.item('user-stuck')).toMatchObject({ routine: { exercise: 1 } });
  });
});
