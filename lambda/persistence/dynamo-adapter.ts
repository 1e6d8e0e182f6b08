// The persistence adapter on DynamoDB (AWS SDK v3): one item per user, versioned conditional writes and a TTL.
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  DynamoDBServiceException,
  GetItemCommand,
  PutItemCommand,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { PersistenceError, StoreUnavailableError, VersionConflictError } from './errors';
import { PARTITION_KEY, TTL_ATTRIBUTE, TTL_DAYS } from './table';
import { VERSION_ATTRIBUTE, versionOf } from './versioned';

/** Client settings that keep a turn inside Alexa's 8 s: two attempts of about a second each. */
export const DYNAMO_CLIENT_DEFAULTS = {
  maxAttempts: 2,
  requestTimeoutMs: 1000,
  connectionTimeoutMs: 500,
  region: 'us-east-1',
} as const;

/**
 * A DynamoDB client tuned for Alexa's deadline. The endpoint comes from the SDK's standard configuration
 * (AWS_ENDPOINT_URL_DYNAMODB) unless `config` sets one; anything in `config` overrides the defaults.
 */
export function createDynamoClient(config: DynamoDBClientConfig = {}): DynamoDBClient {
  return new DynamoDBClient({
    region: process.env.AWS_REGION ?? DYNAMO_CLIENT_DEFAULTS.region,
    maxAttempts: DYNAMO_CLIENT_DEFAULTS.maxAttempts,
    // Constructor options for the SDK's own NodeHttpHandler. Without throwOnRequestTimeout the request
    // timeout only logs a warning and a silent server would hold the turn until Alexa gives up.
    requestHandler: {
      requestTimeout: DYNAMO_CLIENT_DEFAULTS.requestTimeoutMs,
      connectionTimeout: DYNAMO_CLIENT_DEFAULTS.connectionTimeoutMs,
      throwOnRequestTimeout: true,
    },
    ...config,
  });
}

/** What the adapter is built from: the client is injected so tests and the simulator point it anywhere. */
export interface DynamoPersistenceAdapterOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** The current time, for the TTL attribute. */
  readonly clock?: () => Date;
}

/** Errors that mean "the store is slow, throttled or unreachable" rather than "the request was wrong". */
const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ThrottlingException',
  'LimitExceededException',
  'TransactionInProgressException',
]);

/** Maps an SDK error to the persistence layer's typed errors, keeping it as the cause. */
function storeError(error: unknown): PersistenceError {
  if (error instanceof ConditionalCheckFailedException) return new VersionConflictError({ cause: error });
  const rejected = error instanceof DynamoDBServiceException && error.$fault === 'client' && !THROTTLING.has(error.name);
  if (rejected) return new PersistenceError(`DynamoDB rejected the request: ${error.name}`, { cause: error });
  return new StoreUnavailableError({ cause: error });
}

/** The result of a DynamoDB call, or its failure as a persistence error. */
async function guarded<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw storeError(error);
  }
}

const SECONDS_PER_DAY = 86_400;

/**
 * ask-sdk PersistenceAdapter on DynamoDB, honouring the version contract of versioned.ts: reads return the
 * stored attributes plus `version` (0 for a new user); a save writes only over the version it was given.
 */
export class DynamoPersistenceAdapter implements PersistenceAdapter {
  private readonly client: DynamoDBClient;
  private readonly tableName: string;
  private readonly clock: () => Date;

  constructor(options: DynamoPersistenceAdapterOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.clock = options.clock ?? (() => new Date());
  }

  private key(envelope: RequestEnvelope): Record<string, { S: string }> {
    return { [PARTITION_KEY]: { S: envelope.context.System.user.userId } };
  }

  /** The user's attributes without the key and TTL; a strongly consistent read, so a re-read after a conflict is current. */
  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const { Item } = await guarded(
      this.client.send(new GetItemCommand({ TableName: this.tableName, Key: this.key(requestEnvelope), ConsistentRead: true })),
    );
    if (!Item) return { [VERSION_ATTRIBUTE]: 0 };
    const { [PARTITION_KEY]: _key, [TTL_ATTRIBUTE]: _ttl, ...attributes } = unmarshall(Item) as Record<string, unknown>;
    return { ...attributes, [VERSION_ATTRIBUTE]: versionOf(attributes) };
  }

  /** Writes the attributes as version + 1 if the stored version is still `attributes.version`; refreshes the TTL. */
  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const version = versionOf(attributes);
    const expiresAt = Math.floor(this.clock().getTime() / 1000) + TTL_DAYS * SECONDS_PER_DAY;
    const item: Record<string, NativeAttributeValue> = {
      ...attributes,
      [PARTITION_KEY]: requestEnvelope.context.System.user.userId,
      [VERSION_ATTRIBUTE]: version + 1,
      [TTL_ATTRIBUTE]: expiresAt,
    };
    // Version 0 is a new user, or a record with no usable version (written before versions, or damaged):
    // the same records versionOf reads as 0.
    const condition =
      version === 0
        ? 'attribute_not_exists(#key) OR attribute_not_exists(#version) OR NOT attribute_type(#version, :number)'
        : '#version = :version';
    await guarded(
      this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall(item, { removeUndefinedValues: true }),
          ConditionExpression: condition,
          ExpressionAttributeNames: version === 0 ? { '#key': PARTITION_KEY, '#version': VERSION_ATTRIBUTE } : { '#version': VERSION_ATTRIBUTE },
          ExpressionAttributeValues: version === 0 ? { ':number': { S: 'N' } } : { ':version': { N: String(version) } },
        }),
      ),
    );
  }

  /** Deletes the user's item (the user disabled the skill and their data is not kept). */
  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    await guarded(this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: this.key(requestEnvelope) })));
  }
}
