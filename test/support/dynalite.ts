// Jest helper: one dynalite server per test file, a fresh table per test, and client middleware to fault calls.
import { PutItemCommand, ProvisionedThroughputExceededException, type AttributeValue, type DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { DynamoPersistenceAdapter } from '../../lambda/persistence';
import { createLocalClient, ensureTable, readUserItem, startDynalite, type LocalDynamo } from '../../scripts/local-dynamo';

/** The local store as a test sees it; read the getters inside tests (they are set by jest hooks). */
export interface LocalStore {
  readonly endpoint: string;
  /** A table created for the current test only. */
  readonly tableName: string;
  /** A new client (production timeouts) on `endpoint` or the local server; destroyed after the file's tests. */
  client(endpoint?: string, config?: DynamoDBClientConfig): DynamoDBClient;
  /** An adapter on the current test's table, through `client` or a new client on the local server. */
  adapter(options?: { client?: DynamoDBClient; clock?: () => Date }): DynamoPersistenceAdapter;
  /** The raw stored item of a user, key and TTL included, or undefined. */
  item(userId: string): Promise<Record<string, unknown> | undefined>;
  /** Writes an item, bypassing the adapter (to plant damaged or old records). */
  put(item: Record<string, unknown>): Promise<void>;
  /** Writes an item given in DynamoDB's own form (numbers beyond 2^53, string sets). */
  putRaw(item: Record<string, AttributeValue>): Promise<void>;
}

/** Starts dynalite before the file's tests, creates a fresh table before each test, and stops it all after. */
export function useLocalDynamo(): LocalStore {
  let server: LocalDynamo | undefined;
  let admin: DynamoDBClient | undefined;
  let tableName = '';
  let tables = 0;
  const clients: DynamoDBClient[] = [];

  const requireAdmin = (): DynamoDBClient => {
    if (!admin) throw new Error('useLocalDynamo: the server is not started yet (use it inside a test)');
    return admin;
  };
  const client = (endpoint?: string, config: DynamoDBClientConfig = {}): DynamoDBClient => {
    const made = createLocalClient(endpoint ?? server?.endpoint ?? '', config);
    clients.push(made);
    return made;
  };

  beforeAll(async () => {
    server = await startDynalite();
    admin = client();
  });
  beforeEach(async () => {
    tables += 1;
    tableName = `users-${tables}`;
    await ensureTable(requireAdmin(), tableName);
  });
  afterAll(async () => {
    clients.forEach((made) => made.destroy());
    await server?.close();
  });

  return {
    get endpoint() {
      return server?.endpoint ?? '';
    },
    get tableName() {
      return tableName;
    },
    client,
    adapter: (options = {}) => new DynamoPersistenceAdapter({ client: options.client ?? client(), tableName, ...(options.clock ? { clock: options.clock } : {}) }),
    item: (userId) => readUserItem(requireAdmin(), tableName, userId),
    async put(item) {
      await requireAdmin().send(new PutItemCommand({ TableName: tableName, Item: marshall(item, { removeUndefinedValues: true }) }));
    },
    async putRaw(item) {
      await requireAdmin().send(new PutItemCommand({ TableName: tableName, Item: item }));
    },
  };
}

/**
 * Makes the named commands fail as DynamoDB does when throttled, on every attempt, while `on` is true. The
 * middleware sits inside the SDK's retry loop, so the client's retries and back-off are exercised too.
 */
export function throttle(client: DynamoDBClient, commands: readonly string[]): { on: boolean; throttled: number } {
  const state = { on: true, throttled: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!state.on || !commands.includes(String(context.commandName))) return next(args);
      state.throttled += 1;
      throw new ProvisionedThroughputExceededException({
        message: 'The level of configured provisioned throughput for the table was exceeded.',
        $metadata: { httpStatusCode: 400 },
      });
    },
    { step: 'finalizeRequest', name: 'throttle' },
  );
  return state;
}

/** An endpoint on 127.0.0.1 where nothing listens: connections are refused at once. */
export async function unreachableEndpoint(): Promise<string> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** An HTTP server on 127.0.0.1 that accepts requests and never answers them. */
export async function silentEndpoint(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = createHttpServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
