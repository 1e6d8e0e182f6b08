// A reminder as the user chooses it (a time of day and which days), and its form in the Alexa Reminders API:
// an RFC 5545 recurrence rule in the user's time zone. Pure.
import type { services } from 'ask-sdk-model';
import * as z from 'zod/mini';

/** The permission scope the Reminders API needs; asked for by voice. */
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** Which days a reminder rings on: the ids of the ReminderDays slot type. */
export const REMINDER_DAYS = { DAILY: 'daily', WEEKDAYS: 'weekdays', WEEKENDS: 'weekends' } as const;
export type ReminderDays = (typeof REMINDER_DAYS)[keyof typeof REMINDER_DAYS];

/** The reminder a user chose: a local time of day and the days it rings on. Stored as a preference. */
export const ReminderScheduleSchema = z.object({
  hour: z.int().check(z.minimum(0), z.maximum(23)),
  minute: z.int().check(z.minimum(0), z.maximum(59)),
  days: z.enum([REMINDER_DAYS.DAILY, REMINDER_DAYS.WEEKDAYS, REMINDER_DAYS.WEEKENDS]),
});

export type ReminderSchedule = z.infer<typeof ReminderScheduleSchema>;

/** Parts of the day AMAZON.TIME gives for "in the morning", "afternoon", "evening" and "night". */
export const PART_OF_DAY = { MO: 8, AF: 14, EV: 18, NI: 20 } as const;
export type PartOfDay = keyof typeof PART_OF_DAY;

/** What an AMAZON.TIME slot said: a time, only a part of the day, nothing, or something that is no time. */
export type HeardTime =
  | { readonly kind: 'time'; readonly hour: number; readonly minute: number }
  | { readonly kind: 'partOfDay'; readonly part: PartOfDay }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unclear' };

/** An AMAZON.TIME slot value ("08:00", "18:30", "EV", "?", absent) as what the user meant. Pure. */
export function heardTime(value: string | null | undefined): HeardTime {
  const text = value?.trim() ?? '';
  if (!text) return { kind: 'missing' };
  const clock = /^(\d{2}):(\d{2})$/.exec(text);
  if (clock) {
    const hour = Number(clock[1]);
    const minute = Number(clock[2]);
    return hour < 24 && minute < 60 ? { kind: 'time', hour, minute } : { kind: 'unclear' };
  }
  return Object.hasOwn(PART_OF_DAY, text) ? { kind: 'partOfDay', part: text as PartOfDay } : { kind: 'unclear' };
}

const BY_DAY: Record<ReminderDays, string> = { daily: '', weekdays: 'MO,TU,WE,TH,FR', weekends: 'SA,SU' };

/** The recurrence rule of a schedule, as the Reminders API takes it. Pure. */
export function recurrenceRule(schedule: ReminderSchedule): string {
  const days = BY_DAY[schedule.days];
  const frequency = days ? `FREQ=WEEKLY;BYDAY=${days}` : 'FREQ=DAILY';
  return `${frequency};BYHOUR=${schedule.hour};BYMINUTE=${schedule.minute};BYSECOND=0;INTERVAL=1;`;
}

/** The schedule a recurrence rule describes, if it is one this skill writes. Pure. */
export function scheduleOfRule(rule: string): ReminderSchedule | null {
  const fields = Object.fromEntries(rule.split(';').filter(Boolean).map((part) => part.split('=') as [string, string]));
  const days = Object.entries(BY_DAY).find(([, byDay]) => (fields.BYDAY ?? '') === byDay)?.[0];
  const frequencyFits = fields.FREQ === (fields.BYDAY ? 'WEEKLY' : 'DAILY');
  const parsed = ReminderScheduleSchema.safeParse({ hour: Number(fields.BYHOUR), minute: Number(fields.BYMINUTE ?? 0), days });
  return frequencyFits && parsed.success ? parsed.data : null;
}

/** What a reminder request is made of besides the schedule. */
export interface ReminderRequestContext {
  /** The user's local time now, "YYYY-MM-DDTHH:MM:SS". */
  readonly localNow: string;
  /** The user's time zone, or null when it is not known (Alexa then uses the device's own). */
  readonly timeZone: string | null;
  readonly locale: string;
  /** What Alexa says when the reminder rings. */
  readonly text: string;
}

/** The body of a create or update call of the Reminders API for a schedule. Pure. */
export function reminderRequest(schedule: ReminderSchedule, context: ReminderRequestContext): services.reminderManagement.ReminderRequest {
  const localNow = `${context.localNow}.000`;
  return {
    requestTime: localNow,
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      ...(context.timeZone ? { timeZoneId: context.timeZone } : {}),
      recurrence: { startDateTime: localNow, recurrenceRules: [recurrenceRule(schedule)] },
    },
    alertInfo: { spokenInfo: { content: [{ locale: context.locale, text: context.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}
