// The routine state machine: total over every (state, event), and each event's behaviour.
import fc from 'fast-check';
import { loadRoutine } from '../../content';
import { shapeOf } from '../../lambda/speech';
import {
  HOLD_SECONDS, REPETITIONS, RoutineStateSchema, STATUS, clampPosition, currentSide, exerciseComplete, formOf, initialState,
  roundsOf, sideComplete, transition, type RoutineEvent, type RoutineState, type Status,
} from '../../lambda/routine';

const shape = shapeOf(loadRoutine('en-US'));
const LAST = shape.exercises.length - 1;
const STATUSES: Status[] = Object.values(STATUS);

/** A state at a position, built from the initial state. */
const state = (overrides: Partial<RoutineState> = {}): RoutineState => ({
  ...initialState(),
  startSide: 'right',
  safetyNoticeHeard: true,
  status: STATUS.ACTIVE,
  ...overrides,
});
const settings = (over: Partial<RoutineState['settings']>): RoutineState['settings'] => ({ ...initialState().settings, ...over });

const positions = (): { exercise: number; sideIndex: 0 | 1 }[] =>
  shape.exercises.flatMap((e, exercise) => (e.perSide ? [0, 1] : [0]).map((side) => ({ exercise, sideIndex: side as 0 | 1 })));

const EVENTS: RoutineEvent[] = [
  { type: 'start' }, { type: 'next' }, { type: 'previous' }, { type: 'repeat' }, { type: 'skip' },
  ...[-1, 0, 1, 2, 3, 4, 5, 2.5, NaN, Infinity].map((exercise): RoutineEvent => ({ type: 'goTo', exercise })),
  { type: 'startOver' }, { type: 'pause' }, { type: 'resume' }, { type: 'finish' },
  { type: 'heard', sideIndex: 0, round: 1 }, { type: 'heard', sideIndex: 1, round: 2 }, { type: 'heard', sideIndex: 1, round: 9 },
  { type: 'switchSide' }, { type: 'switchSide', side: 'left' }, { type: 'switchSide', side: 'right' },
  { type: 'setStartSide', side: 'left' }, { type: 'setStartSide', side: 'right' },
  ...HOLD_SECONDS.map((seconds): RoutineEvent => ({ type: 'setHold', seconds })),
  ...REPETITIONS.map((count): RoutineEvent => ({ type: 'setRepetitions', count })),
  { type: 'easier' }, { type: 'harder' }, { type: 'setChair', on: true }, { type: 'setChair', on: false },
  { type: 'setSpeechRate', change: 'slower' }, { type: 'setSpeechRate', change: 'normal' }, { type: 'setCountPace', pace: 'slow' },
  { type: 'setInstructions', instructions: 'full' }, { type: 'setInstructions', instructions: 'short' }, { type: 'noticeHeard' }, { type: 'tipHeard' },
];

const withinRoutine = (s: RoutineState): boolean =>
  s.exercise >= 0 && s.exercise <= LAST && s.sideIndex < (shape.exercises[s.exercise]?.perSide ? 2 : 1) && s.round <= roundsOf(s, shape);

/** Where `event` leads from a state, one step at a time (each narration heard to its end), until the routine finishes. */
function walk(from: RoutineState, event: RoutineEvent): string[] {
  const path: string[] = [];
  let current = transition(from, event, shape);
  for (let guard = 0; current.effect.type === 'narrate' && guard < 20; guard += 1) {
    path.push(`${current.state.exercise + 1}:${currentSide(current.state, shape) ?? 'once'}`);
    const heard = transition(current.state, { type: 'heard', sideIndex: shape.exercises[current.state.exercise]?.perSide ? 1 : 0, round: 9 }, shape);
    current = transition(heard.state, event, shape);
  }
  return path;
}

describe('transition is total', () => {
  it('gives a valid state within the routine for every status, position, setting and event', () => {
    const failures: string[] = [];
    for (const status of STATUSES) {
      for (const position of positions()) {
        for (const startSide of [null, 'left', 'right'] as const) {
          for (const chair of [false, true]) {
            for (const easier of [[], [shape.exercises[position.exercise]?.id ?? '']]) {
              for (const round of [0, 1, 2, 3]) {
                const before = state({ status, ...position, round, startSide, settings: settings({ chair, easier }) });
                for (const event of EVENTS) {
                  const { state: after, effect } = transition(before, event, shape);
                  if (!RoutineStateSchema.safeParse(after).success || !withinRoutine(after) || typeof effect.type !== 'string') {
                    failures.push(`${JSON.stringify(before)} + ${JSON.stringify(event)} -> ${JSON.stringify(after)}`);
                  }
                }
              }
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('stays valid over random event sequences from random saved states (property)', () => {
    const stateArb = fc.record({
      status: fc.constantFrom(...STATUSES),
      exercise: fc.integer({ min: 0, max: 50 }),
      sideIndex: fc.constantFrom(0 as const, 1 as const),
      round: fc.integer({ min: 0, max: 10 }),
      startSide: fc.constantFrom(null, 'left' as const, 'right' as const),
      settings: fc.record({
        holdSeconds: fc.constantFrom(...HOLD_SECONDS),
        repetitions: fc.constantFrom(...REPETITIONS),
        easier: fc.subarray(shape.exercises.map((e) => e.id)),
        chair: fc.boolean(),
        speechRate: fc.constantFrom(100 as const, 90 as const, 80 as const),
        countPace: fc.constantFrom('normal' as const, 'slow' as const),
        instructions: fc.constantFrom('auto' as const, 'full' as const, 'short' as const),
      }),
      safetyNoticeHeard: fc.boolean(),
      wakeWordTipHeard: fc.boolean(),
      inPlace: fc.boolean(),
      activeUntil: fc.constantFrom(null, 0, 1_800_000_000_000),
    });
    fc.assert(
      fc.property(stateArb, fc.array(fc.constantFrom(...EVENTS), { maxLength: 30 }), (start, events) => {
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
    const before = state({ exercise: 1, sideIndex: 1, round: 1 });
    const copy = structuredClone(before);
    for (const event of EVENTS) transition(before, event, shape);
    expect(before).toEqual(copy);
  });
});

describe('next', () => {
  it('walks the whole routine one exercise at a time when each is heard to its end', () => {
    expect(walk(state({ status: STATUS.IDLE, startSide: 'right' }), { type: 'next' })).toEqual(['1:right', '2:right', '3:once', '4:right']);
    expect(walk(state({ status: STATUS.IDLE, startSide: 'left' }), { type: 'next' })).toEqual(['1:left', '2:left', '3:once', '4:left']);
  });

  it('goes to the other side first when the first side is not done', () => {
    for (const round of [0, 1, 2]) {
      const { state: after, effect } = transition(state({ exercise: 1, sideIndex: 0, round }), { type: 'next' }, shape);
      expect(effect).toEqual({ type: 'narrate' });
      expect(after).toMatchObject({ exercise: 1, sideIndex: 1, round: 0 });
    }
  });

  it('goes to the next exercise from the second side, and finishes past the end', () => {
    expect(transition(state({ exercise: 0, sideIndex: 1 }), { type: 'next' }, shape).state).toMatchObject({ exercise: 1, sideIndex: 0 });
    const { state: after, effect } = transition(state({ exercise: LAST, sideIndex: 1 }), { type: 'next' }, shape);
    expect(effect).toEqual({ type: 'finished' });
    expect(after.status).toBe(STATUS.FINISHED);
    expect(transition(after, { type: 'next' }, shape).effect).toEqual({ type: 'alreadyFinished' });
  });

  it('starts an idle routine where it stands', () => {
    expect(transition(state({ status: STATUS.IDLE }), { type: 'next' }, shape).state).toMatchObject({ status: STATUS.ACTIVE, exercise: 0, sideIndex: 0 });
  });
});

describe('start and resume carry on from where the user is', () => {
  it('narrates from the round reached when the side is not done, and says it resumes after a pause', () => {
    const active = transition(state({ exercise: 1, sideIndex: 1, round: 1 }), { type: 'start' }, shape);
    expect(active).toEqual({ state: state({ exercise: 1, sideIndex: 1, round: 1 }), effect: { type: 'narrate' } });
    const paused = transition(state({ status: STATUS.PAUSED, exercise: 1, sideIndex: 0, round: 1 }), { type: 'resume' }, shape);
    expect(paused).toEqual({ state: state({ exercise: 1, sideIndex: 0, round: 1 }), effect: { type: 'narrate', note: 'resumed' } });
  });

  it('moves on to the other side or the next exercise when the side was done, never replaying it', () => {
    expect(transition(state({ exercise: 1, sideIndex: 0, round: 2 }), { type: 'start' }, shape).state).toMatchObject({ exercise: 1, sideIndex: 1, round: 0 });
    expect(transition(state({ exercise: 1, sideIndex: 1, round: 2 }), { type: 'start' }, shape).state).toMatchObject({ exercise: 2, sideIndex: 0, round: 0 });
    expect(transition(state({ status: STATUS.PAUSED, exercise: 2, round: 2 }), { type: 'resume' }, shape)).toMatchObject({
      state: { exercise: 3, sideIndex: 0 },
      effect: { type: 'narrate', note: 'resumed' },
    });
  });

  it('starts an idle routine at its place, and a finished one from the top', () => {
    expect(transition(state({ status: STATUS.IDLE }), { type: 'start' }, shape)).toEqual({ state: state(), effect: { type: 'narrate' } });
    expect(transition(state({ status: STATUS.FINISHED, exercise: LAST }), { type: 'start' }, shape)).toEqual({
      state: state({ status: STATUS.ACTIVE, exercise: 0 }),
      effect: { type: 'narrate' },
    });
    expect(transition(state({ status: STATUS.FINISHED }), { type: 'resume' }, shape).effect).toEqual({ type: 'alreadyFinished' });
  });
});

describe('heard', () => {
  it('moves the place forward to the side and rounds heard while the routine is under way', () => {
    expect(transition(state({ exercise: 0 }), { type: 'heard', sideIndex: 0, round: 1 }, shape).state).toMatchObject({ sideIndex: 0, round: 1 });
    expect(transition(state({ exercise: 0 }), { type: 'heard', sideIndex: 1, round: 2 }, shape).state).toMatchObject({ sideIndex: 1, round: 2 });
  });

  it('keeps that the user got into place, until they move on or change form', () => {
    const settled = transition(state(), { type: 'heard', sideIndex: 0, round: 0, inPlace: true }, shape).state;
    expect(settled.inPlace).toBe(true);
    expect(transition(settled, { type: 'resume' }, shape).state.inPlace).toBe(true);
    expect(transition(settled, { type: 'next' }, shape).state.inPlace).toBe(false);
    expect(transition(settled, { type: 'easier' }, shape).state.inPlace).toBe(false);
    expect(transition(state({ round: 1 }), { type: 'heard', sideIndex: 1, round: 0, inPlace: false }, shape).state).toMatchObject({ sideIndex: 1, round: 0, inPlace: false });
  });

  it('never moves back, never past the rounds of the side, and not when paused', () => {
    const ahead = state({ exercise: 0, sideIndex: 1, round: 1 });
    expect(transition(ahead, { type: 'heard', sideIndex: 0, round: 2 }, shape).state).toBe(ahead);
    expect(transition(state({ exercise: 0 }), { type: 'heard', sideIndex: 1, round: 9 }, shape).state.round).toBe(2);
    const paused = state({ status: STATUS.PAUSED });
    expect(transition(paused, { type: 'heard', sideIndex: 1, round: 1 }, shape).state).toBe(paused);
    const once = state({ exercise: 2 });
    expect(transition(once, { type: 'heard', sideIndex: 1, round: 1 }, shape).state).toBe(once);
  });

  it('tells when a side and an exercise are done', () => {
    expect(sideComplete(state({ round: 2 }), shape)).toBe(true);
    expect(exerciseComplete(state({ round: 2 }), shape)).toBe(false);
    expect(exerciseComplete(state({ sideIndex: 1, round: 2 }), shape)).toBe(true);
    expect(exerciseComplete(state({ exercise: 2, round: 2 }), shape)).toBe(true);
  });
});

describe('pause', () => {
  it('pauses an active routine at its place and refuses otherwise', () => {
    expect(transition(state({ round: 1 }), { type: 'pause' }, shape)).toEqual({ state: state({ status: STATUS.PAUSED, round: 1 }), effect: { type: 'paused' } });
    for (const status of [STATUS.IDLE, STATUS.PAUSED, STATUS.FINISHED]) expect(transition(state({ status }), { type: 'pause' }, shape).effect).toEqual({ type: 'notActive' });
  });
});

describe('previous, repeat, skip and goTo', () => {
  it('stays at the start with atStart', () => {
    expect(transition(state(), { type: 'previous' }, shape).effect).toEqual({ type: 'atStart' });
  });

  it('goes back a side, then to the start of the exercise before', () => {
    expect(transition(state({ exercise: 1, sideIndex: 1 }), { type: 'previous' }, shape).state).toMatchObject({ exercise: 1, sideIndex: 0 });
    expect(transition(state({ exercise: 1, sideIndex: 0 }), { type: 'previous' }, shape).state).toMatchObject({ exercise: 0, sideIndex: 0 });
    expect(transition(state({ status: STATUS.FINISHED, exercise: LAST, sideIndex: 1 }), { type: 'previous' }, shape).state).toMatchObject({ status: STATUS.ACTIVE, exercise: LAST, sideIndex: 0 });
  });

  it('repeats the side being done, or the whole exercise once it was heard to the end', () => {
    expect(transition(state({ exercise: 1, sideIndex: 1, round: 1 }), { type: 'repeat' }, shape).state).toMatchObject({ sideIndex: 1, round: 0 });
    expect(transition(state({ exercise: 1, sideIndex: 1, round: 2 }), { type: 'repeat' }, shape).state).toMatchObject({ sideIndex: 0, round: 0 });
  });

  it('skips the whole exercise, other side included, and finishes past the last', () => {
    expect(transition(state({ exercise: 0, sideIndex: 0 }), { type: 'skip' }, shape)).toMatchObject({ state: { exercise: 1, sideIndex: 0 }, effect: { type: 'narrate', note: 'skipped' } });
    expect(transition(state({ exercise: LAST }), { type: 'skip' }, shape).effect).toEqual({ type: 'finished' });
  });

  it.each([1, 2, 3, 4])('goes to exercise %i, first side', (n) => {
    expect(transition(state({ exercise: 2, status: STATUS.PAUSED }), { type: 'goTo', exercise: n }, shape).state).toMatchObject({ status: STATUS.ACTIVE, exercise: n - 1, sideIndex: 0 });
  });

  it.each([0, 5, NaN, -1, 2.5])('refuses exercise %p and stays put', (n) => {
    const before = state({ exercise: 1, sideIndex: 1 });
    expect(transition(before, { type: 'goTo', exercise: n }, shape)).toEqual({ state: before, effect: { type: 'invalidExercise' } });
  });

  it('starts over from the first exercise in any status', () => {
    for (const status of STATUSES) {
      expect(transition(state({ status, exercise: 3, sideIndex: 1 }), { type: 'startOver' }, shape)).toMatchObject({ state: { status: STATUS.ACTIVE, exercise: 0, sideIndex: 0 }, effect: { type: 'narrate', note: 'startOver' } });
    }
  });
});

describe('sides', () => {
  it('switches to the other side, or to the side named, of the current exercise', () => {
    expect(transition(state({ exercise: 1 }), { type: 'switchSide' }, shape).state).toMatchObject({ exercise: 1, sideIndex: 1, round: 0 });
    expect(transition(state({ exercise: 1, sideIndex: 1 }), { type: 'switchSide' }, shape).state).toMatchObject({ sideIndex: 0 });
    expect(transition(state({ exercise: 1, startSide: 'left' }), { type: 'switchSide', side: 'right' }, shape).state).toMatchObject({ sideIndex: 1 });
    expect(transition(state({ exercise: 1, startSide: 'left', sideIndex: 1 }), { type: 'switchSide', side: 'left' }, shape).state).toMatchObject({ sideIndex: 0 });
  });

  it('has no side to switch to in an exercise done once', () => {
    const once = state({ exercise: 2 });
    expect(transition(once, { type: 'switchSide' }, shape)).toEqual({ state: once, effect: { type: 'noSides' } });
  });

  it('sets the start side as a preference', () => {
    expect(transition(state({ startSide: null }), { type: 'setStartSide', side: 'left' }, shape).state.startSide).toBe('left');
    expect(currentSide(state({ startSide: 'left', sideIndex: 1 }), shape)).toBe('right');
  });
});

describe('settings', () => {
  it('sets the hold and the rounds, and brings a stored round back inside a side with fewer rounds', () => {
    expect(transition(state(), { type: 'setHold', seconds: 45 }, shape).state.settings.holdSeconds).toBe(45);
    expect(transition(state(), { type: 'setRepetitions', count: 3 }, shape).state.settings.repetitions).toBe(3);
    expect(clampPosition(state({ round: 3 }), shape).round).toBe(2);
  });

  it('turns the gentler form on and narrates it mid-routine; harder turns it off, then lengthens the hold', () => {
    const on = transition(state({ exercise: 1, round: 1 }), { type: 'easier' }, shape);
    expect(on.effect).toEqual({ type: 'setting', note: 'easierOn', narrate: true });
    expect(on.state).toMatchObject({ round: 0, settings: { easier: ['standing-figure-four'] } });
    expect(formOf(on.state, shape)).toBe('easier');
    expect(transition(on.state, { type: 'easier' }, shape).effect).toEqual({ type: 'setting', note: 'easierAlready', narrate: false });
    const off = transition(on.state, { type: 'harder' }, shape);
    expect(off.effect).toEqual({ type: 'setting', note: 'harderOff', narrate: true });
    expect(transition(off.state, { type: 'harder' }, shape).effect).toEqual({ type: 'harderHold', seconds: 45 });
    expect(transition(state({ settings: settings({ holdSeconds: 60 }) }), { type: 'harder' }, shape).effect).toMatchObject({ note: 'harderMax' });
    expect(transition(state({ exercise: 3 }), { type: 'harder' }, shape).effect).toMatchObject({ note: 'harderPaced' });
  });

  it('does an exercise just finished again from its first side in the new form', () => {
    expect(transition(state({ exercise: 1, sideIndex: 1, round: 2 }), { type: 'easier' }, shape).state).toMatchObject({ exercise: 1, sideIndex: 0, round: 0 });
    expect(transition(state({ exercise: 1, sideIndex: 1, round: 1 }), { type: 'setChair', on: true }, shape).state).toMatchObject({ exercise: 1, sideIndex: 1, round: 0 });
  });

  it('turns chair mode on for every exercise and back off, narrating the new form mid-routine', () => {
    const on = transition(state({ status: STATUS.PAUSED, exercise: 2 }), { type: 'setChair', on: true }, shape);
    expect(on).toMatchObject({ state: { status: STATUS.ACTIVE, settings: { chair: true } }, effect: { note: 'chairOn', narrate: true } });
    for (const exercise of [0, 1, 2, 3]) expect(formOf({ ...on.state, exercise }, shape)).toBe('chair');
    expect(formOf({ ...on.state, settings: { ...on.state.settings, easier: ['seated-wide-leg-bend'] } }, shape)).toBe('chairEasier');
    expect(transition(on.state, { type: 'setChair', on: true }, shape).effect).toMatchObject({ note: 'chairAlready', narrate: false });
    expect(transition(on.state, { type: 'setChair', on: false }, shape)).toMatchObject({ state: { settings: { chair: false } }, effect: { note: 'floorOn' } });
    expect(transition(state({ status: STATUS.IDLE }), { type: 'setChair', on: true }, shape)).toMatchObject({ state: { status: STATUS.IDLE }, effect: { narrate: false } });
  });

  it('slows speech a step at a time down to the slowest, and "normal speed" resets speech and counting', () => {
    const slower = transition(state(), { type: 'setSpeechRate', change: 'slower' }, shape);
    expect(slower).toMatchObject({ state: { settings: { speechRate: 90 } }, effect: { note: 'speedSlower' } });
    const slowest = transition(slower.state, { type: 'setSpeechRate', change: 'slower' }, shape);
    expect(slowest.state.settings.speechRate).toBe(80);
    expect(transition(slowest.state, { type: 'setSpeechRate', change: 'slower' }, shape).effect).toMatchObject({ note: 'speedSlowest' });
    const counted = transition(slowest.state, { type: 'setCountPace', pace: 'slow' }, shape);
    expect(counted).toMatchObject({ state: { settings: { countPace: 'slow' } }, effect: { note: 'countSlower' } });
    expect(transition(counted.state, { type: 'setSpeechRate', change: 'normal' }, shape)).toMatchObject({
      state: { settings: { speechRate: 100, countPace: 'normal' } },
      effect: { note: 'speedNormal' },
    });
    expect(transition(state(), { type: 'setSpeechRate', change: 'normal' }, shape).effect).toMatchObject({ note: 'speedAlreadyNormal' });
  });

  it('keeps the choice of full or short instructions', () => {
    expect(transition(state(), { type: 'setInstructions', instructions: 'full' }, shape)).toMatchObject({ state: { settings: { instructions: 'full' } }, effect: { note: 'instructionsFull' } });
    expect(transition(state(), { type: 'setInstructions', instructions: 'short' }, shape).state.settings.instructions).toBe('short');
  });
});
