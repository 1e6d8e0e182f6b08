// The record kept for each user: routine state, progress and the coming-back preferences (weekly goal, the
// routine offer, the reminder chosen), with a schema version. Parsed on every load.
import * as z from 'zod/mini';
import { ReminderScheduleSchema } from '../comeback';
import { RoutineStateSchema, initialState } from '../routine';
import { ProgressSchema, WEEKLY_GOAL, emptyProgress } from '../progress';

/** The current shape of the stored record; bump it and add a migration when the shape changes. */
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

/** Why a stored record could not be used as it was. */
export type RecordProblem = 'corrupt' | 'unknownVersion';

/** The value parsed with `schema`, or `fallback` when it does not fit. Pure. */
function readable<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

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
  return {
    record: {
      ...fresh,
      routine: readable(RoutineStateSchema, fields.routine, fresh.routine),
      progress: readable(ProgressSchema, fields.progress, fresh.progress),
      weeklyGoal: readable(WeeklyGoalSchema, fields.weeklyGoal, fresh.weeklyGoal),
      routineOffer: readable(RoutineOfferSchema, fields.routineOffer, fresh.routineOffer),
      reminderOffered: readable(ReminderOfferedSchema, fields.reminderOffered, fresh.reminderOffered),
      reminder: readable(ReminderSchema, fields.reminder, fresh.reminder),
    },
    problem: fields.schemaVersion === RECORD_SCHEMA_VERSION ? 'corrupt' : 'unknownVersion',
  };
}
