// The zod schema of the routine content: every word the skill speaks, checked once when it is loaded.
// zod/mini (checks as functions) keeps the Lambda bundle small: the full zod API is about 450 KB minified.
import * as z from 'zod/mini';
import { EXERCISE_ID } from './constants';

export { EXERCISE_ID, FORMS, type FormName } from './constants';
import { MESSAGE_PLACEHOLDERS, type MessageKey } from './messages';
import { ScreenWordsSchema } from './screen';

/** A sentence the user hears: trimmed, non-empty, short enough to take in once with eyes closed. */
const Sentence = z.string().check(z.trim(), z.minLength(1), z.maxLength(400));
const Sentences = z.array(Sentence).check(z.minLength(1), z.maxLength(6));

/** A held stretch whose hold and rounds come from the user's settings, capped where a longer hold is not wise. */
export const HoldDoseSchema = z.object({
  kind: z.literal('hold'),
  restSeconds: z.int().check(z.minimum(5), z.maximum(60)),
  /** The longest hold this stretch takes, whatever the setting (a forward bend is held 20 to 30 s). */
  maxHoldSeconds: z.optional(z.int().check(z.minimum(10), z.maximum(60))),
});

/** A held stretch with its own fixed hold and rounds (the gentler forms). */
export const FixedHoldDoseSchema = z.object({
  kind: z.literal('fixedHold'),
  restSeconds: z.int().check(z.minimum(5), z.maximum(60)),
  holdSeconds: z.int().check(z.minimum(10), z.maximum(60)),
  repetitions: z.int().check(z.minimum(1), z.maximum(5)),
});

/** A paced movement: slow repetitions counted by the skill, in sets, with a tempo for each lift. */
export const PacedDoseSchema = z.object({
  kind: z.literal('paced'),
  repetitions: z.int().check(z.minimum(1), z.maximum(20)),
  sets: z.int().check(z.minimum(1), z.maximum(3)),
  upSeconds: z.int().check(z.minimum(1), z.maximum(5)),
  topSeconds: z.int().check(z.minimum(0), z.maximum(5)),
  downSeconds: z.int().check(z.minimum(1), z.maximum(5)),
  restSeconds: z.int().check(z.minimum(5), z.maximum(60)),
  /** The counting words, when "{n}, up." and "And down." do not fit the movement. */
  countCue: z.optional(Sentence),
  returnCue: z.optional(Sentence),
});

export const DoseSchema = z.discriminatedUnion('kind', [HoldDoseSchema, FixedHoldDoseSchema, PacedDoseSchema]);


/**
 * One way to do an exercise. `{side}` and `{other}` in texts become "left" and "right". The narration says
 * `getInPlace`, leaves `settleSeconds` of silence, then the steps (or `cue` in the short form), then the holds.
 */
export const FormSchema = z.object({
  name: Sentence,
  /** What this form does, when it differs from the exercise's purpose (a seated form does not work balance). */
  purpose: z.optional(Sentence),
  /** How to get into place, a few short sentences (full form). */
  getInPlace: Sentences,
  /** One sentence to get into place (short form, for a returning user). */
  getInPlaceShort: Sentence,
  /** Silence after getting into place: about 10 s to stand by a wall, 15 s to get down to the floor. */
  settleSeconds: z.int().check(z.minimum(5), z.maximum(30)),
  /** The stretch itself, one action a sentence (full form). */
  steps: Sentences,
  /** The stretch in one line (short form). */
  cue: Sentence,
  /** Changing to the second side, already in place (per-side exercises). */
  switchSides: z.string().check(z.trim(), z.maxLength(400)),
  /** Silence to change sides. */
  switchSeconds: z.int().check(z.minimum(3), z.maximum(20)),
  feel: Sentence,
  avoid: Sentence,
  dose: DoseSchema,
});

/** One spoken word for a side. */
const SideWord = z.string().check(z.trim(), z.minLength(1), z.maxLength(20));


/** One exercise of the routine and its four forms. */
export const ExerciseSchema = z.object({
  id: z.string().check(z.regex(EXERCISE_ID)),
  name: Sentence,
  synonyms: z.array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(2), z.maxLength(60))).check(z.minLength(1)),
  perSide: z.boolean(),
  purpose: Sentence,
  whyItHelps: z.string().check(z.trim(), z.minLength(1), z.maxLength(1200)),
  forms: z.object({ floor: FormSchema, easier: FormSchema, chair: FormSchema, chairEasier: FormSchema }),
});

const CueKeys = ['holdStart', 'halfway', 'tenMore', 'release', 'rest', 'again', 'repetition', 'paceCount', 'paceDown', 'setIntro', 'setRest', 'setsDone', 'takeYourTime', 'whenReady'] as const;

/** Placeholders a text uses, in order of appearance. Pure. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

/** A message: a sentence that uses only the placeholders declared for its key. */
const messageText = (key: MessageKey) =>
  Sentence.check(
    z.refine((text) => placeholdersOf(text).every((p) => (MESSAGE_PLACEHOLDERS[key] as readonly string[]).includes(p)), `message ${key} uses a placeholder it does not declare`),
  );

const messageKeys = Object.keys(MESSAGE_PLACEHOLDERS) as MessageKey[];

/**
 * A phrase that starts the routine Alexa offers to set up: the rules of a sample utterance (lower-case words,
 * no digits), short enough to say in one breath.
 */
const RoutinePhrase = z.string().check(z.regex(/^[\p{Ll}']+( [\p{Ll}']+){1,7}$/u));

/** The whole content of one locale. */
export const RoutineSchema = z.object({
  locale: z.string().check(z.regex(/^[a-z]{2}-[A-Z]{2}$/)),
  /** Only in a variant's file: the locale whose text it changes (see content/override.ts). */
  base: z.optional(z.string().check(z.regex(/^[a-z]{2}-[A-Z]{2}$/))),
  exercises: z
    .array(ExerciseSchema)
    .check(z.minLength(1), z.maxLength(8), z.refine((list) => new Set(list.map((e) => e.id)).size === list.length, 'exercise ids must be unique')),
  /**
   * The words for each side: `{side}` and `{other}` in exercise texts, `{side}` in messages. Languages whose
   * adjectives agree with the noun add forms, used as `{side_f}` and `{other_f}` ("la rodilla izquierda").
   */
  sides: z.object({
    left: SideWord,
    right: SideWord,
    forms: z.record(z.string().check(z.regex(/^[a-z]{1,3}$/)), z.object({ left: SideWord, right: SideWord })),
  }),
  /** Whether times are said on a 24-hour clock ("20 Uhr 30", messages clockHour, clockHourMinute) or with AM and PM. */
  clock24: z.boolean(),
  /** Numbers said digit by digit wherever they appear ("911" as "nine one one"): the emergency numbers. */
  sayAsDigits: z.array(z.string().check(z.regex(/^\d{2,4}$/))),
  cues: z.object(Object.fromEntries(CueKeys.map((k) => [k, Sentence])) as Record<(typeof CueKeys)[number], typeof Sentence>),
  chime: z.string().check(z.startsWith('soundbank://')),
  messages: z.object(Object.fromEntries(messageKeys.map((k) => [k, messageText(k)])) as Record<MessageKey, typeof Sentence>),
  /** Words shown on a device with a screen. */
  screen: ScreenWordsSchema,
  /** Phrases for "Alexa, start my sciatica routine", most preferred first (Alexa takes up to five). */
  routinePhrases: z
    .array(RoutinePhrase)
    .check(z.minLength(1), z.maxLength(5), z.refine((list) => new Set(list).size === list.length, 'routine phrases must be unique')),
});

export type Routine = z.infer<typeof RoutineSchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
export type Form = z.infer<typeof FormSchema>;
export type Dose = z.infer<typeof DoseSchema>;
export type HoldDose = z.infer<typeof HoldDoseSchema>;
export type FixedHoldDose = z.infer<typeof FixedHoldDoseSchema>;
export type PacedDose = z.infer<typeof PacedDoseSchema>;
export type CueKey = (typeof CueKeys)[number];
export { MESSAGE_PLACEHOLDERS, type MessageKey, type MessageVars } from './messages';
