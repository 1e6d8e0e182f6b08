import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoPersistenceAdapter, PARTITION_KEY, freshRecord } from '../../lambda/persistence';
import { createLocalClient, ensureTable, startDynalite } from '../../scripts/local-dynamo';
import { launchRequest } from '../support/envelopes';

describe('the embedded DynamoDB', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('listens on 127.0.0.1 and creates the table with the userId as string hash key, once', async () => {
    const local = await startDynalite();
    const client = createLocalClient(local.endpoint);
    try {
      expect(local.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await ensureTable(client, 'users');
      await ensureTable(client, 'users');
      const { Table } = await client.send(new DescribeTableCommand({ TableName: 'users' }));
      expect(Table).toMatchObject({
        TableStatus: 'ACTIVE',
        KeySchema: [{ AttributeName: PARTITION_KEY, KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: PARTITION_KEY, AttributeType: 'S' }],
      });
    } finally {
      client.destroy();
      await local.close();
    }
  });

  it('keeps saved records on disk across restarts when given a path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dynalite-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'dynamodb');
    const envelope = launchRequest({ userId: 'user-disk' });
    const record = { ...freshRecord(), version: 0 };

    for (const step of ['save', 'load'] as const) {
      const local = await startDynalite({ path });
      const client = createLocalClient(local.endpoint);
      try {
        await ensureTable(client, 'users');
        const adapter = new DynamoPersistenceAdapter({ client, tableName: 'users' });
        if (step === 'save') await adapter.saveAttributes(envelope, record);
        else expect(await adapter.getAttributes(envelope)).toEqual({ ...record, version: 1, expiresAt: expect.any(Number) });
      } finally {
        client.destroy();
        await local.close();
      }
    }
  });
});
