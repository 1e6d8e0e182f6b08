// The routine state machine: total over every (state, event), and each event's behaviour.
import fc from 'fast-check';
import { loadRoutine } from '../../content';
import { shapeOf } from '../../lambda/speech';
import {
  HOLD_SECONDS,
  REPETITIONS,
  RoutineStateSchema,
  STATUS,
  clampPosition,
  currentSide,
  initialState,
  transition,
  type RoutineEvent,
  type RoutineState,
  type Side,
  type Status,
} from '../../lambda/routine';

const shape = shapeOf(loadRoutine('en-US'));
const LAST = shape.exercises.length - 1;
const STATUSES: Status[] = Object.values(STATUS);

/** A state at a position, built from the initial state. */
const state = (overrides: Partial<RoutineState> = {}): RoutineState => ({
  ...initialState(),
  affectedSide: 'right',
  safetyNoticeHeard: true,
  status: STATUS.ACTIVE,
  ...overrides,
});

const positions = (): { exercise: number; sideIndex: 0 | 1 }[] =>
  shape.exercises.flatMap((e, exercise) => (e.perSide ? [0, 1] : [0]).map((side) => ({ exercise, sideIndex: side as 0 | 1 })));

const EVENTS: RoutineEvent[] = [
  { type: 'start' }, { type: 'next' }, { type: 'previous' }, { type: 'repeat' }, { type: 'skip' },
  ...[-1, 0, 1, 2, 3, 4, 5, 2.5, NaN, Infinity].map((exercise): RoutineEvent => ({ type: 'goTo', exercise })),
  { type: 'startOver' }, { type: 'pause' }, { type: 'pause', roundsDone: 1 }, { type: 'pause', roundsDone: 9 }, { type: 'resume' }, { type: 'finish' },
  { type: 'setSide', side: 'left' }, { type: 'setSide', side: 'right' },
  ...HOLD_SECONDS.map((seconds): RoutineEvent => ({ type: 'setHold', seconds })),
  ...REPETITIONS.map((count): RoutineEvent => ({ type: 'setRepetitions', count })),
  { type: 'easier' }, { type: 'harder' }, { type: 'noticeHeard' },
];

const withinRoutine = (s: RoutineState): boolean =>
  s.exercise >= 0 && s.exercise <= LAST && s.sideIndex < (shape.exercises[s.exercise]?.perSide ? 2 : 1);

/** Where `next` leads from the start, one step at a time, until the routine finishes. */
function walk(from: RoutineState, event: RoutineEvent): { path: string[]; last: ReturnType<typeof transition> } {
  const path: string[] = [];
  let current = transition(from, event, shape);
  for (let guard = 0; current.effect.type === 'narrate' && guard < 20; guard += 1) {
    path.push(`${current.state.exercise + 1}:${currentSide(current.state, shape) ?? 'once'}`);
    current = transition(current.state, event, shape);
  }
  return { path, last: current };
}

describe('transition is total', () => {
  it('gives a valid state within the routine for every status, position, setting and event', () => {
    let checked = 0;
    const failures: string[] = [];
    for (const status of STATUSES) {
      for (const position of positions()) {
        for (const affectedSide of [null, 'left', 'right'] as const) {
          for (const holdSeconds of HOLD_SECONDS) {
            for (const easier of [[], [shape.exercises[position.exercise]?.id ?? '']]) {
              const before = state({ status, ...position, affectedSide, settings: { holdSeconds, repetitions: 2, easier } });
              for (const event of EVENTS) {
                const { state: after, effect } = transition(before, event, shape);
                if (!RoutineStateSchema.safeParse(after).success || !withinRoutine(after) || typeof effect.type !== 'string') {
                  failures.push(`${JSON.stringify(before)} + ${JSON.stringify(event)} -> ${JSON.stringify(after)}`);
                }
                checked += 1;
              }
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(STATUSES.length * positions().length * 3 * HOLD_SECONDS.length * 2 * EVENTS.length);
  });

  it('stays valid over random event sequences from random saved states (property)', () => {
    const eventArb = fc.constantFrom(...EVENTS);
    const stateArb = fc.record({
      status: fc.constantFrom(...STATUSES),
      exercise: fc.integer({ min: 0, max: 50 }),
      sideIndex: fc.constantFrom(0 as const, 1 as const),
      round: fc.integer({ min: 0, max: 10 }),
      affectedSide: fc.constantFrom(null, 'left' as const, 'right' as const),
      settings: fc.record({
        holdSeconds: fc.constantFrom(...HOLD_SECONDS),
        repetitions: fc.constantFrom(...REPETITIONS),
        easier: fc.subarray(shape.exercises.map((e) => e.id)),
      }),
      safetyNoticeHeard: fc.boolean(),
    });
    fc.assert(
      fc.property(stateArb, fc.array(eventArb, { maxLength: 30 }), (start, events) => {
        let current: RoutineState = start;
        for (const event of events) {
          current = transition(current, event, shape).state;
          if (!RoutineStateSchema.safeParse(current).success || !withinRoutine(current)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('does not change the state it is given', () => {
    const before = state({ exercise: 1, sideIndex: 1, settings: { holdSeconds: 30, repetitions: 2, easier: [] } });
    const copy = structuredClone(before);
    for (const event of EVENTS) transition(before, event, shape);
    expect(before).toEqual(copy);
  });
});

describe('next', () => {
  it('walks the whole routine, the affected side first, the once-only exercise once', () => {
    const right = walk(state({ status: STATUS.IDLE, affectedSide: 'right' }), { type: 'next' });
    expect(right.path).toEqual(['1:right', '1:left', '2:right', '2:left', '3:once', '4:right', '4:left']);
    const left = walk(state({ status: STATUS.IDLE, affectedSide: 'left' }), { type: 'next' });
    expect(left.path).toEqual(['1:left', '1:right', '2:left', '2:right', '3:once', '4:left', '4:right']);
  });

  it('finishes past the end', () => {
    const { state: after, effect } = transition(state({ exercise: LAST, sideIndex: 1 }), { type: 'next' }, shape);
    expect(effect).toEqual({ type: 'finished' });
    expect(after.status).toBe(STATUS.FINISHED);
    expect(transition(after, { type: 'next' }, shape).effect).toEqual({ type: 'alreadyFinished' });
  });

  it('narrates each new side in full and starts an idle routine where it stands', () => {
    expect(transition(state({ exercise: 0, sideIndex: 0 }), { type: 'next' }, shape)).toEqual({
      state: state({ exercise: 0, sideIndex: 1 }),
      effect: { type: 'narrate', mode: 'full' },
    });
    const idle = transition(state({ status: STATUS.IDLE }), { type: 'next' }, shape);
    expect(idle.state).toMatchObject({ status: STATUS.ACTIVE, exercise: 0, sideIndex: 0 });
  });
});

describe('previous', () => {
  it('stays at the start with atStart', () => {
    const { state: after, effect } = transition(state({ exercise: 0, sideIndex: 0 }), { type: 'previous' }, shape);
    expect(effect).toEqual({ type: 'atStart' });
    expect(after).toMatchObject({ exercise: 0, sideIndex: 0 });
  });

  it('goes back a side, then to the last side of the exercise before', () => {
    expect(transition(state({ exercise: 1, sideIndex: 1 }), { type: 'previous' }, shape).state).toMatchObject({ exercise: 1, sideIndex: 0 });
    expect(transition(state({ exercise: 1, sideIndex: 0 }), { type: 'previous' }, shape).state).toMatchObject({ exercise: 0, sideIndex: 1 });
    expect(transition(state({ exercise: 3, sideIndex: 0 }), { type: 'previous' }, shape).state).toMatchObject({ exercise: 2, sideIndex: 0 });
  });

  it('goes back to the last side from a finished routine', () => {
    const { state: after, effect } = transition(state({ status: STATUS.FINISHED, exercise: LAST, sideIndex: 1 }), { type: 'previous' }, shape);
    expect(effect.type).toBe('narrate');
    expect(after).toMatchObject({ status: STATUS.ACTIVE, exercise: LAST, sideIndex: 1 });
  });
});

describe('skip and goTo', () => {
  it('skips to the first side of the next exercise', () => {
    const { state: after, effect } = transition(state({ exercise: 0, sideIndex: 0 }), { type: 'skip' }, shape);
    expect(effect).toEqual({ type: 'narrate', mode: 'full', note: 'skipped' });
    expect(after).toMatchObject({ exercise: 1, sideIndex: 0 });
    expect(transition(state({ exercise: 1, sideIndex: 1 }), { type: 'skip' }, shape).state).toMatchObject({ exercise: 2, sideIndex: 0 });
  });

  it('finishes when skipping the last exercise', () => {
    expect(transition(state({ exercise: LAST, sideIndex: 0 }), { type: 'skip' }, shape).effect).toEqual({ type: 'finished' });
  });

  it.each([1, 2, 3, 4])('goes to exercise %i, first side', (n) => {
    const { state: after, effect } = transition(state({ exercise: 2, sideIndex: 0, status: STATUS.PAUSED }), { type: 'goTo', exercise: n }, shape);
    expect(effect).toEqual({ type: 'narrate', mode: 'full' });
    expect(after).toMatchObject({ status: STATUS.ACTIVE, exercise: n - 1, sideIndex: 0 });
  });

  it.each([0, 5, NaN, -1, 2.5])('refuses exercise %p and stays put', (n) => {
    const before = state({ exercise: 1, sideIndex: 1 });
    expect(transition(before, { type: 'goTo', exercise: n }, shape)).toEqual({ state: before, effect: { type: 'invalidExercise' } });
  });
});

describe('start, repeat, startOver and finish', () => {
  it('starts over from the first exercise in any status', () => {
    for (const status of STATUSES) {
      const { state: after, effect } = transition(state({ status, exercise: 3, sideIndex: 1 }), { type: 'startOver' }, shape);
      expect(effect).toEqual({ type: 'narrate', mode: 'full', note: 'startOver' });
      expect(after).toMatchObject({ status: STATUS.ACTIVE, exercise: 0, sideIndex: 0 });
    }
  });

  it('starts a finished routine over and an active one where it stands', () => {
    expect(transition(state({ status: STATUS.FINISHED, exercise: 3 }), { type: 'start' }, shape).state).toMatchObject({ exercise: 0, sideIndex: 0 });
    expect(transition(state({ exercise: 2 }), { type: 'start' }, shape)).toEqual({ state: state({ exercise: 2 }), effect: { type: 'narrate', mode: 'brief' } });
  });

  it('repeats the same side briefly', () => {
    const before = state({ exercise: 1, sideIndex: 1 });
    expect(transition(before, { type: 'repeat' }, shape)).toEqual({ state: before, effect: { type: 'narrate', mode: 'brief' } });
    expect(transition(state({ status: STATUS.FINISHED }), { type: 'repeat' }, shape).effect).toEqual({ type: 'alreadyFinished' });
  });

  it('finishes from anywhere, once', () => {
    const { state: after, effect } = transition(state({ exercise: 1 }), { type: 'finish' }, shape);
    expect(effect).toEqual({ type: 'finished' });
    expect(after.status).toBe(STATUS.FINISHED);
    expect(transition(after, { type: 'finish' }, shape).effect).toEqual({ type: 'alreadyFinished' });
  });
});

describe('pause and resume', () => {
  it('pauses an active routine and keeps its place', () => {
    const { state: after, effect } = transition(state({ exercise: 2 }), { type: 'pause' }, shape);
    expect(effect).toEqual({ type: 'paused' });
    expect(after).toEqual(state({ exercise: 2, status: STATUS.PAUSED }));
  });

  it('answers notActive to a pause when nothing runs', () => {
    for (const status of [STATUS.IDLE, STATUS.PAUSED, STATUS.FINISHED]) {
      const before = state({ status });
      expect(transition(before, { type: 'pause' }, shape)).toEqual({ state: before, effect: { type: 'notActive' } });
    }
  });

  it('resumes a paused routine briefly with the note resumed', () => {
    const paused = transition(state({ exercise: 1, sideIndex: 1 }), { type: 'pause' }, shape).state;
    const { state: after, effect } = transition(paused, { type: 'resume' }, shape);
    expect(effect).toEqual({ type: 'narrate', mode: 'brief', note: 'resumed' });
    expect(after).toMatchObject({ status: STATUS.ACTIVE, exercise: 1, sideIndex: 1 });
  });

  it('narrates briefly with the note notPaused when nothing is paused', () => {
    expect(transition(state({ exercise: 1 }), { type: 'resume' }, shape).effect).toEqual({ type: 'narrate', mode: 'brief', note: 'notPaused' });
    expect(transition(state({ status: STATUS.FINISHED }), { type: 'resume' }, shape).effect).toEqual({ type: 'alreadyFinished' });
  });
});

describe('settings', () => {
  it('changes the side order with setSide', () => {
    const before = state({ exercise: 0, sideIndex: 0, affectedSide: 'right' });
    const { state: after, effect } = transition(before, { type: 'setSide', side: 'left' as Side }, shape);
    expect(effect).toEqual({ type: 'settingChanged' });
    expect(currentSide(before, shape)).toBe('right');
    expect(currentSide(after, shape)).toBe('left');
    expect(currentSide({ ...after, sideIndex: 1 }, shape)).toBe('right');
  });

  it('sets the hold and the repetitions', () => {
    expect(transition(state(), { type: 'setHold', seconds: 45 }, shape).state.settings.holdSeconds).toBe(45);
    expect(transition(state(), { type: 'setRepetitions', count: 3 }, shape).state.settings.repetitions).toBe(3);
  });

  it('records the safety notice as heard', () => {
    expect(transition(state({ safetyNoticeHeard: false }), { type: 'noticeHeard' }, shape).state.safetyNoticeHeard).toBe(true);
  });

  it('makes the current exercise easier once', () => {
    const first = transition(state({ exercise: 1 }), { type: 'easier' }, shape);
    expect(first.effect).toEqual({ type: 'easierOn' });
    expect(first.state.settings.easier).toEqual(['standing-figure-four']);
    const again = transition(first.state, { type: 'easier' }, shape);
    expect(again).toEqual({ state: first.state, effect: { type: 'easierAlready' } });
  });

  it('undoes the easier version on harder, then lengthens the hold up to sixty seconds', () => {
    const easy = state({ exercise: 0, settings: { holdSeconds: 30, repetitions: 2, easier: ['lying-crossed-knee', 'kneeling-hip-lift'] } });
    const off = transition(easy, { type: 'harder' }, shape);
    expect(off.effect).toEqual({ type: 'harderOff' });
    expect(off.state.settings.easier).toEqual(['kneeling-hip-lift']);
    const to45 = transition(off.state, { type: 'harder' }, shape);
    expect(to45.effect).toEqual({ type: 'harderHold', seconds: 45 });
    const to60 = transition(to45.state, { type: 'harder' }, shape);
    expect(to60.effect).toEqual({ type: 'harderHold', seconds: 60 });
    expect(to60.state.settings.holdSeconds).toBe(60);
    expect(transition(to60.state, { type: 'harder' }, shape)).toEqual({ state: to60.state, effect: { type: 'harderMax' } });
  });

  it('answers harderPaced on the paced exercise and leaves the hold alone', () => {
    const paced = shape.exercises.findIndex((e) => e.paced);
    const before = state({ exercise: paced });
    expect(transition(before, { type: 'harder' }, shape)).toEqual({ state: before, effect: { type: 'harderPaced' } });
  });
});

describe('clampPosition', () => {
  it('brings a saved position outside the routine back inside', () => {
    expect(clampPosition(state({ exercise: 9, sideIndex: 1 }), shape)).toMatchObject({ exercise: LAST, sideIndex: 1 });
    const onceOnly = shape.exercises.findIndex((e) => !e.perSide);
    expect(clampPosition(state({ exercise: onceOnly, sideIndex: 1 }), shape)).toMatchObject({ exercise: onceOnly, sideIndex: 0 });
    const smaller = { exercises: shape.exercises.slice(0, 3) };
    expect(clampPosition(state({ exercise: 3, sideIndex: 1 }), smaller)).toMatchObject({ exercise: 2, sideIndex: 0 });
  });

  it('returns the same object for a position already inside', () => {
    const inside = state({ exercise: 1, sideIndex: 1 });
    expect(clampPosition(inside, shape)).toBe(inside);
  });

  it('clamps before applying an event', () => {
    const { state: after } = transition(state({ exercise: 12, sideIndex: 0 }), { type: 'repeat' }, shape);
    expect(after).toMatchObject({ exercise: LAST, sideIndex: 0 });
  });
});
