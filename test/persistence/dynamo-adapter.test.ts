import { Deadline, DYNAMO_CLIENT_DEFAULTS, DynamoPersistenceAdapter, PersistenceError, StoreUnavailableError, TTL_ATTRIBUTE, TTL_DAYS, VersionConflictError, freshRecord } from '../../lambda/persistence';
import { silentEndpoint, throttle, unreachableEndpoint, useLocalDynamo } from '../support/dynalite';
import { launchRequest } from '../support/envelopes';

const store = useLocalDynamo();
const NOW = new Date('2026-11-26T08:00:00Z');
const envelopeOf = (userId: string) => launchRequest({ userId });

describe('DynamoPersistenceAdapter on dynalite', () => {
  it('returns version 0 and nothing else for a user never seen', async () => {
    expect(await store.adapter().getAttributes(envelopeOf('new-user'))).toEqual({ version: 0 });
  });

  it('loads what it saved, one version later, with its expiry and without the key', async () => {
    const adapter = store.adapter({ clock: () => NOW });
    const record = { ...freshRecord(), routine: { ...freshRecord().routine, exercise: 2, status: 'paused' } };
    await adapter.saveAttributes(envelopeOf('u1'), { ...record, version: 0 });
    expect(await adapter.getAttributes(envelopeOf('u1'))).toEqual({ ...record, version: 1, [TTL_ATTRIBUTE]: NOW.getTime() / 1000 + TTL_DAYS * 86_400 });
  });

  it('keeps users apart', async () => {
    const adapter = store.adapter();
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 0 });
    expect(await adapter.getAttributes(envelopeOf('u2'))).toEqual({ version: 0 });
  });

  it('stores the userId as key and an expiry 400 days ahead, refreshed on every write', async () => {
    let now = NOW;
    const adapter = store.adapter({ clock: () => now });
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 0 });
    const first = await store.item('u1');
    expect(first).toMatchObject({ userId: 'u1', version: 1, [TTL_ATTRIBUTE]: NOW.getTime() / 1000 + TTL_DAYS * 86_400 });
    expect(TTL_DAYS).toBe(400);

    now = new Date('2026-12-01T08:00:00Z');
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 1 });
    expect((await store.item('u1'))?.[TTL_ATTRIBUTE]).toBe(now.getTime() / 1000 + TTL_DAYS * 86_400);
  });

  it('writes an expiry about 400 days from the real clock by default', async () => {
    await store.adapter().saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 0 });
    const expiresAt = Number((await store.item('u1'))?.[TTL_ATTRIBUTE]);
    const days = (expiresAt - Date.now() / 1000) / 86_400;
    expect(days).toBeGreaterThan(399.9);
    expect(days).toBeLessThanOrEqual(400);
  });

  it('refuses a write over a version it did not read, and keeps the stored record', async () => {
    const adapter = store.adapter();
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 0 });
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 1 });
    await expect(adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 1 })).rejects.toThrow(VersionConflictError);
    await expect(adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 0 })).rejects.toThrow(VersionConflictError);
    expect((await store.item('u1'))?.version).toBe(2);
  });

  it('writes over a stored item that has no version as version 0', async () => {
    await store.put({ userId: 'u1', schemaVersion: 0, position: 3 });
    const adapter = store.adapter();
    expect((await adapter.getAttributes(envelopeOf('u1'))).version).toBe(0);
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 0 });
    expect(await store.item('u1')).toMatchObject({ schemaVersion: 1, version: 1 });
  });

  it.each([
    ['-1', { N: '-1' }],
    ['2.5', { N: '2.5' }],
    ['1e20', { N: '100000000000000000000' }],
    ['text', { S: 'seven' }],
  ])('repairs a damaged stored version (%s): one write over it as read, version 1 after it', async (_name, damaged) => {
    await store.putRaw({ userId: { S: 'u1' }, version: damaged });
    const adapter = store.adapter();
    const { version } = await adapter.getAttributes(envelopeOf('u1'));
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version });
    expect(await store.item('u1')).toMatchObject({ version: 1 });
    await expect(adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version })).rejects.toThrow(VersionConflictError);
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 1 });
    expect(await store.item('u1')).toMatchObject({ version: 2 });
  });

  it('reads a number beyond 2^53 as its text, so it fails its field instead of the whole read', async () => {
    await store.putRaw({ userId: { S: 'u1' }, version: { N: '4' }, progress: { M: { completed: { N: '90071992547409930' } } } });
    expect(await store.adapter().getAttributes(envelopeOf('u1'))).toEqual({ version: 4, progress: { completed: '90071992547409930' } });
  });

  it('never creates the item again over a version it read before the item was deleted', async () => {
    const adapter = store.adapter();
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 0 });
    await adapter.deleteAttributes(envelopeOf('u1'));
    await expect(adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 1 })).rejects.toThrow(VersionConflictError);
    expect(await store.item('u1')).toBeUndefined();
  });

  it('drops undefined values instead of failing', async () => {
    const adapter = store.adapter();
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), note: undefined, version: 0 });
    expect(await store.item('u1')).not.toHaveProperty('note');
  });

  it('deletes the user item', async () => {
    const adapter = store.adapter();
    await adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 0 });
    await adapter.deleteAttributes(envelopeOf('u1'));
    expect(await store.item('u1')).toBeUndefined();
  });
});

describe('DynamoPersistenceAdapter when DynamoDB is in trouble', () => {
  it('reports a throttled store as unavailable after the client retries, keeping the cause', async () => {
    const client = store.client();
    const faults = throttle(client, ['GetItemCommand']);
    const error = await store.adapter({ client }).getAttributes(envelopeOf('u1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).cause).toMatchObject({ name: 'ProvisionedThroughputExceededException' });
    expect(faults.throttled).toBe(DYNAMO_CLIENT_DEFAULTS.maxAttempts);
  });

  it('reports a missing table as a rejected request, not as an outage', async () => {
    const adapter = new DynamoPersistenceAdapter({ client: store.client(), tableName: 'no-such-table' });
    const error = await adapter.getAttributes(envelopeOf('u1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PersistenceError);
    expect(error).not.toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/ResourceNotFoundException/);
  });

  it('reports an unreachable endpoint as unavailable within a second', async () => {
    const adapter = store.adapter({ client: store.client(await unreachableEndpoint()) });
    const started = Date.now();
    await expect(adapter.saveAttributes(envelopeOf('u1'), { ...freshRecord(), version: 0 })).rejects.toThrow(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('ends a call to a server that never answers when its deadline passes', async () => {
    const silent = await silentEndpoint();
    const adapter = store.adapter({ client: store.client(silent.endpoint) });
    const started = Date.now();
    const error = await adapter.getAttributes(envelopeOf('u1'), { deadline: new Deadline(1500) }).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    await silent.close();
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(2000);
  });

  it('gives up on a server that never answers after its attempts, a third of the budget each, without a deadline', async () => {
    const silent = await silentEndpoint();
    const adapter = store.adapter({ client: store.client(silent.endpoint) });
    const started = Date.now();
    const error = await adapter.getAttributes(envelopeOf('u1')).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    await silent.close();
    expect((error as Error).cause).toMatchObject({ name: 'TimeoutError' });
    expect(elapsed).toBeGreaterThanOrEqual(DYNAMO_CLIENT_DEFAULTS.maxAttempts * DYNAMO_CLIENT_DEFAULTS.requestTimeoutMs);
    expect(elapsed).toBeLessThan(4500);
  });

  it('fails a call at once, without sending it, when its deadline has passed', async () => {
    const client = store.client();
    const faults = throttle(client, ['GetItemCommand']);
    faults.on = false;
    const error = await store.adapter({ client }).getAttributes(envelopeOf('u1'), { deadline: new Deadline(0) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(faults.throttled).toBe(0);
  });
});
