// An in-memory persistence adapter with the same version contract as the DynamoDB one: for tests and benchmarks.
import type { RequestEnvelope } from 'ask-sdk-model';
import { VersionConflictError } from './errors';
import { isWrittenVersion, nextVersion, VERSION_ATTRIBUTE, type Version, type VersionedAdapter } from './versioned';

/** The Version of a stored value: 0 when absent, the number as written, else a string that names the damaged value. */
function versionOf(stored: unknown): Version {
  if (stored === undefined) return 0;
  if (isWrittenVersion(stored)) return stored;
  try {
    return `damaged:${JSON.stringify(stored)}`;
  } catch {
    return `damaged:${String(stored)}`;
  }
}

/** Keeps records in a Map keyed by userId; counts reads and writes so tests can check the call budget. */
export class InMemoryPersistenceAdapter implements VersionedAdapter {
  readonly records = new Map<string, Record<string, unknown>>();
  reads = 0;
  writes = 0;

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.reads += 1;
    const stored = this.records.get(requestEnvelope.context.System.user.userId);
    if (!stored) return { [VERSION_ATTRIBUTE]: 0 };
    return { ...structuredClone(stored), [VERSION_ATTRIBUTE]: versionOf(stored[VERSION_ATTRIBUTE]) };
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.writes += 1;
    const userId = requestEnvelope.context.System.user.userId;
    const stored = this.records.get(userId);
    const current = stored ? versionOf(stored[VERSION_ATTRIBUTE]) : 0;
    const given = attributes[VERSION_ATTRIBUTE] as Version;
    if (given !== current) throw new VersionConflictError();
    this.records.set(userId, { ...structuredClone(attributes), [VERSION_ATTRIBUTE]: nextVersion(current) });
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    this.writes += 1;
    this.records.delete(requestEnvelope.context.System.user.userId);
  }
}
