import { loadRoutine } from '../../content';
import { initialState, roundsOf, transition, type RoutineState } from '../../lambda/routine';
import { shapeOf } from '../../lambda/speech';

const shape = shapeOf(loadRoutine('en-US'));
const active = (over: Partial<RoutineState> = {}): RoutineState => ({ ...initialState(), status: 'active', ...over });

describe('rounds of a side', () => {
  it('counts repetitions from the settings, sets for the paced exercise, and the easier dose when chosen', () => {
    expect(roundsOf(active(), shape)).toBe(2);
    expect(roundsOf(active({ settings: { holdSeconds: 30, repetitions: 3, easier: [] } }), shape)).toBe(3);
    expect(roundsOf(active({ exercise: 3 }), shape)).toBe(2);
    expect(roundsOf(active({ exercise: 3, settings: { holdSeconds: 30, repetitions: 2, easier: ['kneeling-hip-lift'] } }), shape)).toBe(3);
  });

  it('keeps the rounds done when pausing, within the side', () => {
    expect(transition(active(), { type: 'pause', roundsDone: 1 }, shape).state).toMatchObject({ status: 'paused', round: 1 });
    expect(transition(active(), { type: 'pause', roundsDone: 7 }, shape).state.round).toBe(2);
    expect(transition(active(), { type: 'pause', roundsDone: -3 }, shape).state.round).toBe(0);
  });

  it('resumes at the interrupted round, or moves on when the side was done', () => {
    const midway = transition(active({ status: 'paused', round: 1 }), { type: 'resume' }, shape);
    expect(midway.state).toMatchObject({ status: 'active', exercise: 0, sideIndex: 0, round: 1 });
    expect(midway.effect).toEqual({ type: 'narrate', mode: 'brief', note: 'resumed' });
    const done = transition(active({ status: 'paused', round: 2 }), { type: 'resume' }, shape);
    expect(done.state).toMatchObject({ exercise: 0, sideIndex: 1, round: 0 });
  });

  it('starts every other move at the first round', () => {
    for (const event of [{ type: 'next' }, { type: 'previous' }, { type: 'repeat' }, { type: 'startOver' }, { type: 'goTo', exercise: 2 }] as const) {
      expect(transition(active({ exercise: 1, sideIndex: 1, round: 1 }), event, shape).state.round).toBe(0);
    }
  });

  it('brings a stored round back inside a side that has fewer rounds now', () => {
    const stale = active({ exercise: 2, round: 3, settings: { holdSeconds: 30, repetitions: 2, easier: [] } });
    expect(transition(stale, { type: 'setHold', seconds: 45 }, shape).state.round).toBe(2);
  });
});
