// One turn of the conversation: the user's record loaded once per session, the routine content, the user's
// time zone and day, and the question the skill is waiting on. Handlers change `turn.record`; the save
// interceptor persists it.
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import * as z from 'zod/mini';
import { loadRoutine, type Routine } from '../../content';
import { readTimeZone, startBudget, type ApiBudget } from '../alexa-api';
import { ReminderScheduleSchema, type ReminderSchedule } from '../comeback';
import type { ResolvedDeps } from '../deps';
import { loadRecord, UserRecordSchema, type Loaded, type UserRecord } from '../persistence';
import { dayOf, FALLBACK_TIME_ZONE, isKnownTimeZone } from '../progress';
import { clampPosition, STATUS } from '../routine';
import { PENDING, roundsDoneAt, shapeOf, type Pending, type Timeline } from '../speech';

/** What the session carries between turns, parsed on every request. */
export const SessionSchema = z.object({
  record: z.optional(UserRecordSchema),
  version: z.optional(z.nullable(z.int().check(z.minimum(0)))),
  pending: z.optional(z.nullable(z.enum(PENDING))),
  warned: z.optional(z.boolean()),
  /** The side narrated in the previous turn and when (epoch ms), to tell how far an interruption got. */
  narration: z.optional(
    z.nullable(z.object({ at: z.number(), firstRound: z.int().check(z.minimum(0)), roundStarts: z.array(z.number()), end: z.number() })),
  ),
  /** The device's time zone, read once a session from the Settings API (never stored); null when unknown. */
  timeZone: z.optional(z.nullable(z.string())),
  /** The reminder waiting for the user's yes, or for their permission. */
  reminderDraft: z.optional(z.nullable(ReminderScheduleSchema)),
});

/** A narration as kept in the session: its timeline, and when it began (epoch ms). */
export type Narration = Timeline & { readonly at: number };

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
  /** What is left of the time this turn may spend on Alexa's APIs. */
  readonly apiBudget: ApiBudget;
  /** The reminder the previous turn proposed, waiting for a yes or a permission. */
  readonly reminderDraft: ReminderSchedule | null;
  /** The reminder this turn proposes; cleared unless a handler sets it. */
  nextReminderDraft: ReminderSchedule | null;
  readonly warned: boolean;
  /** Set when a save failed in this turn. */
  saveFailed: boolean;
  /** The narration the previous turn played, if any. */
  readonly lastNarration: Narration | null;
  /** The narration this turn plays, if any (set by `speak`). */
  narration: Narration | null;
}

const TURN = 'turn';
const DEPS = 'deps';

/** Makes the skill's dependencies reachable from handlers (set by the first request interceptor). */
export function attachDeps(input: HandlerInput, deps: ResolvedDeps): void {
  input.attributesManager.setRequestAttributes({ ...input.attributesManager.getRequestAttributes(), [DEPS]: deps });
}

/** The skill's dependencies for this request. */
export function depsOf(input: HandlerInput): ResolvedDeps {
  return input.attributesManager.getRequestAttributes()[DEPS] as ResolvedDeps;
}

/** The turn of this request, if a handler began one. */
export function currentTurn(input: HandlerInput): Turn | undefined {
  return input.attributesManager.getRequestAttributes()[TURN] as Turn | undefined;
}

/** A routine left active when a session ended (stop, timeout) is paused there; nothing needs saving for it. */
function atSessionStart(loaded: Loaded): Loaded {
  const { routine } = loaded.record;
  if (routine.status !== STATUS.ACTIVE) return loaded;
  return { ...loaded, record: { ...loaded.record, routine: { ...routine, status: STATUS.PAUSED } } };
}

/** Begins the turn: the record from the session, or one read from the store on a session's first turn. */
export async function beginTurn(input: HandlerInput): Promise<Turn> {
  const existing = currentTurn(input);
  if (existing) return existing;
  const deps = depsOf(input);
  const session = SessionSchema.safeParse(input.attributesManager.getSessionAttributes() ?? {});
  const cached = session.success ? session.data : {};
  const loaded: Loaded =
    cached.record && cached.version !== undefined
      ? { record: cached.record, version: cached.version }
      : atSessionStart(await loadRecord(deps.persistenceAdapter, input.requestEnvelope, deps.logger));
  const routine = loadRoutine(getLocale(input.requestEnvelope));
  const apiBudget = startBudget(deps.apiBudgetMs);
  // The time zone is read on a session's first turn and then kept in the session.
  const timeZone =
    cached.timeZone === null || (cached.timeZone !== undefined && isKnownTimeZone(cached.timeZone))
      ? cached.timeZone
      : await readTimeZone(input, apiBudget, deps.logger);
  // A saved position the routine no longer has (its content changed) is brought back inside it, and saved.
  const inside = clampPosition(loaded.record.routine, shapeOf(routine));
  const turn: Turn = {
    routine,
    loaded,
    record: inside === loaded.record.routine ? loaded.record : { ...loaded.record, routine: inside },
    pending: cached.pending ?? null,
    nextPending: null,
    timeZone,
    today: dayOf(deps.clock(), timeZone ?? FALLBACK_TIME_ZONE),
    apiBudget,
    reminderDraft: cached.reminderDraft ?? null,
    nextReminderDraft: null,
    warned: cached.warned ?? false,
    saveFailed: false,
    lastNarration: cached.narration ?? null,
    narration: null,
  };
  input.attributesManager.setRequestAttributes({ ...input.attributesManager.getRequestAttributes(), [TURN]: turn });
  return turn;
}

/** Rounds of the current side finished when this request arrived, judged from the previous turn's narration. */
export function roundsDone(input: HandlerInput, turn: Turn): number | undefined {
  const last = turn.lastNarration;
  if (!last) return undefined;
  return roundsDoneAt(last, (depsOf(input).clock().getTime() - last.at) / 1000);
}
