// One turn of the conversation: the user's record loaded once per session, the routine content, and the
// question the skill is waiting on. Handlers change `turn.record`; the save interceptor persists it.
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import * as z from 'zod/mini';
import { loadRoutine, type Routine } from '../../content';
import type { ResolvedDeps } from '../deps';
import { Deadline, loadRecord, mergeRecord, UserRecordSchema, type Loaded, type StoreContext, type UserRecord } from '../persistence';
import { dayOf } from '../progress';
import { clampPosition, STATUS } from '../routine';
import { roundsDoneAt, shapeOf, type Pending, type Timeline } from '../speech';

/** What the session carries between turns, parsed on every request. */
export const SessionSchema = z.object({
  /** The record as the last turn left it. */
  record: z.optional(UserRecordSchema),
  /** The stored version it was derived from (null: the store could not be read yet). */
  version: z.optional(z.nullable(z.union([z.int().check(z.minimum(0)), z.string()]))),
  /** The stored record at that version, when it differs from `record` (changes not saved yet). */
  base: z.optional(UserRecordSchema),
  frozen: z.optional(z.enum(['newerVersion', 'deleted'])),
  pending: z.optional(z.nullable(z.enum(['resume', 'startOver', 'begin', 'side']))),
  warned: z.optional(z.boolean()),
  /** The side narrated in the previous turn and when (epoch ms), to tell how far an interruption got. */
  narration: z.optional(
    z.nullable(z.object({ at: z.number(), firstRound: z.int().check(z.minimum(0)), roundStarts: z.array(z.number()), end: z.number() })),
  ),
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
  readonly today: string;
  readonly warned: boolean;
  /** Set once this turn tried to save: a turn saves at most once. */
  saveTried: boolean;
  /** Set when a save failed in this turn. */
  saveFailed: boolean;
  /** The narration the previous turn played, if any. */
  readonly lastNarration: Narration | null;
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
  input.attributesManager.setRequestAttributes({ ...input.attributesManager.getRequestAttributes(), [DEPS]: deps, [DEADLINE]: new Deadline() });
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

/** A routine left active when a session ended (stop, timeout) is paused there; nothing needs saving for it. */
function atSessionStart(loaded: Loaded): Loaded {
  const { routine } = loaded.record;
  if (routine.status !== STATUS.ACTIVE) return loaded;
  return { ...loaded, record: { ...loaded.record, routine: { ...routine, status: STATUS.PAUSED } } };
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
  const { loaded, record } = await recordOf(input, cached);
  const routine = loadRoutine(getLocale(input.requestEnvelope));
  // A saved position the routine no longer has (its content changed) is brought back inside it, and saved.
  const inside = clampPosition(record.routine, shapeOf(routine));
  const turn: Turn = {
    routine,
    loaded,
    record: inside === record.routine ? record : { ...record, routine: inside },
    pending: cached.pending ?? null,
    nextPending: null,
    today: dayOf(deps.clock()),
    warned: cached.warned ?? false,
    saveTried: false,
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
