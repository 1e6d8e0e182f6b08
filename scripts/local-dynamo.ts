// Embedded DynamoDB for tests, the local simulator and benchmarks: dynalite in-process on 127.0.0.1, and a call counter for its clients.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  GetItemCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  type DynamoDBClient,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import dynalite from 'dynalite';
import { createDynamoClient, PARTITION_KEY } from '../lambda/persistence';

/** A running dynalite server. */
export interface LocalDynamo {
  /** Base URL to give the client, e.g. http://127.0.0.1:53211. */
  readonly endpoint: string;
  /** Stops the server, dropping open connections, and closes its store. */
  close(): Promise<void>;
}

/** Options of startDynalite: `path` keeps the data on disk (LevelDB) instead of in memory. */
export interface StartDynaliteOptions {
  readonly path?: string;
}

/** Credentials for a local server: required by the SDK's signer, never checked by dynalite. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** Starts dynalite on 127.0.0.1 on a free port; tables become ACTIVE at once. */
export async function startDynalite(options: StartDynaliteOptions = {}): Promise<LocalDynamo> {
  if (options.path) mkdirSync(options.path, { recursive: true });
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(options.path ? { path: options.path } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients keep connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** A client for a local endpoint, with the production timeouts, a fixed region and dummy credentials. */
export function createLocalClient(endpoint: string, config: DynamoDBClientConfig = {}): DynamoDBClient {
  return createDynamoClient({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, ...config });
}

async function tableStatus(client: DynamoDBClient, tableName: string): Promise<string | null> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table?.TableStatus ?? null;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return null;
    throw error;
  }
}

/** Creates the user table (same key schema as the CDK stack) if it is missing, and waits until it is ACTIVE. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  if ((await tableStatus(client, tableName)) === null) {
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          AttributeDefinitions: [{ AttributeName: PARTITION_KEY, AttributeType: 'S' }],
          KeySchema: [{ AttributeName: PARTITION_KEY, KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  for (let waited = 0; (await tableStatus(client, tableName)) !== 'ACTIVE'; waited += 10) {
    if (waited > 5000) throw new Error(`Table ${tableName} did not become ACTIVE`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A user's stored item as plain values (key, TTL and version included), read consistently; undefined if none. */
export async function readUserItem(client: DynamoDBClient, tableName: string, userId: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: { [PARTITION_KEY]: { S: userId } }, ConsistentRead: true }));
  // Numbers beyond 2^53 (damaged records) come back as their text instead of failing the read.
  return Item ? unmarshall(Item, { wrapNumbers: (text) => (Number.isSafeInteger(Number(text)) || !Number.isInteger(Number(text)) ? Number(text) : text) }) : undefined;
}

/**
 * Counts the commands a client sends, by name (GetItemCommand, PutItemCommand, ...). The middleware sits inside
 * the SDK's retry loop, so a retry counts as a call.
 */
export function countCalls(client: DynamoDBClient): Map<string, number> {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'finalizeRequest', name: 'countCalls' },
  );
  return counts;
}
