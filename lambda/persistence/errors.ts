// Errors of the persistence layer. Each sets `name` and keeps its `cause`.

/** Base of every persistence error. */
export class PersistenceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PersistenceError';
  }
}

/** Another writer saved the record since it was read: re-read, merge and try again. */
export class VersionConflictError extends PersistenceError {
  constructor(options?: { cause?: unknown }) {
    super('The record was changed by another writer since it was read', options);
    this.name = 'VersionConflictError';
  }
}

/** The store could not be reached in time (down, slow or throttled). */
export class StoreUnavailableError extends PersistenceError {
  constructor(options?: { cause?: unknown }) {
    super('The state store did not answer in time', options);
    this.name = 'StoreUnavailableError';
  }
}

/** The turn's store deadline passed before a call could be sent: nothing was asked of the store. */
export class OutOfTimeError extends StoreUnavailableError {
  constructor() {
    super();
    this.message = 'The turn had no time left for the store';
    this.name = 'OutOfTimeError';
  }
}
