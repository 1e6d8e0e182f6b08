// The record kept for each user: routine state, progress and the coming-back preferences (weekly goal, the
// routine offer, the reminder chosen), with a schema version. Parsed on every load, field by field, so one damaged
// value never costs the user the rest of what is saved.
import * as z from 'zod/mini';
import { ReminderScheduleSchema } from '../comeback';
import { RoutineStateSchema, initialState } from '../routine';
import { ProgressSchema, WEEKLY_GOAL, emptyProgress } from '../progress';

/**
 * The current shape of the stored record. Bump it when a change must not be undone by older code (a field that
 * older code would drop on its next save): code never writes over a record of a newer version than its own.
 */
export const RECORD_SCHEMA_VERSION = 1;

/** Where the offer to set up "Alexa, start my sciatica routine" stands: never made, made, or answered. */
export const ROUTINE_OFFER = { NONE: 'none', OFFERED: 'offered', ACCEPTED: 'accepted', DECLINED: 'declined' } as const;

/** The fields added after the first version: each has a default, so an older record still parses. */
const WeeklyGoalSchema = z._default(z.int().check(z.minimum(WEEKLY_GOAL.MIN), z.maximum(WEEKLY_GOAL.MAX)), WEEKLY_GOAL.DEFAULT);
const RoutineOfferSchema = z._default(
  z.enum([ROUTINE_OFFER.NONE, ROUTINE_OFFER.OFFERED, ROUTINE_OFFER.ACCEPTED, ROUTINE_OFFER.DECLINED]),
  ROUTINE_OFFER.NONE,
);
const ReminderOfferedSchema = z._default(z.boolean(), false);
const ReminderSchema = z._default(z.nullable(ReminderScheduleSchema), null);

export const UserRecordSchema = z.object({
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION),
  routine: RoutineStateSchema,
  progress: ProgressSchema,
  /** Days a week the user aims to do the routine. */
  weeklyGoal: WeeklyGoalSchema,
  /** The offer of a pre-built routine: made once, never again after a no unless the user asks. */
  routineOffer: RoutineOfferSchema,
  /** Whether a daily reminder was offered after a finished routine (once). */
  reminderOffered: ReminderOfferedSchema,
  /** The reminder the user chose (time and days); the Reminders API holds the reminder itself. */
  reminder: ReminderSchema,
});

export type UserRecord = z.infer<typeof UserRecordSchema>;

/** The record of a user never seen before. Pure. */
export function freshRecord(): UserRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    routine: initialState(),
    progress: emptyProgress(),
    weeklyGoal: WEEKLY_GOAL.DEFAULT,
    routineOffer: ROUTINE_OFFER.NONE,
    reminderOffered: false,
    reminder: null,
  };
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

/**
 * Why a stored record could not be used as it was: some fields were damaged and repaired; it was written by an
 * older or unknown schema (read as far as it goes, upgraded on the next save); or by a newer one (read as far as
 * it goes, never written over).
 */
export type RecordProblem = 'corrupt' | 'unknownVersion' | 'newerVersion';

/** A stored record as read: the record, and what was wrong with it, if anything. */
export interface ParsedRecord {
  readonly record: UserRecord;
  readonly problem?: RecordProblem;
  /** Paths of the fields that were damaged or missing and took their fresh value (`progress.streak`). */
  readonly repaired?: readonly string[];
}

type Fields = Record<string, unknown>;
type AnyObjectSchema = z.ZodMiniObject<Readonly<Record<string, z.ZodMiniType>>>;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `stored` read against `schema` one field at a time: a field that parses alone is kept, one that does not takes
 * its value from `fallback` and its path goes into `repaired`. Nested objects are read the same way, so a new
 * field of any part of the record is recovered without code of its own. Pure.
 */
function recover(schema: AnyObjectSchema, stored: unknown, fallback: Fields, path: string, repaired: string[]): Fields {
  if (!isFields(stored)) {
    repaired.push(path);
    return fallback;
  }
  const entries = Object.entries(schema.shape).map(([key, field]) => {
    const at = path ? `${path}.${key}` : key;
    if (field instanceof z.ZodMiniObject) return [key, recover(field as AnyObjectSchema, stored[key], fallback[key] as Fields, at, repaired)];
    const parsed = field.safeParse(stored[key]);
    if (!parsed.success) repaired.push(at);
    return [key, parsed.success ? parsed.data : fallback[key]];
  });
  return Object.fromEntries(entries);
}

const isEmpty = (stored: unknown): boolean => stored === undefined || stored === null || (isFields(stored) && Object.keys(stored).length === 0);

/**
 * The stored attributes as a valid record of the current version, keeping every field that is still readable,
 * with what was wrong, so the caller can log it and decide whether to write: the skill never fails on bad stored
 * data. Pure.
 */
export function parseRecord(raw: unknown): ParsedRecord {
  const stored = migrate(raw);
  if (isEmpty(stored)) return { record: freshRecord() };
  const whole = UserRecordSchema.safeParse(stored);
  if (whole.success) return { record: whole.data };
  const schemaVersion = isFields(stored) ? stored.schemaVersion : undefined;
  const repaired: string[] = [];
  const recovered = recover(UserRecordSchema, isFields(stored) ? { ...stored, schemaVersion: RECORD_SCHEMA_VERSION } : stored, freshRecord(), '', repaired);
  // Each field parsed alone; the whole is checked again in case the schema ties fields together.
  const checked = UserRecordSchema.safeParse(recovered);
  const record = checked.success ? checked.data : freshRecord();
  const problem: RecordProblem =
    typeof schemaVersion === 'number' && schemaVersion > RECORD_SCHEMA_VERSION
      ? 'newerVersion'
      : schemaVersion === RECORD_SCHEMA_VERSION
        ? 'corrupt'
        : 'unknownVersion';
  return { record, problem, repaired: repaired.map((path) => path || 'record') };
}
