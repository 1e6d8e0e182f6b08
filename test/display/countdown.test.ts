// The countdown keeps time with the voice: the screen's commands, run on a clock as a device runs them, reach
// each stage when the narration's timeline does (within a second), count holds down and lifts up, and page
// the steps as they are said.
import { loadRoutine } from '../../content';
import { exerciseDocument } from '../../lambda/display/documents/exercise';
import { narrationScreen } from '../../lambda/display/exercise-screen';
import { spokenSeconds } from '../../lambda/display/captions';
import { initialState, type RoutineState } from '../../lambda/routine';
import { narrateExercise, type Segment } from '../../lambda/speech';
import { runCommands, type AplEvent, type CommandDefinitions } from '../../scripts/alexa/apl-commands';

const routine = loadRoutine('en-US');

/** A narrated exercise (both sides), its timeline, and the screen's commands run on a clock. */
function narrated(state: RoutineState, short = false) {
  const rate = state.settings.speechRate;
  const told = narrateExercise(routine, state, { chimes: true, short, rate, tip: false });
  const ssml = told.speech.render(rate);
  const screen = narrationScreen(routine, state, ssml, told.timeline);
  const { document } = exerciseDocument(screen, null);
  const root = (document.mainTemplate as { items: Record<string, unknown>[] }).items[0] as Record<string, unknown>;
  const bindings = Object.fromEntries((root.bind as { name: string; value: unknown }[]).map((b) => [b.name, b.value]));
  const run = runCommands(root.onMount as unknown[], document.commands as CommandDefinitions, bindings);
  return { ssml, timeline: told.timeline, screen, run };
}

const at = (events: readonly AplEvent[], property: string): AplEvent[] => events.filter((e) => e.property === property);
const active = (over: Partial<RoutineState['settings']> = {}, rest: Partial<RoutineState> = {}): RoutineState => {
  const base = initialState();
  return { ...base, status: 'active', startSide: 'left', safetyNoticeHeard: true, wakeWordTipHeard: true, ...rest, settings: { ...base.settings, ...over } };
};

/** Every exercise in every form, with every hold length, number of rounds and speaking rate a user can have. */
function everyNarration(): RoutineState[] {
  const states: RoutineState[] = [];
  routine.exercises.forEach((exercise, index) => {
    for (const [easier, chair] of [[false, false], [true, false], [false, true], [true, true]] as const) {
      for (const holdSeconds of [30, 60] as const) {
        for (const repetitions of [2, 3] as const) {
          for (const speechRate of [100, 80] as const) {
            for (const sideIndex of exercise.perSide ? ([0, 1] as const) : ([0] as const)) {
              states.push(active({ holdSeconds, repetitions, speechRate, chair, easier: easier ? [exercise.id] : [] }, { exercise: index, sideIndex }));
            }
          }
        }
      }
    }
  });
  return states;
}

/** The segments that begin a stage: all but the second and later lifts of a run. */
const stageStarts = (segments: readonly Segment[]): number[] =>
  segments.filter((s, i) => !(s.phase === 'lift' && segments[i - 1]?.phase === 'lift' && segments[i - 1]?.round === s.round)).map((s) => s.start);

describe('the countdown', () => {
  it('reaches every stage of every narration when the voice does, within a second, and ends with it', () => {
    for (const state of everyNarration()) {
      for (const short of [false, true]) {
        const { timeline, screen, run, ssml } = narrated(state, short);
        const shown = at(run.events, 'seg').map((e) => ({ stage: Number(e.value), at: e.at / 1000 }));
        expect(shown.map((s) => s.stage)).toEqual(screen.stages.map((_, i) => i));
        shown.forEach(({ stage, at: time }) => expect(Math.abs(time - (screen.stages[stage]?.startMs ?? NaN) / 1000)).toBeLessThanOrEqual(1));
        // Each segment of the timeline begins a stage at its start (the first from the first word, the intro
        // being said while getting into position); "well done" comes at the timeline's end.
        const times = shown.map((s) => s.at);
        expect(times[0]).toBe(0);
        for (const start of stageStarts(timeline.segments).slice(1)) expect(times.some((t) => Math.abs(t - start) <= 1)).toBe(true);
        expect(Math.abs((times[times.length - 1] ?? 0) - timeline.end)).toBeLessThanOrEqual(1);
        expect(Math.abs(run.end / 1000 - spokenSeconds(ssml))).toBeLessThanOrEqual(1);
      }
    }
  });

  it('counts each hold down, a second at a time, to zero as the hold ends', () => {
    const { timeline, run } = narrated(active());
    const holds = timeline.segments.filter((s) => s.phase === 'hold');
    expect(holds).toHaveLength(4);
    for (const hold of holds) {
      const during = at(run.events, 'left').filter((e) => e.at >= hold.start * 1000 - 1 && e.at <= (hold.start + hold.seconds) * 1000 + 1);
      const values = during.map((e) => Number(e.value));
      expect(values[0]).toBe(Math.round(hold.seconds));
      expect(values[values.length - 1]).toBe(0);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      during.slice(1).forEach((e, i) => expect(Math.abs(e.at - (during[i] as AplEvent).at - 1000)).toBeLessThan(50));
      expect(hold.seconds).toBeGreaterThanOrEqual(30);
    }
  });

  it('counts the lifts from 1 to 15 in each set of each side, each when the voice counts it', () => {
    const lifts = routine.exercises.findIndex((e) => e.forms.floor.dose.kind === 'paced');
    const { timeline, run } = narrated(active({}, { exercise: lifts }));
    const liftSegments = timeline.segments.filter((s) => s.phase === 'lift');
    expect(liftSegments).toHaveLength(60);
    const oneSet = Array.from({ length: 15 }, (_, i) => i + 1);
    expect(at(run.events, 'rep').map((e) => Number(e.value))).toEqual([...oneSet, ...oneSet, ...oneSet, ...oneSet]);
    at(run.events, 'rep').forEach((event, i) => expect(Math.abs(event.at / 1000 - (liftSegments[i]?.start ?? NaN))).toBeLessThanOrEqual(1));
  });

  it('pages each step when the voice says it, and shows the steps only while getting into position', () => {
    const { ssml, screen, run } = narrated(active());
    const steps = at(run.events, 'cap');
    expect(steps.map((e) => screen.captions[Number(e.value)]?.text)).toEqual(screen.captions.map((c) => c.text));
    expect(screen.captions.map((c) => c.text)).toContain('Rest your left ankle across your right knee.');
    expect(screen.captions[screen.captions.length - 1]?.text).toMatch(/right ankle/);
    for (const step of steps) {
      const text = screen.captions[Number(step.value)]?.text ?? '';
      expect(Math.abs(step.at / 1000 - spokenSeconds(ssml, ssml.indexOf(text)))).toBeLessThanOrEqual(1);
      const stage = at(run.events, 'seg').filter((e) => e.at <= step.at).pop();
      expect(screen.stages[Number(stage?.value)]?.stage.steps).toBe(true);
    }
    // Steps show while getting into position and while they are said, never over a hold, rest or lift.
    const shownOver = screen.stages.filter((s) => s.stage.steps).map((s) => s.stage.label);
    expect(new Set(shownOver)).toEqual(new Set(['Get into position', 'Get ready', 'How to do it']));
  });

  it('turns the pose to the side being worked when the narration changes sides', () => {
    const { screen } = narrated(active());
    const sides = screen.stages.slice(0, -1).map(({ stage }) => [/Left side/.test(stage.detail), stage.mirror]);
    for (const [left, mirror] of sides) expect(mirror).toBe(left);
    expect(sides.map(([left]) => left)).toEqual([...Array<boolean>(6).fill(true), ...Array<boolean>(5).fill(false)]);
  });
});
