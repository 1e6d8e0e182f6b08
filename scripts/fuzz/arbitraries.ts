// Random conversations for the fuzzer: any intent of the interaction model in any order, with random, missing
// and garbage slot values, launches, session ends, one-shots, SkillDisabled, two devices, days passing.
import fc from 'fast-check';
import { BUTTON_IDS, LOCALES, loadRoutine, type ButtonId } from '../../content';
import { INTENT } from '../../lambda/handlers/intents';
import { REMINDER_DAYS } from '../../lambda/comeback';
import { RECORD_SCHEMA_VERSION, ROUTINE_OFFER, VERSION_ATTRIBUTE } from '../../lambda/persistence';
import { RECENT_COMPLETIONS_KEPT, RECENT_DAYS_KEPT } from '../../lambda/progress';
import { HOLD_SECONDS, REPETITIONS, SIDE, STATUS } from '../../lambda/routine';
import type { SlotFill } from '../alexa/envelopes';
import { readModel } from '../model';

/** One thing that happens to the user's skill. Requests go to the device in use. */
export type Action =
  | { readonly kind: 'launch' }
  | { readonly kind: 'intent'; readonly intent: string; readonly slots: Readonly<Record<string, SlotFill>> }
  /** "Alexa, ask sciatica routine to ...": the open session ends, and the intent opens a new one. */
  | { readonly kind: 'oneShot'; readonly intent: string; readonly slots: Readonly<Record<string, SlotFill>> }
  | { readonly kind: 'endSession'; readonly reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' }
  | { readonly kind: 'disable'; readonly persisted: boolean }
  /** The user turns to their other device; the session on the first one stays open. */
  | { readonly kind: 'switchDevice' }
  | { readonly kind: 'laterDays'; readonly days: number }
  /** A touch on a button of the screen (on a device without one, nothing happens). */
  | { readonly kind: 'touch'; readonly button: ButtonId }
  /** The user answers Alexa's own question after a hand-off (a routine offer, a permission): yes, no or nothing. */
  | { readonly kind: 'alexaAnswers'; readonly said: 'yes' | 'no' | null };

/** A device of the user: its locale and whether it has a screen. */
export interface DeviceSpec {
  readonly locale: string;
  readonly screen: boolean;
}

/** A whole fuzzed conversation: what the store holds for the user at first, two devices, and what happens, in order. */
export interface Scenario {
  /** The stored attributes at the start (an earlier version of the skill or other content may have written them), or undefined for a new user. */
  readonly stored: Record<string, unknown> | undefined;
  readonly devices: readonly [DeviceSpec, DeviceSpec];
  readonly actions: readonly Action[];
}

/** Locales the skill speaks, and some it does not (it must still answer, in its default locale). */
export const FUZZ_LOCALES: readonly string[] = [...LOCALES, 'de-DE', 'en-GB', 'ja-JP'];

/** Strings no one says but a broken ASR or a hostile client might send. */
const TRICKY = ['?', '', ' ', '&', 'a & b', '<speak>', '</speak>', '<break time="10s"/>', ']]>', '"', "it's", '\u0000', '\u202e', '😀🦵', 'NaN', 'Infinity', '-0', '1e309', '0x1F', '3.5', ' 4 ', '99999999999999999999999', 'three', 'the', 'LEFT', 'left leg', 'right side'];

const garbage: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const numberValue: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -3, max: 70 }).map(String),
  fc.constantFrom('2', '3', '30', '45', '60', '1000', '1001', '4294967296'),
  fc.bigInt().map(String),
  fc.double().map(String),
  garbage,
);

/** What Alexa may send for a slot of a type: a value with or without its entity-resolution id, garbage, or nothing. */
function slotFill(type: string, values: readonly { id?: string; names: readonly string[] }[]): fc.Arbitrary<SlotFill> {
  const nothing = fc.constant<SlotFill>({});
  if (type === 'AMAZON.NUMBER') return fc.oneof({ arbitrary: numberValue.map((value) => ({ value })), weight: 5 }, nothing);
  if (values.length === 0) return fc.oneof(garbage.map((value) => ({ value })), nothing);
  const known = fc.constantFrom(...values);
  return fc.oneof(
    { arbitrary: known.chain((v) => fc.constantFrom(...v.names).map((value) => (v.id ? { value, resolved: { name: value, id: v.id } } : { value }))), weight: 4 },
    { arbitrary: known.chain((v) => fc.constantFrom(...v.names).map((value) => ({ value }))), weight: 2 },
    { arbitrary: fc.tuple(garbage, garbage).map(([value, id]) => ({ value, resolved: { name: value, id } })), weight: 1 },
    { arbitrary: garbage.map((value) => ({ value })), weight: 2 },
    nothing,
  );
}

/** An intent with slots: each declared slot absent, empty, or filled as Alexa might fill it. */
type IntentCall = { intent: string; slots: Record<string, SlotFill> };

/** Every intent of the models of LOCALES, with slot values drawn from the model's own slot types. */
export function intentCalls(): fc.Arbitrary<IntentCall> {
  const seen = new Map<string, fc.Arbitrary<IntentCall>>();
  for (const locale of LOCALES) {
    const { intents, types } = readModel(locale).interactionModel.languageModel;
    const valuesOf = (type: string) =>
      (types.find((t) => t.name === type)?.values ?? []).map((v) => ({ ...(v.id ? { id: v.id } : {}), names: [v.name.value, ...(v.name.synonyms ?? [])] }));
    for (const intent of intents) {
      if (seen.has(intent.name)) continue;
      const slots = (intent.slots ?? []).map((slot) => fc.option(slotFill(slot.type, valuesOf(slot.type)), { nil: undefined }).map((fill) => [slot.name, fill] as const));
      seen.set(
        intent.name,
        fc.tuple(...slots).map((pairs) => ({
          intent: intent.name,
          slots: Object.fromEntries(pairs.filter((pair): pair is readonly [string, SlotFill] => pair[1] !== undefined)),
        })),
      );
    }
  }
  const next = seen.get(INTENT.NEXT);
  if (!next) throw new Error(`fuzz: the model has no ${INTENT.NEXT}`);
  // "next" is drawn more often than the rest, so that conversations also reach the end of the routine.
  return fc.oneof({ arbitrary: next, weight: 3 }, { arbitrary: fc.oneof(...seen.values()), weight: 5 });
}

/** One random action; intents are the most likely. */
export function actions(): fc.Arbitrary<Action> {
  const call = intentCalls();
  return fc.oneof(
    { arbitrary: call.map((c): Action => ({ kind: 'intent', ...c })), weight: 16 },
    { arbitrary: fc.constant<Action>({ kind: 'launch' }), weight: 2 },
    { arbitrary: call.map((c): Action => ({ kind: 'oneShot', ...c })), weight: 1 },
    { arbitrary: fc.constantFrom('USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS', 'ERROR').map((reason): Action => ({ kind: 'endSession', reason })), weight: 1 },
    { arbitrary: fc.boolean().map((persisted): Action => ({ kind: 'disable', persisted })), weight: 1 },
    { arbitrary: fc.constant<Action>({ kind: 'switchDevice' }), weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: 3 }).map((days): Action => ({ kind: 'laterDays', days })), weight: 1 },
    { arbitrary: fc.constantFrom(...BUTTON_IDS).map((button): Action => ({ kind: 'touch', button })), weight: 3 },
    { arbitrary: fc.constantFrom('yes', 'no', null).map((said): Action => ({ kind: 'alexaAnswers', said })), weight: 2 },
  );
}

const day = fc.date({ min: new Date('2026-10-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A record the schema accepts, with any position up to the schema's bound (beyond the routine when content shrank). */
const validRecord: fc.Arbitrary<Record<string, unknown>> = fc.record({
  schemaVersion: fc.constant(RECORD_SCHEMA_VERSION),
  routine: fc.record({
    status: fc.constantFrom(...Object.values(STATUS)),
    exercise: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 50 })),
    sideIndex: fc.constantFrom(0, 1),
    affectedSide: fc.constantFrom(SIDE.LEFT, SIDE.RIGHT, null),
    settings: fc.record({
      holdSeconds: fc.constantFrom(...HOLD_SECONDS),
      repetitions: fc.constantFrom(...REPETITIONS),
      easier: fc.array(fc.oneof(fc.constantFrom(...loadRoutine(LOCALES[0]).exercises.map((e) => e.id)), garbage), { maxLength: 20 }),
    }),
    safetyNoticeHeard: fc.boolean(),
  }),
  progress: fc.record(
    {
      completed: fc.nat({ max: 5000 }),
      lastDate: fc.option(day, { nil: null }),
      streak: fc.nat({ max: 400 }),
      recent: fc.array(fc.string({ maxLength: 30 }), { maxLength: RECENT_COMPLETIONS_KEPT }),
      days: fc.uniqueArray(day, { maxLength: RECENT_DAYS_KEPT }),
      bestWeek: fc.integer({ min: 0, max: 7 }),
    },
    // Records written before weeks were counted have no days and no best week.
    { requiredKeys: ['completed', 'lastDate', 'streak', 'recent'] },
  ),
  weeklyGoal: fc.integer({ min: 1, max: 7 }),
  routineOffer: fc.constantFrom(...Object.values(ROUTINE_OFFER)),
  reminderOffered: fc.boolean(),
  reminder: fc.option(fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), days: fc.constantFrom(...Object.values(REMINDER_DAYS)) }), { nil: null }),
}, { requiredKeys: ['schemaVersion', 'routine', 'progress'] });

/** A damaged record: one part replaced by anything, an unknown schema version, or not a record at all. */
const damagedRecord: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc
    .tuple(validRecord, fc.constantFrom('schemaVersion', 'routine', 'progress', 'weeklyGoal', 'routineOffer', 'reminderOffered', 'reminder'), fc.anything())
    .map(([record, key, junk]) => ({ ...record, [key]: junk })),
  validRecord.map((record) => ({ ...record, schemaVersion: RECORD_SCHEMA_VERSION + 1 })),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.anything(), { maxKeys: 4 }),
);

/** What the store may hold for a user at the start: nothing, a record (valid or damaged), with any version. */
export function storedRecords(): fc.Arbitrary<Record<string, unknown> | undefined> {
  const version = fc.oneof(fc.nat({ max: 20 }), fc.anything());
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: fc.tuple(validRecord, version).map(([record, v]) => ({ ...record, [VERSION_ATTRIBUTE]: v })), weight: 3 },
    { arbitrary: fc.tuple(damagedRecord, version).map(([record, v]) => ({ ...record, [VERSION_ATTRIBUTE]: v })), weight: 1 },
  );
}

const device: fc.Arbitrary<DeviceSpec> = fc.record({ locale: fc.constantFrom(...FUZZ_LOCALES), screen: fc.boolean() });

/** A conversation of up to `maxActions` actions over two devices. */
export function scenarios(maxActions = 40): fc.Arbitrary<Scenario> {
  return fc.record({
    stored: storedRecords(),
    devices: fc.tuple(device, device),
    actions: fc.array(actions(), { minLength: 1, maxLength: maxActions, size: 'max' }),
  });
}
