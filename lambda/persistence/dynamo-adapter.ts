// The persistence adapter on DynamoDB (AWS SDK v3): one item per user, versioned conditional writes and a TTL,
// every call bounded by the turn's deadline.
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  DynamoDBServiceException,
  GetItemCommand,
  PutItemCommand,
  type AttributeValue,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { STORE_BUDGET_MS } from './deadline';
import { OutOfTimeError, PersistenceError, StoreUnavailableError, VersionConflictError } from './errors';
import { expiryFrom, PARTITION_KEY, TTL_ATTRIBUTE } from './table';
import { isWrittenVersion, nextVersion, VERSION_ATTRIBUTE, type StoreCall, type Version, type VersionedAdapter } from './versioned';

/**
 * Client settings derived from the turn's budget: each attempt of a call may take a third of it, so a call to a
 * store that hangs is tried three times, and the deadline's abort signal ends whatever is left at the budget.
 */
export const DYNAMO_CLIENT_DEFAULTS = {
  maxAttempts: 3,
  requestTimeoutMs: STORE_BUDGET_MS / 3,
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
  if (error instanceof PersistenceError) return error;
  if (error instanceof ConditionalCheckFailedException) return new VersionConflictError({ cause: error });
  const rejected = error instanceof DynamoDBServiceException && error.$fault === 'client' && !THROTTLING.has(error.name);
  if (rejected) return new PersistenceError(`DynamoDB rejected the request: ${error.name}`, { cause: error });
  return new StoreUnavailableError({ cause: error });
}

/** The result of a DynamoDB call, or its failure as a persistence error. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw storeError(error);
  }
}

/** Numbers as JavaScript holds them exactly; one it cannot (beyond 2^53) stays text, so it fails its field's schema. */
const exactNumber = (text: string): number | string => {
  const value = Number(text);
  return Number.isSafeInteger(value) || !Number.isInteger(value) ? value : text;
};

/** The Version of a stored version attribute; a damaged one is its exact DynamoDB value, as JSON. */
function versionOf(value: AttributeValue | undefined): Version {
  if (value === undefined) return 0;
  const number = value.N === undefined ? NaN : Number(value.N);
  return isWrittenVersion(number) && String(number) === value.N ? number : JSON.stringify(value);
}

/** The condition that the stored version is still `version`, with its names and values. */
function stillAt(version: Version) {
  if (version === 0) return { ConditionExpression: 'attribute_not_exists(#version)', ExpressionAttributeNames: { '#version': VERSION_ATTRIBUTE } };
  let value: AttributeValue;
  try {
    value = typeof version === 'number' ? { N: String(version) } : (JSON.parse(version) as AttributeValue);
  } catch (error) {
    throw new PersistenceError('Not a version this adapter gave out', { cause: error });
  }
  return { ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': VERSION_ATTRIBUTE }, ExpressionAttributeValues: { ':version': value } };
}

/**
 * ask-sdk PersistenceAdapter on DynamoDB, honouring the contract of versioned.ts: reads return the stored attributes
 * (the TTL included) plus `version`; a save writes only over the version it was given; each call ends by the
 * deadline it is given.
 */
export class DynamoPersistenceAdapter implements VersionedAdapter {
  private readonly client: DynamoDBClient;
  private readonly tableName: string;
  private readonly clock: () => Date;

  constructor(options: DynamoPersistenceAdapterOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.clock = options.clock ?? (() => new Date());
  }

  private key(envelope: RequestEnvelope): Record<string, AttributeValue> {
    return { [PARTITION_KEY]: { S: envelope.context.System.user.userId } };
  }

  /** Send options for a call within `call.deadline`; a deadline already passed fails the call without sending it. */
  private options({ deadline }: StoreCall): { abortSignal?: AbortSignal } {
    if (!deadline) return {};
    if (deadline.expired) throw new OutOfTimeError();
    return { abortSignal: deadline.signal() };
  }

  /** The user's attributes without the key; a strongly consistent read, so a re-read after a conflict is current. */
  async getAttributes(requestEnvelope: RequestEnvelope, call: StoreCall = {}): Promise<Record<string, unknown>> {
    const command = new GetItemCommand({ TableName: this.tableName, Key: this.key(requestEnvelope), ConsistentRead: true });
    const { Item } = await guarded(() => this.client.send(command, this.options(call)));
    if (!Item) return { [VERSION_ATTRIBUTE]: 0 };
    const { [PARTITION_KEY]: _key, [VERSION_ATTRIBUTE]: version, ...attributes } = Item;
    return { ...unmarshall(attributes, { wrapNumbers: exactNumber }), [VERSION_ATTRIBUTE]: versionOf(version) };
  }

  /** Writes the attributes as the next version if the stored one is still `attributes.version`; refreshes the TTL. */
  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>, call: StoreCall = {}): Promise<void> {
    const { [VERSION_ATTRIBUTE]: given, ...fields } = attributes;
    const version: Version = typeof given === 'number' || typeof given === 'string' ? given : 0;
    const item = marshall(
      { ...fields, [PARTITION_KEY]: requestEnvelope.context.System.user.userId, [VERSION_ATTRIBUTE]: nextVersion(version), [TTL_ATTRIBUTE]: expiryFrom(this.clock()) },
      { removeUndefinedValues: true },
    );
    const command = new PutItemCommand({ TableName: this.tableName, Item: item, ...stillAt(version) });
    await guarded(() => this.client.send(command, this.options(call)));
  }

  /** Deletes the user's item (the user disabled the skill and their data is not kept). */
  async deleteAttributes(requestEnvelope: RequestEnvelope, call: StoreCall = {}): Promise<void> {
    const command = new DeleteItemCommand({ TableName: this.tableName, Key: this.key(requestEnvelope) });
    await guarded(() => this.client.send(command, this.options(call)));
  }
}
