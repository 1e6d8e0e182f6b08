// The zod schema of the routine content: every word the skill speaks, checked once when it is loaded.
// zod/mini (checks as functions) keeps the Lambda bundle small: the full zod API is about 450 KB minified.
import * as z from 'zod/mini';
import { ScreenWordsSchema } from './screen';

/** A sentence the user hears: trimmed, non-empty, short enough to take in once with eyes closed. */
const Sentence = z.string().check(z.trim(), z.minLength(1), z.maxLength(400));

/** A held stretch: hold, release, rest, repeat. Hold seconds and repetitions come from the user's settings. */
export const HoldDoseSchema = z.object({
  kind: z.literal('hold'),
  restSeconds: z.int().check(z.minimum(5), z.maximum(60)),
});

/** A held stretch with its own fixed hold and repetitions (the easier variations). */
export const FixedHoldDoseSchema = z.extend(HoldDoseSchema, {
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
});

/** The easier variation offered on "make it easier" or after "it hurts". */
export const EasierSchema = z.object({
  name: Sentence,
  steps: z.array(Sentence).check(z.minLength(1), z.maxLength(6)),
  dose: z.discriminatedUnion('kind', [FixedHoldDoseSchema, PacedDoseSchema]),
});

/** One exercise of the routine. `{side}` and `{other}` in texts become "left" and "right". */
export const ExerciseSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: Sentence,
  synonyms: z.array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(2), z.maxLength(60))).check(z.minLength(1)),
  perSide: z.boolean(),
  purpose: Sentence,
  getInPlace: Sentence,
  steps: z.array(Sentence).check(z.minLength(1), z.maxLength(6)),
  switchSides: z.string().check(z.maxLength(400)),
  feel: Sentence,
  avoid: Sentence,
  whyItHelps: z.string().check(z.trim(), z.minLength(1), z.maxLength(1200)),
  dose: z.discriminatedUnion('kind', [HoldDoseSchema, PacedDoseSchema]),
  easier: EasierSchema,
});

const CueKeys = ['holdStart', 'halfway', 'tenMore', 'release', 'rest', 'again', 'repetition', 'paceCount', 'paceDown', 'setIntro', 'setRest', 'setsDone'] as const;

/** Every message key the skill uses; a missing one fails at load, not in front of a user. */
export const MESSAGE_KEYS = [
  'welcomeFirst', 'safetyNotice', 'askSide', 'askSideReprompt', 'sideSet', 'welcomeBack', 'welcomeBackRound', 'welcomeBackDone', 'welcomeBackReprompt',
  'welcomeAgain', 'welcomeAgainReprompt', 'sideWords', 'offerStartOver', 'offerStartOverReprompt', 'maybeLater',
  'exerciseIntro', 'exerciseIntroBrief', 'easierIntro', 'sideIntro', 'sideDonePrompt', 'exerciseDonePrompt',
  'lastDonePrompt', 'stepPrompt', 'finished', 'finishedCount', 'finishedFirst', 'finishedStreak', 'closing',
  'goodbye', 'pausedPlace', 'pausedAfter', 'pausedReprompt', 'resumeIntro', 'nothingPaused', 'atStart', 'alreadyFinished',
  'startAgainOffer', 'notStartedReprompt', 'startingOver', 'skipping', 'goToInvalid', 'explainIntro',
  'explainFeel', 'explainAvoid', 'explainPrompt', 'explainPromptIdle', 'explainUnknown', 'whyIntro', 'whyGeneral',
  'painAnswer', 'painPrompt', 'easierOn', 'easierAlready', 'harderOff', 'harderHold', 'harderMax', 'harderPaced',
  'holdSet', 'holdInvalid', 'repsSet', 'repsInvalid', 'sideInvalid', 'settingsPrompt', 'leftCount', 'leftOne',
  'leftNone', 'leftIdle', 'helpIdle', 'helpActive', 'helpFinished', 'fallback', 'fallbackActive',
  'yesNoNothing', 'error', 'errorReprompt', 'saveWarning', 'progressNone', 'progressSome', 'progressOne',
  'progressStreak', 'today', 'yesterday', 'daysAgo', 'andWord',
] as const;

/** The whole content of one locale. */
export const RoutineSchema = z.object({
  locale: z.string().check(z.regex(/^[a-z]{2}-[A-Z]{2}$/)),
  exercises: z
    .array(ExerciseSchema)
    .check(z.minLength(1), z.maxLength(8), z.refine((list) => new Set(list.map((e) => e.id)).size === list.length, 'exercise ids must be unique')),
  sides: z.object({ left: z.string().check(z.minLength(1)), right: z.string().check(z.minLength(1)) }),
  cues: z.object(Object.fromEntries(CueKeys.map((k) => [k, Sentence])) as Record<(typeof CueKeys)[number], typeof Sentence>),
  chime: z.string().check(z.startsWith('soundbank://')),
  messages: z.object(
    Object.fromEntries(MESSAGE_KEYS.map((k) => [k, Sentence])) as Record<(typeof MESSAGE_KEYS)[number], typeof Sentence>,
  ),
  /** Words shown on a device with a screen. */
  screen: ScreenWordsSchema,
});

export type Routine = z.infer<typeof RoutineSchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
export type HoldDose = z.infer<typeof HoldDoseSchema>;
export type FixedHoldDose = z.infer<typeof FixedHoldDoseSchema>;
export type PacedDose = z.infer<typeof PacedDoseSchema>;
export type MessageKey = (typeof MESSAGE_KEYS)[number];
export type CueKey = (typeof CueKeys)[number];
