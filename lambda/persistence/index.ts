// Persistence: the user record, the versioned adapter contract, and the adapters that implement it.
export * from './errors';
export * from './record';
export * from './versioned';
export * from './state-store';
export { InMemoryPersistenceAdapter } from './memory-adapter';
