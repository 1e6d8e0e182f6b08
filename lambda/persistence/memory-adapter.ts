// An in-memory persistence adapter with the same version contract as the DynamoDB one: for tests and benchmarks.
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { VersionConflictError } from './errors';
import { VERSION_ATTRIBUTE, versionOf } from './versioned';

/** Keeps records in a Map keyed by userId; counts reads and writes so tests can check the call budget. */
export class InMemoryPersistenceAdapter implements PersistenceAdapter {
  readonly records = new Map<string, Record<string, unknown>>();
  reads = 0;
  writes = 0;

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.reads += 1;
    const stored = this.records.get(requestEnvelope.context.System.user.userId);
    return stored ? structuredClone(stored) : { [VERSION_ATTRIBUTE]: 0 };
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.writes += 1;
    const userId = requestEnvelope.context.System.user.userId;
    const current = versionOf(this.records.get(userId) ?? {});
    if (versionOf(attributes) !== current) throw new VersionConflictError();
    this.records.set(userId, { ...structuredClone(attributes), [VERSION_ATTRIBUTE]: current + 1 });
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    this.writes += 1;
    this.records.delete(requestEnvelope.context.System.user.userId);
  }
}
