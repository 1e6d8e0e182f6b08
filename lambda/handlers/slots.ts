// Slot values parsed at the edge with zod: what the user said becomes a typed value or a clear "not understood".
import { getRequest, type HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import * as z from 'zod/mini';
import type { Routine } from '../../content/schema';
import { REMINDER_DAYS, type ReminderDays } from '../comeback';
import type { Side } from '../routine';
import { touchOf } from './buttons';

const SlotSchema = z.object({
  value: z.optional(z.string()),
  resolutions: z.optional(
    z.object({
      resolutionsPerAuthority: z.optional(
        z.array(
          z.object({
            status: z.object({ code: z.string() }),
            values: z.optional(z.array(z.object({ value: z.object({ name: z.string(), id: z.optional(z.string()) }) }))),
          }),
        ),
      ),
    }),
  ),
});

type Slot = z.infer<typeof SlotSchema>;

/** A slot as said, or as filled by the screen button touched. */
function slotOf(input: HandlerInput, name: string): Slot | null {
  const touched = touchOf(input)?.slots[name];
  if (touched !== undefined) return { value: touched };
  const request = getRequest<IntentRequest>(input.requestEnvelope);
  const parsed = SlotSchema.safeParse(request.intent?.slots?.[name]);
  return parsed.success && parsed.data.value?.trim() ? parsed.data : null;
}

/** The id of the first entity-resolution match, if Alexa found one. */
function resolvedId(slot: Slot): string | null {
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    const value = authority.values?.[0]?.value;
    if (value) return value.id ?? value.name;
  }
  return null;
}

const normalize = (text: string): string => text.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').replace(/^the /, '').trim();

/** An exercise slot: not said, understood (index in the routine), or said but unknown. */
export type ExerciseSlot = { kind: 'none' } | { kind: 'known'; index: number } | { kind: 'unknown'; heard: string };

/** Which exercise the user named, by resolution id or by name and synonyms. */
export function exerciseSlot(input: HandlerInput, routine: Routine, name: string): ExerciseSlot {
  const slot = slotOf(input, name);
  if (!slot?.value) return { kind: 'none' };
  const id = resolvedId(slot);
  const heard = normalize(slot.value);
  const index = routine.exercises.findIndex(
    (e) => e.id === id || normalize(e.name) === heard || e.synonyms.some((s) => normalize(s) === heard),
  );
  return index >= 0 ? { kind: 'known', index } : { kind: 'unknown', heard: slot.value };
}

const IntegerSchema = z.pipe(z.coerce.number(), z.int().check(z.minimum(0), z.maximum(1000)));

/** A number slot as an integer, or null when missing or not understood (Alexa sends "?"). */
export function numberSlot(input: HandlerInput, name: string): number | null {
  const slot = slotOf(input, name);
  const parsed = IntegerSchema.safeParse(slot?.value);
  return parsed.success ? parsed.data : null;
}

const SideSchema = z.enum(['left', 'right']);

/** The side the user named, or null. */
export function sideSlot(input: HandlerInput, name: string): Side | null {
  const slot = slotOf(input, name);
  if (!slot) return null;
  const parsed = SideSchema.safeParse((resolvedId(slot) ?? slot.value ?? '').toLowerCase().trim());
  return parsed.success ? parsed.data : null;
}

/** A slot's words as Alexa filled them (an AMAZON.TIME slot gives "08:00", "EV" or "?"), or null when empty. */
export function textSlot(input: HandlerInput, name: string): string | null {
  return slotOf(input, name)?.value?.trim() ?? null;
}

const ReminderDaysSchema = z.enum([REMINDER_DAYS.DAILY, REMINDER_DAYS.WEEKDAYS, REMINDER_DAYS.WEEKENDS]);

/** Which days the user named for a reminder ("on weekdays"), by resolution id or value, or null. */
export function reminderDaysSlot(input: HandlerInput, name: string): ReminderDays | null {
  const slot = slotOf(input, name);
  if (!slot) return null;
  const parsed = ReminderDaysSchema.safeParse((resolvedId(slot) ?? slot.value ?? '').toLowerCase().trim());
  return parsed.success ? parsed.data : null;
}
