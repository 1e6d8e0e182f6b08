// The countdown keeps time with the voice: the screen's commands, run on a clock as a device runs them, reach
// each stage when the narration's timeline does (within a second), count holds down and lifts up, and page
// the steps as they are said.
import { loadRoutine } from '../../content';
import { exerciseDocument } from '../../lambda/display/documents/exercise';
import { narrationScreen } from '../../lambda/display/exercise-screen';
import { timelineFromSpeech, type Timeline } from '../../lambda/display/timeline';
import { initialState, type RoutineState } from '../../lambda/routine';
import { estimatedPlaySeconds, narrateSide } from '../../lambda/speech';
import { runCommands, type AplEvent, type CommandDefinitions } from '../../scripts/alexa/apl-commands';

const routine = loadRoutine('en-US');

/** A narrated side, its timeline, and the screen's commands run on a clock. */
function narrated(state: RoutineState) {
  const { speech } = narrateSide(routine, state, { mode: 'full', chimes: true });
  const ssml = speech.toString();
  const timeline = timelineFromSpeech(routine, state, ssml);
  const screen = narrationScreen(routine, state, ssml, timeline);
  const { document } = exerciseDocument(screen, null);
  const root = (document.mainTemplate as { items: Record<string, unknown>[] }).items[0] as Record<string, unknown>;
  const bindings = Object.fromEntries((root.bind as { name: string; value: unknown }[]).map((b) => [b.name, b.value]));
  const run = runCommands(root.onMount as unknown[], document.commands as CommandDefinitions, bindings);
  return { ssml, timeline, screen, run };
}

const at = (events: readonly AplEvent[], property: string): AplEvent[] => events.filter((e) => e.property === property);

/** Every exercise, side, form, hold length and number of rounds a user can have. */
function everyNarration(): RoutineState[] {
  const states: RoutineState[] = [];
  routine.exercises.forEach((exercise, index) => {
    for (const sideIndex of exercise.perSide ? ([0, 1] as const) : ([0] as const)) {
      for (const easier of [[], [exercise.id]]) {
        for (const holdSeconds of [30, 45, 60] as const) {
          for (const repetitions of [2, 3] as const) {
            const base = initialState();
            states.push({ ...base, status: 'active', exercise: index, sideIndex, affectedSide: 'left', settings: { holdSeconds, repetitions, easier } });
          }
        }
      }
    }
  });
  return states;
}

describe('the countdown', () => {
  it('reaches every stage when the narration does, within a second, and ends with it', () => {
    for (const state of everyNarration()) {
      const { timeline, screen, run, ssml } = narrated(state);
      const shown = at(run.events, 'seg').map((e) => ({ stage: Number(e.value), at: e.at / 1000 }));
      expect(shown.map((s) => s.stage)).toEqual(screen.stages.map((_, i) => i));
      for (const { stage, at: time } of shown) {
        const expected = screen.stages[stage]?.startMs ?? NaN;
        expect(Math.abs(time - expected / 1000)).toBeLessThanOrEqual(1);
      }
      // The segments of the timeline start when the stages do; the last stage ("well done") at its end.
      const starts = timeline.segments.filter((s, i, all) => !(s.phase === 'lift' && all[i - 1]?.phase === 'lift')).map((s) => s.start);
      expect(shown.slice(0, -1).map((s) => s.at)).toEqual(starts.map((s) => expect.closeTo(s, 0)));
      expect(Math.abs((shown[shown.length - 1]?.at ?? 0) - timeline.end)).toBeLessThanOrEqual(1);
      expect(Math.abs(run.end / 1000 - estimatedPlaySeconds(ssml))).toBeLessThanOrEqual(1);
    }
  });

  it('counts each hold down, a second at a time, to zero as the hold ends', () => {
    const { timeline, run } = narrated({ ...initialState(), status: 'active', affectedSide: 'right' });
    const holds = timeline.segments.filter((s) => s.phase === 'hold');
    expect(holds).toHaveLength(2);
    for (const hold of holds) {
      const during = at(run.events, 'left').filter((e) => e.at >= hold.start * 1000 - 1 && e.at <= (hold.start + hold.seconds) * 1000 + 1);
      const values = during.map((e) => Number(e.value));
      expect(values[0]).toBe(Math.round(hold.seconds));
      expect(values[values.length - 1]).toBe(0);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      const gaps = during.slice(1).map((e, i) => e.at - (during[i] as AplEvent).at);
      for (const gap of gaps) expect(Math.abs(gap - 1000)).toBeLessThan(50);
      expect(hold.seconds).toBeGreaterThanOrEqual(30);
    }
  });

  it('counts the lifts from 1 to 15 in each set, one lift at a time', () => {
    const lifts = routine.exercises.findIndex((e) => e.dose.kind === 'paced');
    const { timeline, run } = narrated({ ...initialState(), status: 'active', exercise: lifts, affectedSide: 'left' });
    expect(timeline.segments.filter((s) => s.phase === 'lift')).toHaveLength(30);
    const reps = at(run.events, 'rep').map((e) => Number(e.value));
    expect(reps).toEqual([...Array.from({ length: 15 }, (_, i) => i + 1), ...Array.from({ length: 15 }, (_, i) => i + 1)]);
    const liftTimes = timeline.segments.filter((s) => s.phase === 'lift').map((s) => s.start);
    at(run.events, 'rep').forEach((event, i) => expect(Math.abs(event.at / 1000 - (liftTimes[i] as number))).toBeLessThanOrEqual(1));
  });

  it('pages each step of the exercise when the voice says it', () => {
    const { ssml, screen, run } = narrated({ ...initialState(), status: 'active', affectedSide: 'left' });
    const steps = at(run.events, 'cap');
    expect(steps.map((e) => screen.captions[Number(e.value)]?.text)).toEqual(screen.captions.map((c) => c.text));
    expect(screen.captions[1]?.text).toBe('Lift your left foot and rest that ankle across your right knee.');
    for (const step of steps) {
      const text = screen.captions[Number(step.value)]?.text ?? '';
      const said = estimatedPlaySeconds(ssml.slice(0, ssml.indexOf(text)));
      expect(Math.abs(step.at / 1000 - said)).toBeLessThanOrEqual(1);
    }
  });
});

describe('the timeline of a narrated side', () => {
  const phases = (timeline: Timeline): string[] => timeline.segments.map((s) => s.phase);

  it('holds: set-up, then a settle, a hold and a rest for each round but the last, all on the side narrated', () => {
    const state: RoutineState = { ...initialState(), status: 'active', exercise: 1, sideIndex: 1, affectedSide: 'left', settings: { holdSeconds: 45, repetitions: 3, easier: [] } };
    const { timeline } = narrated(state);
    expect(phases(timeline)).toEqual(['setup', 'settle', 'hold', 'rest', 'settle', 'hold', 'rest', 'settle', 'hold']);
    expect(timeline.segments.filter((s) => s.phase === 'hold').map((s) => s.round)).toEqual([0, 1, 2]);
    for (const segment of timeline.segments) expect(segment).toMatchObject({ sideIndex: 1, rounds: 3 });
    for (const hold of timeline.segments.filter((s) => s.phase === 'hold')) expect(hold.seconds).toBeGreaterThanOrEqual(45);
    const starts = timeline.segments.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('starts at the round a resumed side picks up from', () => {
    const state: RoutineState = { ...initialState(), status: 'active', round: 1, affectedSide: 'right' };
    const holds = narrated(state).timeline.segments.filter((s) => s.phase === 'hold');
    expect(holds.map((s) => s.round)).toEqual([1]);
  });

  it('paced: a settle and 15 lifts a set, a rest between the sets', () => {
    const state: RoutineState = { ...initialState(), status: 'active', exercise: 3, affectedSide: 'right' };
    const { timeline } = narrated(state);
    const lifts = timeline.segments.filter((s) => s.phase === 'lift');
    expect(lifts.map((s) => s.rep)).toEqual([...Array.from({ length: 15 }, (_, i) => i + 1), ...Array.from({ length: 15 }, (_, i) => i + 1)]);
    expect(lifts.map((s) => s.round)).toEqual([...Array<number>(15).fill(0), ...Array<number>(15).fill(1)]);
    expect(phases(timeline).filter((p) => p !== 'lift')).toEqual(['setup', 'settle', 'setRest', 'settle']);
  });

  it('counts from the very start of the answer, a lead-in included', () => {
    const state: RoutineState = { ...initialState(), status: 'active', affectedSide: 'right' };
    const { speech } = narrateSide(routine, state, { mode: 'full', chimes: false });
    const plain = timelineFromSpeech(routine, state, speech.toString());
    const led = timelineFromSpeech(routine, state, `A few words said first, before the side begins. ${speech.toString()}`);
    expect(led.segments[1]?.start).toBeCloseTo((plain.segments[1]?.start ?? 0) + 9 / 2.5, 5);
  });
});
