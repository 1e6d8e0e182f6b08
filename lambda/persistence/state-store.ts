// Loading and saving a user's record through a versioned adapter: parse on load, merge on conflict, never throw.
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { errorFields, type AppLogger } from '../logger';
import { mergeProgress } from '../progress';
import { VersionConflictError } from './errors';
import { freshRecord, parseRecord, type UserRecord } from './record';
import { VERSION_ATTRIBUTE, versionOf } from './versioned';

/** A record as loaded: `version` is null when the store could not be read. */
export interface Loaded {
  readonly record: UserRecord;
  readonly version: number | null;
}

/** Reads and parses the user's record; a failing store gives a fresh record with a null version. */
export async function loadRecord(adapter: PersistenceAdapter, envelope: RequestEnvelope, logger: AppLogger): Promise<Loaded> {
  let attributes: Record<string, unknown>;
  try {
    attributes = await adapter.getAttributes(envelope);
  } catch (error) {
    logger.error('state load failed', errorFields(error));
    return { record: freshRecord(), version: null };
  }
  const { [VERSION_ATTRIBUTE]: _version, ...stored } = attributes;
  const { record, problem } = parseRecord(stored);
  if (problem) logger.warn('stored record replaced', { problem });
  return { record, version: versionOf(attributes) };
}

/** The outcome of a save: the record and version now in the store, or `saved: false` if it failed. */
export type Saved = { saved: true; record: UserRecord; version: number } | { saved: false };

async function write(adapter: PersistenceAdapter, envelope: RequestEnvelope, record: UserRecord, version: number): Promise<number> {
  await adapter.saveAttributes(envelope, { ...record, [VERSION_ATTRIBUTE]: version });
  return version + 1;
}

/**
 * Writes a save tries before it gives up: the first, then a re-read and merge after each lost race. Two devices
 * of one user can lose to each other more than once in a row; a round trip is a few milliseconds, so even the
 * last attempt is far inside Alexa's 8 s. A store that is down fails the first call and is not retried here.
 */
export const SAVE_ATTEMPTS = 8;

/**
 * Saves `record`, which was derived from `base`. If another writer got there first, re-reads, keeps the other
 * writer's completions as well as ours, and tries again, up to SAVE_ATTEMPTS writes in all (two devices of one
 * user racing turn after turn can lose more than once). When `base` could not be read at all, nothing is
 * written: a blind write could overwrite what is saved. Never throws.
 */
export async function saveRecord(
  adapter: PersistenceAdapter,
  envelope: RequestEnvelope,
  record: UserRecord,
  base: Loaded,
  logger: AppLogger,
): Promise<Saved> {
  if (base.version === null) return { saved: false };
  let attempt = record;
  let version = base.version;
  try {
    for (let tries = 1; tries < SAVE_ATTEMPTS; tries += 1) {
      try {
        return { saved: true, record: attempt, version: await write(adapter, envelope, attempt, version) };
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
        logger.info('save conflict, merging');
      }
      const current = await loadRecord(adapter, envelope, logger);
      if (current.version === null) return { saved: false };
      attempt = { ...record, progress: mergeProgress(current.record.progress, record.progress, base.record.progress) };
      version = current.version;
    }
    return { saved: true, record: attempt, version: await write(adapter, envelope, attempt, version) };
  } catch (error) {
    logger.error('state save failed', errorFields(error));
    return { saved: false };
  }
}
