// One turn of the conversation: what the turn knows before any handler runs. The user's record (read once per
// session), the routine content, the user's time zone and day (the zone read once per session), the question
// the skill is waiting on, and how far the previous answer's narration got. Handlers change `turn.record`; the
// save interceptor persists it.
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import * as z from 'zod/mini';
import { loadRoutine, type Routine } from '../../content';
import { readTimeZone, startBudget, type ApiBudget } from '../alexa-api';
import { ReminderScheduleSchema, type ReminderSchedule } from '../comeback';
import type { ResolvedDeps } from '../deps';
import { Deadline, loadRecord, mergeRecord, UserRecordSchema, type Loaded, type StoreContext, type UserRecord } from '../persistence';
import { dayOf, FALLBACK_TIME_ZONE, isKnownTimeZone, recordPractice } from '../progress';
import { clampPosition, exerciseComplete, transition } from '../routine';
import { heardAt, PENDING, shapeOf, type Pending, type Placement } from '../speech';

const PlaceSchema = z.object({ sideIndex: z.union([z.literal(0), z.literal(1)]), round: z.int().check(z.minimum(0), z.maximum(10)) });

/** A narration as kept in the session: where its rounds end, and when it began (epoch ms). */
const NarrationSchema = z.object({
  at: z.number(),
  exercise: z.int().check(z.minimum(0)),
  from: PlaceSchema,
  marks: z.array(z.extend(PlaceSchema, { end: z.number(), inPlace: z.boolean() })).check(z.maxLength(16)),
  end: z.number(),
});

/** What the session carries between turns, parsed on every request. */
export const SessionSchema = z.object({
  /** The record as the last turn left it. */
  record: z.optional(UserRecordSchema),
  /** The stored version it was derived from (null: the store could not be read yet). */
  version: z.optional(z.nullable(z.union([z.int().check(z.minimum(0)), z.string()]))),
  /** The stored record at that version, when it differs from `record` (changes not saved yet). */
  base: z.optional(UserRecordSchema),
  frozen: z.optional(z.enum(['newerVersion', 'deleted'])),
  pending: z.optional(z.nullable(z.enum(PENDING))),
  warned: z.optional(z.boolean()),
  /** The exercise narrated in the previous turn, to tell how far the user got. */
  narration: z.optional(z.nullable(NarrationSchema)),
  /** The device's time zone, read once a session from the Settings API (never stored); null when unknown. */
  timeZone: z.optional(z.nullable(z.string())),
  /** The reminder waiting for the user's yes, or for their permission. */
  reminderDraft: z.optional(z.nullable(ReminderScheduleSchema)),
});

/** A narration as kept in the session. */
export type Narration = Placement & { readonly at: number };

export interface Turn {
  readonly routine: Routine;
  /** The record as last read or saved, with its stored version. */
  loaded: Loaded;
  /** The record as this turn leaves it. */
  record: UserRecord;
  /** The question asked in the previous turn, if any. */
  readonly pending: Pending | null;
  /** The question this turn asks; cleared unless a handler sets it. */
  nextPending: Pending | null;
  /** The user's IANA time zone (null when it could not be read: days are then counted in UTC), and their day. */
  readonly timeZone: string | null;
  readonly today: string;
  /** When the request arrived (epoch ms). */
  readonly now: number;
  /** What is left of the time this turn may spend on Alexa's APIs. */
  readonly apiBudget: ApiBudget;
  /** The reminder the previous turn proposed, waiting for a yes or a permission. */
  readonly reminderDraft: ReminderSchedule | null;
  /** The reminder this turn proposes; cleared unless a handler sets it. */
  nextReminderDraft: ReminderSchedule | null;
  readonly warned: boolean;
  /** Set once this turn tried to save: a turn saves at most once. */
  saveTried: boolean;
  /** Set when a save failed in this turn. */
  saveFailed: boolean;
  /** The narration this turn plays, if any (set by `speak`). */
  narration: Narration | null;
}

const TURN = 'turn';
const DEPS = 'deps';
const DEADLINE = 'deadline';

/**
 * Makes the skill's dependencies reachable from handlers, and starts the request's store deadline (set by the
 * first request interceptor).
 */
export function attachDeps(input: HandlerInput, deps: ResolvedDeps): void {
  const attributes = input.attributesManager.getRequestAttributes();
  // The deadline starts with the request, once: attaching deps again (with a keyed logger) keeps it.
  input.attributesManager.setRequestAttributes({ ...attributes, [DEPS]: deps, [DEADLINE]: attributes[DEADLINE] ?? new Deadline() });
}

/** The skill's dependencies for this request. */
export function depsOf(input: HandlerInput): ResolvedDeps {
  return input.attributesManager.getRequestAttributes()[DEPS] as ResolvedDeps;
}

/** What store calls of this request need: the adapter, the logger, the request's deadline and the time. */
export function storeContext(input: HandlerInput): StoreContext {
  const deps = depsOf(input);
  const deadline = input.attributesManager.getRequestAttributes()[DEADLINE] as Deadline | undefined;
  return { adapter: deps.persistenceAdapter, envelope: input.requestEnvelope, logger: deps.logger, deadline: deadline ?? new Deadline(), now: deps.clock() };
}

/** The turn of this request, if a handler began one. */
export function currentTurn(input: HandlerInput): Turn | undefined {
  return input.attributesManager.getRequestAttributes()[TURN] as Turn | undefined;
}

/** A new session: the user may have moved since, so they get into place again before the next stretch. */
function atSessionStart(loaded: Loaded): Loaded {
  const { routine } = loaded.record;
  return routine.inPlace ? { ...loaded, record: { ...loaded.record, routine: { ...routine, inPlace: false } } } : loaded;
}

/**
 * The record moved on to where the previous answer's narration got by `now`: the rounds heard are done, and an
 * exercise heard to its end counts as practised today. Worked out once, here, whatever the user says next.
 */
function afterNarration(record: UserRecord, narration: Narration | null, routine: Routine, now: number, today: string): UserRecord {
  if (!narration || narration.exercise !== record.routine.exercise) return record;
  const shape = shapeOf(routine);
  const place = heardAt(narration, (now - narration.at) / 1000);
  const { state } = transition(record.routine, { type: 'heard', ...place }, shape);
  if (state === record.routine) return record;
  const id = routine.exercises[state.exercise]?.id;
  const finished = id !== undefined && exerciseComplete(state, shape) && !exerciseComplete(record.routine, shape);
  return { ...record, routine: state, progress: finished ? recordPractice(record.progress, id, today) : record.progress };
}

type Cached = z.infer<typeof SessionSchema>;

/**
 * The turn's record and what it was derived from: the session's copy once the store was read, else a read. A
 * session that could not read the store at first keeps what the user did since, put on top of what is stored.
 */
async function recordOf(input: HandlerInput, cached: Cached): Promise<{ loaded: Loaded; record: UserRecord }> {
  const { record, version, base, frozen } = cached;
  if (record && version !== undefined && version !== null) {
    return { loaded: { record: base ?? record, version, ...(frozen ? { frozen } : {}) }, record };
  }
  const read = atSessionStart(await loadRecord(storeContext(input)));
  if (!record || read.version === null) return { loaded: read, record: record ?? read.record };
  return { loaded: read, record: mergeRecord(base ?? record, record, read.record) };
}

/** Begins the turn: the record from the session, or one read from the store on a session's first turn. */
export async function beginTurn(input: HandlerInput): Promise<Turn> {
  const existing = currentTurn(input);
  if (existing) return existing;
  const deps = depsOf(input);
  const session = SessionSchema.safeParse(input.attributesManager.getSessionAttributes() ?? {});
  const cached = session.success ? session.data : {};
  const { loaded, record: current } = await recordOf(input, cached);
  const routine = loadRoutine(getLocale(input.requestEnvelope));
  const apiBudget = startBudget(deps.apiBudgetMs);
  // The time zone is read on a session's first turn and then kept in the session.
  const timeZone =
    cached.timeZone === null || (cached.timeZone !== undefined && isKnownTimeZone(cached.timeZone))
      ? cached.timeZone
      : await readTimeZone(input, apiBudget, deps.logger);
  const now = deps.clock();
  const today = dayOf(now, timeZone ?? FALLBACK_TIME_ZONE);
  // A saved position the routine no longer has (its content changed) is brought back inside it, and saved.
  const inside = clampPosition(current.routine, shapeOf(routine));
  const record = inside === current.routine ? current : { ...current, routine: inside };
  const turn: Turn = {
    routine,
    loaded,
    record: afterNarration(record, cached.narration ?? null, routine, now.getTime(), today),
    pending: cached.pending ?? null,
    nextPending: null,
    timeZone,
    today,
    now: now.getTime(),
    apiBudget,
    reminderDraft: cached.reminderDraft ?? null,
    nextReminderDraft: null,
    warned: cached.warned ?? false,
    saveTried: false,
    saveFailed: false,
    narration: null,
  };
  input.attributesManager.setRequestAttributes({ ...input.attributesManager.getRequestAttributes(), [TURN]: turn });
  return turn;
}
