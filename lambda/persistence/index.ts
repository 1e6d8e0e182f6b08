// Persistence: the user record, the versioned adapter contract, and the adapters that implement it.
export * from './errors';
export * from './record';
export * from './versioned';
export * from './deadline';
export * from './merge';
export * from './state-store';
export { InMemoryPersistenceAdapter } from './memory-adapter';
export * from './table';
export { DynamoPersistenceAdapter, createDynamoClient, DYNAMO_CLIENT_DEFAULTS, type DynamoPersistenceAdapterOptions } from './dynamo-adapter';
