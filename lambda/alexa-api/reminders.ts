// The user's reminder through the Alexa Reminders API (ask-sdk-core's ReminderManagementServiceClient): listed,
// created or replaced (one reminder a user at most), and cancelled. Answers are parsed at the edge with zod.
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { scheduleOfRule, type ReminderSchedule } from '../comeback';
import type { ApiBudget } from './budget';
import { callApi, type ApiResult } from './call';

/** One of this skill's reminders for the user: its token, and its schedule when it is one this skill wrote. */
export interface ListedReminder {
  readonly alertToken: string;
  readonly schedule: ReminderSchedule | null;
}

const ReminderSchema = z.object({
  alertToken: z.string().check(z.minLength(1)),
  status: z.optional(z.string()),
  trigger: z.optional(z.object({ recurrence: z.optional(z.object({ recurrenceRules: z.optional(z.array(z.string())) })) })),
});
const ListSchema = z.object({ alerts: z.optional(z.array(ReminderSchema)) });
const SavedSchema = z.object({ alertToken: z.string().check(z.minLength(1)) });

/** A failure of one result as the failure of another. */
const failedAs = <T>(result: ApiResult<unknown> & { ok: false }): ApiResult<T> => result;

/** Checks an answer's shape; a wrong one is a failed call. */
function parsed<T>(schema: z.ZodMiniType<T>, value: unknown): ApiResult<T> {
  const result = schema.safeParse(value ?? {});
  return result.success ? { ok: true, value: result.data } : { ok: false, failure: 'failed', error: result.error };
}

/** The reminders this skill set for the user that still ring (a finished one-off is left out). */
export async function listReminders(input: HandlerInput, budget: ApiBudget): Promise<ApiResult<ListedReminder[]>> {
  const result = await callApi(input, budget, (f) => f.getReminderManagementServiceClient().getReminders());
  if (!result.ok) return failedAs(result);
  const list = parsed(ListSchema, result.value);
  if (!list.ok) return failedAs(list);
  const ringing = (list.value.alerts ?? []).filter((alert) => alert.status !== 'COMPLETED');
  return {
    ok: true,
    value: ringing.map((alert) => ({ alertToken: alert.alertToken, schedule: scheduleOfRule(alert.trigger?.recurrence?.recurrenceRules?.[0] ?? '') })),
  };
}

/**
 * Sets the user's one reminder: updates the one this skill already set (deleting any extra), or creates it.
 * Says which it did.
 */
export async function saveReminder(
  input: HandlerInput,
  budget: ApiBudget,
  request: services.reminderManagement.ReminderRequest,
): Promise<ApiResult<'created' | 'replaced'>> {
  const listed = await listReminders(input, budget);
  if (!listed.ok) return failedAs(listed);
  const [current, ...extra] = listed.value;
  const saved = await callApi(input, budget, (f) =>
    current ? f.getReminderManagementServiceClient().updateReminder(current.alertToken, request) : f.getReminderManagementServiceClient().createReminder(request),
  );
  if (!saved.ok) return failedAs(saved);
  const answer = parsed(SavedSchema, saved.value);
  if (!answer.ok) return failedAs(answer);
  for (const stale of extra) await callApi(input, budget, (f) => f.getReminderManagementServiceClient().deleteReminder(stale.alertToken));
  return { ok: true, value: current ? 'replaced' : 'created' };
}

/** Cancels every reminder this skill set for the user; resolves to how many there were. */
export async function cancelReminders(input: HandlerInput, budget: ApiBudget): Promise<ApiResult<number>> {
  const listed = await listReminders(input, budget);
  if (!listed.ok) return failedAs(listed);
  for (const reminder of listed.value) {
    const deleted = await callApi(input, budget, (f) => f.getReminderManagementServiceClient().deleteReminder(reminder.alertToken));
    if (!deleted.ok) return failedAs(deleted);
  }
  return { ok: true, value: listed.value.length };
}
