// Loading and saving a user's record through a versioned adapter: parse on load, merge on conflict, never throw.
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { errorFields, userTag, type AppLogger } from '../logger';
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
  const user = userTag(envelope.context.System.user.userId);
  let attributes: Record<string, unknown>;
  try {
    attributes = await adapter.getAttributes(envelope);
  } catch (error) {
    logger.error('state load failed', { user, ...errorFields(error) });
    return { record: freshRecord(), version: null };
  }
  const { [VERSION_ATTRIBUTE]: _version, ...stored } = attributes;
  const { record, problem } = parseRecord(stored);
  if (problem) logger.warn('stored record replaced', { user, problem });
  return { record, version: versionOf(attributes) };
}

/** The outcome of a save: the record and version now in the store, or `saved: false` if it failed. */
export type Saved = { saved: true; record: UserRecord; version: number } | { saved: false };

async function write(adapter: PersistenceAdapter, envelope: RequestEnvelope, record: UserRecord, version: number): Promise<number> {
  await adapter.saveAttributes(envelope, { ...record, [VERSION_ATTRIBUTE]: version });
  return version + 1;
}

/**
 * Saves `record`, which was derived from `base`. If another writer got there first, re-reads, keeps the other
 * writer's completions as well as ours, and tries once more. When `base` could not be read at all, nothing is
 * written: a blind write could overwrite what is saved. Never throws.
 */
export async function saveRecord(
  adapter: PersistenceAdapter,
  envelope: RequestEnvelope,
  record: UserRecord,
  base: Loaded,
  logger: AppLogger,
): Promise<Saved> {
  const user = userTag(envelope.context.System.user.userId);
  if (base.version === null) return { saved: false };
  try {
    try {
      return { saved: true, record, version: await write(adapter, envelope, record, base.version) };
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      logger.info('save conflict, merging', { user });
    }
    const current = await loadRecord(adapter, envelope, logger);
    if (current.version === null) return { saved: false };
    const merged = { ...record, progress: mergeProgress(current.record.progress, record.progress, base.record.progress) };
    return { saved: true, record: merged, version: await write(adapter, envelope, merged, current.version) };
  } catch (error) {
    logger.error('state save failed', { user, ...errorFields(error) });
    return { saved: false };
  }
}
