// The skill on dynalite behind a proxy that delays, hangs, throttles, fails, resets or answers late: what the user
// hears, how long each turn takes, and what is stored afterwards.
import type { Skill } from 'ask-sdk-core';
import { INTENT } from '../../lambda/handlers/intents';
import type { AppLogger } from '../../lambda/logger';
import { buildSkill } from '../../lambda/skill';
import { Conversation, type Turn } from '../support/conversation';
import { useLocalDynamo } from '../support/dynalite';
import { on, startFaultProxy, type FaultProxy } from '../support/fault-proxy';

const store = useLocalDynamo();
let proxy: FaultProxy;
beforeAll(async () => (proxy = await startFaultProxy(store.endpoint)));
afterEach(() => proxy.reset());
afterAll(() => proxy.close());

const WARNING = /I may not be able to save your progress right now/;
/** The longest a turn may take, whatever the store does: the 3 s store budget and the answer itself. */
const TURN_LIMIT_MS = 4000;
const NOW = new Date('2026-11-26T08:00:00Z');
const saved = { completed: 57, lastDate: '2026-11-25', streak: 12, recent: ['2026-11-25#r1'] };

/** The skill with its store reached through the proxy, and the error lines it logs. */
function proxied(): { skill: Skill; errors: string[] } {
  const errors: string[] = [];
  const logger: AppLogger = { info: () => undefined, warn: () => undefined, error: (message) => void errors.push(message) };
  const skill = buildSkill({ persistenceAdapter: store.adapter({ client: store.client(proxy.endpoint) }), logger, clock: () => NOW });
  return { skill, errors };
}

/** A turn, which must answer within TURN_LIMIT_MS. */
async function timed(turn: Promise<Turn>): Promise<Turn> {
  const started = Date.now();
  const result = await turn;
  expect(Date.now() - started).toBeLessThanOrEqual(TURN_LIMIT_MS);
  return result;
}

/** A user who has done 57 routines and stopped at exercise 2, left side. */
async function plantUser(userId: string): Promise<Record<string, unknown> | undefined> {
  await store.put({
    userId,
    version: 3,
    schemaVersion: 1,
    routine: { status: 'paused', exercise: 1, sideIndex: 0, round: 0, startSide: 'left', settings: { holdSeconds: 30, repetitions: 2, easier: [] }, safetyNoticeHeard: true },
    progress: saved,
  });
  return store.item(userId);
}

/** The answer that finishes the routine (the session then ends, or goes to Alexa's routine offer). */
const FINISHED = /That's the whole routine/;

/** Says "next" until the routine is finished; every turn within the limit. Returns the finishing turn. */
async function finish(talk: Conversation): Promise<Turn> {
  for (let turns = 0; turns < 12; turns += 1) {
    const turn = await timed(talk.say(INTENT.NEXT));
    if (FINISHED.test(turn.text)) return turn;
  }
  throw new Error('the routine did not end');
}

describe('a read that fails at the start of a session', () => {
  it('is tried again on the next turn, and the routine done after it is saved', async () => {
    const before = await plantUser('user-read-throttled');
    const { skill } = proxied();
    const talk = new Conversation(skill, { userId: 'user-read-throttled' });

    proxy.set(on(['GetItem'], { kind: 'throttle' }));
    const launch = await timed(talk.launch());
    expect(launch.text).toMatch(WARNING);
    expect(await store.item('user-read-throttled')).toEqual(before);

    proxy.set(() => ({ kind: 'pass' }));
    const start = await timed(talk.say(INTENT.RESUME));
    expect(start.text).toMatch(/Exercise 2 of 4.*left side/i);
    expect(start.text).not.toMatch(WARNING);
    const done = await finish(talk);
    expect(done.text).toMatch(/That's 2 of 3 days this week\. You've done it 13 days in a row/);
    expect(await store.item('user-read-throttled')).toMatchObject({ progress: { completed: 58, streak: 13 }, routine: { status: 'finished' } });
  });
});

describe('a store that hangs', () => {
  it('answers a new session within the limit, warns, and writes nothing', async () => {
    const before = await plantUser('user-hang-read');
    proxy.set(() => ({ kind: 'hang' }));
    const launch = await timed(new Conversation(proxied().skill, { userId: 'user-hang-read' }).launch());
    expect(launch.text).toMatch(WARNING);
    expect(launch.text).toMatch(/Which leg hurts|Welcome/);
    expect(await store.item('user-hang-read')).toEqual(before);
  });

  it('answers a turn whose save hangs within the limit, and saves that turn with the next one', async () => {
    await plantUser('user-hang-write');
    const talk = new Conversation(proxied().skill, { userId: 'user-hang-write' });
    await timed(talk.launch());

    proxy.set(on(['PutItem'], { kind: 'hang' }));
    const skipped = await timed(talk.say(INTENT.SKIP));
    expect(skipped.text).toMatch(WARNING);
    expect(skipped.text).toMatch(/Exercise 3 of 4/);
    expect(await store.item('user-hang-write')).toMatchObject({ version: 3, routine: { exercise: 1 } });

    proxy.set(() => ({ kind: 'pass' }));
    const help = await timed(talk.say(INTENT.HELP));
    expect(help.text).not.toMatch(WARNING);
    expect(await store.item('user-hang-write')).toMatchObject({ version: 4, routine: { exercise: 2 }, progress: saved });
  });
});

describe('writes that are applied but answered late', () => {
  /** A new user's whole routine, every turn within the limit. */
  async function wholeRoutine(talk: Conversation): Promise<Turn[]> {
    return [await timed(talk.launch()), await timed(talk.say(INTENT.START)), await timed(talk.say(INTENT.SIDE_ANSWER, { side: 'left' })), await finish(talk)];
  }

  it('count as saved: a whole routine with every other write 1.5 s late is saved once, without a warning', async () => {
    await wholeRoutine(new Conversation(proxied().skill, { userId: 'user-on-time' }));
    const { skill, errors } = proxied();
    proxy.set((operation, seen) => (operation === 'PutItem' && seen.filter((c) => c.operation === 'PutItem').length % 2 === 0 ? { kind: 'late', ms: 1500 } : { kind: 'pass' }));
    const turns = await wholeRoutine(new Conversation(skill, { userId: 'user-late' }));
    expect(turns.map((turn) => turn.text).join(' ')).not.toMatch(WARNING);
    expect(turns[3]?.text).toMatch(/first routine done/);
    expect(errors).toEqual([]);
    expect(await store.item('user-late')).toMatchObject({ progress: { completed: 1, streak: 1 }, routine: { status: 'finished', exercise: 3 } });
    // As many versions as the same routine on a healthy store: no late answer led to a second write.
    expect((await store.item('user-late'))?.version).toBe((await store.item('user-on-time'))?.version);
  });
});

describe('errors and dropped connections', () => {
  it('saves after one 500 and one reset, without a warning', async () => {
    await plantUser('user-flaky');
    const talk = new Conversation(proxied().skill, { userId: 'user-flaky' });
    await timed(talk.launch());
    proxy.set((operation, seen) => {
      const writes = seen.filter((c) => c.operation === 'PutItem' && c.fault !== 'pass').length;
      return operation === 'PutItem' && writes < 2 ? { kind: writes === 0 ? 'fail' : 'reset' } : { kind: 'pass' };
    });
    const skipped = await timed(talk.say(INTENT.SKIP));
    expect(skipped.text).not.toMatch(WARNING);
    expect(await store.item('user-flaky')).toMatchObject({ version: 4, routine: { exercise: 2 } });
  });

  it('warns within the limit when every write fails, and keeps the stored record', async () => {
    const before = await plantUser('user-failing');
    const talk = new Conversation(proxied().skill, { userId: 'user-failing' });
    await timed(talk.launch());
    proxy.set(on(['PutItem'], { kind: 'fail' }));
    expect((await timed(talk.say(INTENT.SKIP))).text).toMatch(WARNING);
    expect((await timed(talk.say(INTENT.NEXT))).text).not.toMatch(WARNING);
    expect(await store.item('user-failing')).toEqual(before);
  });
});

describe('a slow store', () => {
  it('answers every turn and saves each change when every call takes 400 ms', async () => {
    proxy.set(() => ({ kind: 'delay', ms: 400 }));
    const talk = new Conversation(proxied().skill, { userId: 'user-slow' });
    const turns = [await timed(talk.launch()), await timed(talk.say(INTENT.START)), await timed(talk.say(INTENT.SIDE_ANSWER, { side: 'left' }))];
    expect(turns.map((turn) => turn.text).join(' ')).not.toMatch(WARNING);
    expect(await store.item('user-slow')).toMatchObject({ routine: { status: 'active', exercise: 0, startSide: 'left' } });
  });
});

describe('throttled writes', () => {
  it('warn once while throttled, and save again once throttling stops', async () => {
    await plantUser('user-throttled-write');
    const talk = new Conversation(proxied().skill, { userId: 'user-throttled-write' });
    await timed(talk.launch());
    const before = await store.item('user-throttled-write');

    proxy.set(on(['PutItem'], { kind: 'throttle' }));
    const first = await timed(talk.say(INTENT.SKIP));
    expect(first.text).toMatch(WARNING);
    const second = await timed(talk.say(INTENT.NEXT));
    expect(second.text).not.toMatch(WARNING);
    expect(await store.item('user-throttled-write')).toEqual(before);

    proxy.set(() => ({ kind: 'pass' }));
    await timed(talk.say(INTENT.NEXT));
    expect(await store.item('user-throttled-write')).toMatchObject({ routine: { exercise: 3, sideIndex: 1 } });
  });
});

describe('the finishing turn', () => {
  it('writes once', async () => {
    const talk = new Conversation(proxied().skill, { userId: 'user-finishing' });
    await talk.launch();
    await talk.say(INTENT.START);
    await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    let writesBefore = 0;
    let done: Turn | undefined;
    for (let turns = 0; turns < 12 && !FINISHED.test(done?.text ?? ''); turns += 1) {
      writesBefore = proxy.count('PutItem');
      done = await talk.say(INTENT.NEXT);
    }
    expect(done?.text).toMatch(/first routine done/);
    expect(proxy.count('PutItem') - writesBefore).toBe(1);
  });
});
