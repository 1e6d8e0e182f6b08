// Saving through the state store on dynalite: our own late writes, racing devices, and records never read.
import {
  Deadline,
  freshRecord,
  loadRecord,
  saveRecord,
  WRITER_ATTRIBUTE,
  type Loaded,
  type StoreContext,
  type UserRecord,
} from '../../lambda/persistence';
import { silentLogger } from '../../lambda/logger';
import { recordCompletion } from '../../lambda/progress';
import { countCalls } from '../../scripts/local-dynamo';
import { useLocalDynamo } from '../support/dynalite';
import { launchRequest } from '../support/envelopes';

const store = useLocalDynamo();
const NOW = new Date('2026-11-26T08:00:00Z');
const DAY = '2026-11-26';

/** A store context for one request of `userId` on the current table, through a counted client. */
function contextFor(userId: string, client = store.client()): StoreContext {
  return { adapter: store.adapter({ client }), envelope: launchRequest({ userId }), logger: silentLogger, deadline: new Deadline(), now: NOW };
}

/** `record` with one more completion, by the request of `ctx`. */
const completedBy = (ctx: StoreContext, record: UserRecord): UserRecord => ({
  ...record,
  progress: recordCompletion(record.progress, `${DAY}#${ctx.envelope.request.requestId}`, DAY),
});

describe('saveRecord', () => {
  it('counts a lost race as saved when the stored record already carries this request id', async () => {
    const client = store.client();
    const calls = countCalls(client);
    const ctx = contextFor('user-late', client);
    const record = completedBy(ctx, freshRecord());
    // Our write landed, but its answer never came back: the stored record carries our request id.
    await ctx.adapter.saveAttributes(ctx.envelope, { ...record, version: 0, [WRITER_ATTRIBUTE]: ctx.envelope.request.requestId });
    const writesBefore = calls.get('PutItemCommand') ?? 0;

    const result = await saveRecord(ctx, record, { record: freshRecord(), version: 0 });
    expect(result).toEqual({ saved: true, loaded: expect.objectContaining({ version: 1, record }) });
    expect((calls.get('PutItemCommand') ?? 0) - writesBefore).toBe(1);
    expect(await store.item('user-late')).toMatchObject({ version: 1, progress: { completed: 1 } });
  });

  it('lands both devices saving at once, each completion counted once, in three writes', async () => {
    const client = store.client();
    const calls = countCalls(client);
    const [a, b] = [contextFor('user-two', client), contextFor('user-two', client)];
    const base: Loaded = { record: freshRecord(), version: 0 };
    const results = await Promise.all([saveRecord(a, completedBy(a, base.record), base), saveRecord(b, completedBy(b, base.record), base)]);
    expect(results.map((r) => r.saved)).toEqual([true, true]);
    expect(calls.get('PutItemCommand')).toBe(3);
    expect(await store.item('user-two')).toMatchObject({ version: 2, progress: { completed: 2 } });
  });

  it('lands eight saves racing at once, every completion counted once, inside the budget', async () => {
    const contexts = Array.from({ length: 8 }, () => contextFor('user-eight'));
    const base: Loaded = { record: freshRecord(), version: 0 };
    const started = Date.now();
    const results = await Promise.all(contexts.map((ctx) => saveRecord(ctx, completedBy(ctx, base.record), base)));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(results.every((r) => r.saved)).toBe(true);
    const stored = await store.item('user-eight');
    expect(stored).toMatchObject({ progress: { completed: 8 } });
    expect((stored?.progress as { recent: string[] }).recent).toHaveLength(8);
  });

  it('writes nothing over a record it could not read', async () => {
    await store.put({ userId: 'user-unread', version: 5, schemaVersion: 1 });
    const client = store.client();
    const calls = countCalls(client);
    const result = await saveRecord(contextFor('user-unread', client), freshRecord(), { record: freshRecord(), version: null });
    expect(result).toEqual({ saved: false, why: 'unread' });
    expect(calls.get('PutItemCommand')).toBeUndefined();
  });

  it('keeps a setting changed on one device and the position changed on the other', async () => {
    const first = contextFor('user-merge');
    await saveRecord(first, freshRecord(), { record: freshRecord(), version: 0 });
    const base = await loadRecord(contextFor('user-merge'));
    const settings = { ...base.record, routine: { ...base.record.routine, settings: { ...base.record.routine.settings, holdSeconds: 60 as const } } };
    const moved = { ...base.record, routine: { ...base.record.routine, status: 'active' as const, exercise: 2 } };
    expect(await saveRecord(contextFor('user-merge'), settings, base)).toMatchObject({ saved: true });
    expect(await saveRecord(contextFor('user-merge'), moved, base)).toMatchObject({ saved: true });
    expect(await store.item('user-merge')).toMatchObject({ version: 3, routine: { status: 'active', exercise: 2, settings: { holdSeconds: 60 } } });
  });
});
