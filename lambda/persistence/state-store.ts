// Loading, saving and deleting a user's record through a versioned adapter, inside the turn's deadline: parse on
// load, merge on conflict, recognise our own late-answered writes, never a blind write, never throw (but delete).
import type { RequestEnvelope } from 'ask-sdk-model';
import { errorFields, type AppLogger } from '../logger';
import { backoffMs, type Deadline } from './deadline';
import { OutOfTimeError, StoreUnavailableError, VersionConflictError } from './errors';
import { mergeRecord } from './merge';
import { freshRecord, parseRecord, type UserRecord } from './record';
import { expiryDue, TTL_ATTRIBUTE } from './table';
import { nextVersion, VERSION_ATTRIBUTE, WRITER_ATTRIBUTE, type Version, type VersionedAdapter } from './versioned';

/** Why a record that was read must not be written: a newer schema wrote it, or it was deleted since it was read. */
export type Frozen = 'newerVersion' | 'deleted';

/** A record as loaded. */
export interface Loaded {
  /** The stored record (parsed, damaged fields repaired), or a fresh one when the store could not be read. */
  readonly record: UserRecord;
  /** The stored version to write over; null when the store could not be read (read again on the next turn). */
  readonly version: Version | null;
  readonly frozen?: Frozen;
  /** Write it even if the turn changes nothing: it was repaired or upgraded, or its expiry is a day old. */
  readonly rewrite?: boolean;
}

/** What a store call needs besides the record: who asks, where to log, by when, and the time of day for the TTL. */
export interface StoreContext {
  readonly adapter: VersionedAdapter;
  readonly envelope: RequestEnvelope;
  readonly logger: AppLogger;
  readonly deadline: Deadline;
  readonly now: Date;
}

/** Store calls tried again after an outage, at most, inside the deadline (the SDK retries inside each call too). */
const OUTAGE_TRIES = 3;
/** A call started with less time than this left would only be aborted. */
const MIN_CALL_MS = 50;

/** `call`, tried again after a store outage while the deadline allows. */
async function retrying<T>(ctx: StoreContext, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || attempt >= OUTAGE_TRIES || ctx.deadline.remaining() < MIN_CALL_MS) throw error;
      await ctx.deadline.pause(backoffMs(attempt));
    }
  }
}

/** Reads and parses the stored record, with the request id that last wrote it; throws when the store fails. */
async function readStored(ctx: StoreContext): Promise<{ loaded: Loaded; writer: unknown }> {
  const attributes = await retrying(ctx, () => ctx.adapter.getAttributes(ctx.envelope, { deadline: ctx.deadline }));
  const { [VERSION_ATTRIBUTE]: given, [WRITER_ATTRIBUTE]: writer, [TTL_ATTRIBUTE]: expiresAt, ...stored } = attributes;
  const version: Version = typeof given === 'number' || typeof given === 'string' ? given : 0;
  const { record, problem, repaired } = parseRecord(stored);
  if (problem === 'newerVersion') {
    ctx.logger.warn('stored record is of a newer schema: read, never written', { schemaVersion: stored.schemaVersion });
    return { loaded: { record, version, frozen: 'newerVersion' }, writer };
  }
  if (problem) ctx.logger.warn('stored record repaired', { problem, repaired });
  const rewrite = problem !== undefined || typeof version === 'string' || expiryDue(expiresAt, ctx.now);
  return { loaded: rewrite ? { record, version, rewrite } : { record, version }, writer };
}

/** Reads and parses the user's record; a store that fails gives a fresh record with a null version. */
export async function loadRecord(ctx: StoreContext): Promise<Loaded> {
  try {
    return (await readStored(ctx)).loaded;
  } catch (error) {
    ctx.logger.error('state load failed', errorFields(error));
    return { record: freshRecord(), version: null };
  }
}

/** The outcome of a save: what is now stored, or why nothing was written. */
export type Saved = { readonly saved: true; readonly loaded: Loaded } | { readonly saved: false; readonly why: 'unread' | Frozen | 'failed' };

/**
 * The failure a failed save logs: the first fault of the store (throttled, failing), which says most; else the
 * last lost race. Never that the turn then ran out of time.
 */
function telling(kept: unknown, error: unknown): unknown {
  if (error instanceof OutOfTimeError) return kept;
  return kept !== undefined && !(kept instanceof VersionConflictError) ? kept : error;
}

/** Writes one save may make at most (each lost race is re-read and merged first); the deadline usually ends it sooner. */
export const SAVE_TRIES = 10;

/**
 * Saves `record`, which was derived from `base`, carrying this request's id. After a lost race or an outage it
 * re-reads: if the stored record carries our id, our write landed (answered late) and counts as saved; if it was
 * deleted since we read it, nothing is written back; otherwise our changes go on top of what is stored and the
 * write is tried again, after a jittered pause and the re-read, inside the deadline. Nothing is written over a record that could
 * not be read or that a newer schema wrote. Never throws.
 */
export async function saveRecord(ctx: StoreContext, record: UserRecord, base: Loaded): Promise<Saved> {
  if (base.frozen) return { saved: false, why: base.frozen };
  if (base.version === null) return { saved: false, why: 'unread' };
  const requestId = ctx.envelope.request.requestId;
  let [attempt, version]: [UserRecord, Version] = [record, base.version];
  let failure: unknown;
  let tries = 0;
  while (tries < SAVE_TRIES && ctx.deadline.remaining() >= MIN_CALL_MS) {
    tries += 1;
    try {
      await ctx.adapter.saveAttributes(ctx.envelope, { ...attempt, [VERSION_ATTRIBUTE]: version, [WRITER_ATTRIBUTE]: requestId }, { deadline: ctx.deadline });
      return { saved: true, loaded: { record: attempt, version: nextVersion(version) } };
    } catch (error) {
      failure = telling(failure, error);
      if (!(error instanceof VersionConflictError || error instanceof StoreUnavailableError)) break;
      if (error instanceof VersionConflictError) ctx.logger.info('save conflict, merging', { lost: tries });
    }
    // Pause before the re-read, not after it: the write goes out as soon as the merge is made, which leaves the
    // other device the least time to slip another write in between.
    await ctx.deadline.pause(backoffMs(tries - 1));
    try {
      const stored = await readStored(ctx);
      if (stored.writer === requestId) return { saved: true, loaded: stored.loaded };
      if (stored.loaded.frozen) return { saved: false, why: stored.loaded.frozen };
      if (stored.loaded.version === 0 && version !== 0) {
        ctx.logger.info('record deleted since it was read: not written back');
        return { saved: false, why: 'deleted' };
      }
      [attempt, version] = [mergeRecord(base.record, record, stored.loaded.record), stored.loaded.version as Version];
    } catch (error) {
      failure = telling(failure, error);
    }
  }
  ctx.logger.error('state save failed', { tries, ...errorFields(failure ?? new StoreUnavailableError()) });
  return { saved: false, why: 'failed' };
}

/**
 * Deletes the user's record, trying again after an outage inside the deadline. A delete that still fails is logged
 * as an error and thrown, so the invocation fails and the function's error alarm sees it.
 */
export async function deleteRecord(ctx: StoreContext): Promise<void> {
  try {
    await retrying(ctx, () => ctx.adapter.deleteAttributes(ctx.envelope, { deadline: ctx.deadline }));
    ctx.logger.info('user record deleted');
  } catch (error) {
    ctx.logger.error('user record delete failed', errorFields(error));
    throw error;
  }
}
