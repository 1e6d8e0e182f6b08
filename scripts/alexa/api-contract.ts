// The documented contract of the Alexa APIs the skill calls, as zod schemas: the Reminders API request body and
// the reminder objects it answers with. The local stand-in checks every request against it.
import { z } from 'zod';

/** A local date and time without a zone: "2026-11-26T08:00:00.000" (the zone is the trigger's timeZoneId). */
const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/, 'a local ISO 8601 date and time, without a zone');

const Day = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

/** An RFC 5545 rule as the Reminders API takes it: "FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;". */
const RecurrenceRule = z
  .string()
  .regex(/^FREQ=(DAILY|WEEKLY)(;BYDAY=[A-Z]{2}(,[A-Z]{2})*)?;BYHOUR=\d{1,2};BYMINUTE=\d{1,2}(;BYSECOND=\d{1,2})?(;INTERVAL=\d+)?;?$/, 'an RRULE with FREQ, BYHOUR and BYMINUTE')
  .refine((rule) => {
    const fields = Object.fromEntries(rule.split(';').filter(Boolean).map((p) => p.split('=')));
    const days = fields.BYDAY ? String(fields.BYDAY).split(',') : [];
    return Number(fields.BYHOUR) < 24 && Number(fields.BYMINUTE) < 60 && days.every((d) => Day.safeParse(d).success) && (fields.FREQ === 'WEEKLY') === days.length > 0;
  }, 'hour, minute and days in range; WEEKLY exactly when BYDAY is given');

const TimeZoneId = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone');

const Recurrence = z.object({
  freq: z.enum(['WEEKLY', 'DAILY']).optional(),
  byDay: z.array(Day).optional(),
  interval: z.number().int().positive().optional(),
  startDateTime: LocalDateTime.optional(),
  endDateTime: LocalDateTime.optional(),
  recurrenceRules: z.array(RecurrenceRule).min(1).optional(),
});

const Trigger = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('SCHEDULED_ABSOLUTE'), scheduledTime: LocalDateTime.optional(), timeZoneId: TimeZoneId.optional(), recurrence: Recurrence.optional() })
    .refine((t) => t.scheduledTime !== undefined || t.recurrence !== undefined, 'an absolute trigger needs a scheduledTime or a recurrence'),
  z.object({ type: z.literal('SCHEDULED_RELATIVE'), offsetInSeconds: z.number().int().positive(), timeZoneId: TimeZoneId.optional() }),
]);

/** The body of POST /v1/alerts/reminders and PUT /v1/alerts/reminders/{alertToken}. */
export const ReminderRequestSchema = z.object({
  requestTime: LocalDateTime,
  trigger: Trigger,
  alertInfo: z.object({
    spokenInfo: z.object({
      content: z.array(z.object({ locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/), text: z.string().min(1).optional(), ssml: z.string().optional() })).min(1),
    }),
  }),
  pushNotification: z.object({ status: z.enum(['ENABLED', 'DISABLED']) }).optional(),
});

export type ReminderRequestBody = z.infer<typeof ReminderRequestSchema>;

/** A reminder as the API keeps and lists it. */
export interface StoredReminder extends ReminderRequestBody {
  readonly alertToken: string;
  readonly createdTime: string;
  readonly updatedTime: string;
  readonly status: 'ON' | 'COMPLETED';
  readonly version: string;
}

/** The error body of the Alexa APIs. */
export const errorBody = (code: string, message: string): { code: string; message: string } => ({ code, message });
