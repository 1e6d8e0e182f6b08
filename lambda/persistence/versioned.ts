// The contract our persistence adapters share on top of ask-sdk's PersistenceAdapter: optimistic versions,
// the writer's request id, and a deadline for every call.
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Deadline } from './deadline';

/**
 * Attribute holding the record's version. `getAttributes` returns it as a Version (0 for a new user); `saveAttributes`
 * writes only if the stored version still equals the one given, stores nextVersion(it), and otherwise throws
 * VersionConflictError. Callers pass it back untouched.
 */
export const VERSION_ATTRIBUTE = 'version';

/** Attribute holding the request id of the turn that wrote the record: a save that finds its own id there landed. */
export const WRITER_ATTRIBUTE = 'writtenBy';

/**
 * A stored version as callers see it: a whole number of at least 1 as the adapters write them, 0 for no version
 * (no record, or one written without versions), or a string standing for a damaged stored value (-1, 2.5, 1e20,
 * text). A string is opaque: the adapter that made it compares it with what is stored.
 */
export type Version = number | string;

/** True for a version an adapter writes. Pure. */
export function isWrittenVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** The version a save over `version` stores: one more, or 1 over a missing or damaged one (which repairs it). Pure. */
export function nextVersion(version: Version): number {
  return isWrittenVersion(version) ? version + 1 : 1;
}

/** Options of one store call: the turn's deadline, which bounds it. */
export interface StoreCall {
  readonly deadline?: Deadline;
}

/**
 * ask-sdk's PersistenceAdapter with versions (above), a delete, and calls bounded by the turn's deadline. Reads also
 * return the stored expiry (table.ts TTL_ATTRIBUTE) when there is one, so a reader can tell when to push it back.
 */
export interface VersionedAdapter extends PersistenceAdapter {
  getAttributes(requestEnvelope: RequestEnvelope, call?: StoreCall): Promise<Record<string, unknown>>;
  saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>, call?: StoreCall): Promise<void>;
  deleteAttributes(requestEnvelope: RequestEnvelope, call?: StoreCall): Promise<void>;
}
