import { loadRoutine } from '../../content';
import { initialState, type RoutineState } from '../../lambda/routine';
import { narrateSide, roundsDoneAt, SsmlBuilder } from '../../lambda/speech';

const routine = loadRoutine('en-US');
const state = (over: Partial<RoutineState> = {}): RoutineState => ({ ...initialState(), status: 'active', ...over });

describe('narration timeline', () => {
  it('estimates play time from breaks exactly and speech at a calm pace', () => {
    const builder = new SsmlBuilder().say('one two three four five').pause(25);
    expect(builder.estimatedSeconds()).toBeCloseTo(27, 5);
  });

  it('places each round after the setup and before the end, at least a hold apart', () => {
    const { timeline } = narrateSide(routine, state(), { mode: 'full', chimes: false });
    expect(timeline.firstRound).toBe(0);
    expect(timeline.roundStarts).toHaveLength(2);
    const [first = 0, second = 0] = timeline.roundStarts;
    expect(first).toBeGreaterThan(20);
    expect(second - first).toBeGreaterThanOrEqual(30 + 15);
    expect(timeline.end - second).toBeGreaterThanOrEqual(30);
  });

  it('counts the rounds finished at a moment of the narration', () => {
    const timeline = { firstRound: 0, roundStarts: [50, 110], end: 160 };
    expect(roundsDoneAt(timeline, 10)).toBe(0);
    expect(roundsDoneAt(timeline, 109)).toBe(0);
    expect(roundsDoneAt(timeline, 111)).toBe(1);
    expect(roundsDoneAt(timeline, 500)).toBe(2);
    expect(roundsDoneAt({ ...timeline, firstRound: 1, roundStarts: [50] }, 200)).toBe(2);
  });

  it('narrates only the rounds left when picking up after an interruption', () => {
    const side = narrateSide(routine, state({ round: 1, settings: { holdSeconds: 30, repetitions: 3, easier: [] } }), { mode: 'brief', chimes: false });
    expect(side.speech.toString()).toMatch(/Round 2 of 3.*Round 3 of 3/);
    expect(side.speech.toString()).not.toMatch(/Round 1 of 3/);
    expect(side.timeline).toMatchObject({ firstRound: 1 });
    expect(side.timeline.roundStarts).toHaveLength(2);
  });
});
