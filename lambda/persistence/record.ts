// The record kept for each user: routine state and progress, with a schema version. Parsed on every load.
import * as z from 'zod/mini';
import { RoutineStateSchema, initialState } from '../routine';
import { ProgressSchema, emptyProgress } from '../progress';

/** The current shape of the stored record; bump it and add a migration when the shape changes. */
export const RECORD_SCHEMA_VERSION = 1;

export const UserRecordSchema = z.object({
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION),
  routine: RoutineStateSchema,
  progress: ProgressSchema,
});

export type UserRecord = z.infer<typeof UserRecordSchema>;

/** The record of a user never seen before. Pure. */
export function freshRecord(): UserRecord {
  return { schemaVersion: RECORD_SCHEMA_VERSION, routine: initialState(), progress: emptyProgress() };
}

/**
 * Older shapes of schema version 1, brought up to date before parsing: `affectedSide` was renamed `startSide`
 * (the side the routine starts with is a preference, not a fact about the user's health). Pure.
 */
function migrate(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null) return stored;
  const fields = stored as Record<string, unknown>;
  const routine = fields.routine;
  if (typeof routine !== 'object' || routine === null || !('affectedSide' in routine)) return stored;
  const { affectedSide, ...rest } = routine as Record<string, unknown>;
  return { ...fields, routine: { startSide: affectedSide, ...rest } };
}

/** Why a stored record could not be used as it was. */
export type RecordProblem = 'corrupt' | 'unknownVersion';

/**
 * The stored attributes as a valid record. An unreadable or unknown record becomes a fresh one and the
 * problem is reported, so the caller can log it: the skill never fails on bad stored data. Pure.
 */
export function parseRecord(raw: unknown): { record: UserRecord; problem?: RecordProblem } {
  const stored = migrate(raw);
  if (stored === undefined || stored === null || (typeof stored === 'object' && Object.keys(stored).length === 0)) {
    return { record: freshRecord() };
  }
  const parsed = UserRecordSchema.safeParse(stored);
  if (parsed.success) return { record: parsed.data };
  // Keep whichever part is still readable, so a damaged position never costs the user their progress.
  const fields = typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const fresh = freshRecord();
  const routine = RoutineStateSchema.safeParse(fields.routine);
  const progress = ProgressSchema.safeParse(fields.progress);
  return {
    record: {
      ...fresh,
      routine: routine.success ? routine.data : fresh.routine,
      progress: progress.success ? progress.data : fresh.progress,
    },
    problem: fields.schemaVersion === RECORD_SCHEMA_VERSION ? 'corrupt' : 'unknownVersion',
  };
}
