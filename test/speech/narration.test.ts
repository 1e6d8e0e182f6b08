// Narration of one side of one exercise, for every exercise, side and setting.
import { loadRoutine } from '../../content';
import { GET_READY_SECONDS, doseFor, narrateSide, nextPrompt, totalBreakSeconds } from '../../lambda/speech';
import { HOLD_SECONDS, REPETITIONS, initialState, type RoutineState, type Side } from '../../lambda/routine';
import { expectValidSsml, spokenText } from '../support/ssml';

const routine = loadRoutine('en-US');
const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** An active state at a position with the given settings. */
const at = (exercise: number, sideIndex: 0 | 1, affectedSide: Side, settings: Partial<RoutineState['settings']> = {}): RoutineState => ({
  ...initialState(),
  status: 'active',
  safetyNoticeHeard: true,
  exercise,
  sideIndex,
  affectedSide,
  settings: { ...initialState().settings, ...settings },
});

const speak = (state: RoutineState, mode: 'full' | 'brief' = 'full', chimes = false): string =>
  narrateSide(routine, state, { mode, chimes }).speech.wrap();

interface Case {
  readonly state: RoutineState;
  readonly mode: 'full' | 'brief';
  readonly chimes: boolean;
}

/** Every exercise, side, hold, repetition count, easier choice, chime choice and mode. */
function cases(exercise: number): Case[] {
  const e = routine.exercises[exercise];
  const out: Case[] = [];
  for (const affected of ['left', 'right'] as const) {
    for (const sideIndex of e?.perSide ? ([0, 1] as const) : ([0] as const)) {
      for (const holdSeconds of HOLD_SECONDS) {
        for (const repetitions of REPETITIONS) {
          for (const easier of [[], [e?.id ?? '']]) {
            for (const chimes of [false, true]) {
              for (const mode of ['full', 'brief'] as const) {
                out.push({ state: at(exercise, sideIndex, affected, { holdSeconds, repetitions, easier }), mode, chimes });
              }
            }
          }
        }
      }
    }
  }
  return out;
}

describe.each(routine.exercises.map((e, index) => [e.id, index] as const))('narration of %s', (_id, index) => {
  const exercise = routine.exercises[index];
  if (!exercise) throw new Error('no exercise');
  const all = cases(index);

  it('is valid SSML under 6000 characters with at most five clips, chimes only when asked', async () => {
    const problems: string[] = [];
    for (const { state, mode, chimes } of all) {
      const ssml = speak(state, mode, chimes);
      const clips = ssml.match(/<audio /g)?.length ?? 0;
      if (ssml.length >= 6000) problems.push(`${ssml.length} characters`);
      if (clips > 5 || (chimes ? clips === 0 : clips > 0)) problems.push(`${clips} clips with chimes ${chimes}`);
    }
    expect(problems).toEqual([]);
    await Promise.all(all.map(({ state, mode, chimes }) => expectValidSsml(speak(state, mode, chimes))));
  });

  it('pauses at least the repetitions times the hold, and exactly the dose with rests and get-ready time', () => {
    for (const { state, mode, chimes } of all) {
      const ssml = speak(state, mode, chimes);
      const dose = doseFor(exercise, state.settings, state.settings.easier.includes(exercise.id));
      if (dose.kind === 'hold') {
        expect(totalBreakSeconds(ssml)).toBeGreaterThanOrEqual(dose.repetitions * dose.holdSeconds);
        expect(totalBreakSeconds(ssml)).toBe(dose.repetitions * (dose.holdSeconds + GET_READY_SECONDS) + (dose.repetitions - 1) * dose.restSeconds);
      } else {
        const lift = dose.upSeconds + dose.topSeconds + dose.downSeconds;
        expect(totalBreakSeconds(ssml)).toBe(dose.sets * (GET_READY_SECONDS + dose.repetitions * lift) + (dose.sets - 1) * dose.restSeconds);
      }
    }
  });

  it('uses the settings for the regular version and the fixed dose for the easier one', () => {
    if (exercise.dose.kind !== 'hold') return;
    const regular = spokenText(speak(at(index, 0, 'right', { holdSeconds: 45, repetitions: 3 })));
    expect(regular).toContain('Round 3 of 3');
    const easy = spokenText(speak(at(index, 0, 'right', { holdSeconds: 45, repetitions: 3, easier: [exercise.id] })));
    expect(easy).toContain(exercise.easier.name);
    expect(easy).toContain(`Round ${exercise.easier.dose.repetitions} of ${exercise.easier.dose.repetitions}`);
    expect(easy).not.toContain(`Round ${exercise.easier.dose.repetitions + 1} of`);
  });

  it('ends with a prompt that names the next side or exercise', () => {
    for (const { state } of all) {
      const text = spokenText(speak(state));
      const prompt = nextPrompt(routine, state);
      expect(text.endsWith(prompt)).toBe(true);
      const following = routine.exercises[index + 1];
      if (exercise.perSide && state.sideIndex === 0) {
        expect(prompt).toMatch(new RegExp(`next for your ${other(state.affectedSide ?? 'right')} side`));
      } else if (following) {
        expect(prompt).toContain(following.name);
        expect(prompt).toContain(`exercise ${index + 2}`);
      } else {
        expect(prompt).toMatch(/finish/);
      }
    }
  });

  it('gives the purpose and every setup step in full mode on the first side, and is shorter when brief', () => {
    const state = at(index, 0, 'left');
    const full = spokenText(speak(state, 'full'));
    expect(full).toContain(exercise.purpose);
    expect(full).toContain(exercise.getInPlace);
    for (const step of exercise.steps) expect(full).toContain(step.replace(/\{side\}/g, 'left').replace(/\{other\}/g, 'right'));
    expect(full).toContain(`Exercise ${index + 1} of ${routine.exercises.length}`);
    const brief = spokenText(speak(state, 'brief'));
    expect(brief).not.toContain(exercise.purpose);
    expect(brief.length).toBeLessThan(full.length);
  });

  it('names the side being worked', () => {
    if (!exercise.perSide) {
      expect(spokenText(speak(at(index, 0, 'left')))).not.toMatch(/Your (left|right) side\./);
      return;
    }
    expect(spokenText(speak(at(index, 0, 'left')))).toContain('Your left side.');
    expect(spokenText(speak(at(index, 1, 'left')))).toContain('Your right side.');
  });
});

describe('side words', () => {
  it('puts the right ankle across the left knee for an affected right side, then swaps', () => {
    expect(spokenText(speak(at(0, 0, 'right')))).toContain('Lift your right foot and rest that ankle across your left knee.');
    expect(spokenText(speak(at(0, 1, 'right')))).toContain('rest your left ankle across your right knee');
    expect(spokenText(speak(at(0, 0, 'left')))).toContain('Lift your left foot and rest that ankle across your right knee.');
    expect(spokenText(speak(at(0, 0, 'left')))).toContain('deep in your left buttock');
  });

  it('switches sides without repeating the floor setup on the second side', () => {
    const second = spokenText(speak(at(0, 1, 'right')));
    expect(second).not.toContain(routine.exercises[0]?.getInPlace);
    expect(second).toContain('change legs');
  });
});

describe('the paced exercise', () => {
  const index = routine.exercises.findIndex((e) => e.dose.kind === 'paced');
  const text = spokenText(speak(at(index, 0, 'right')));

  it('counts every lift from 1 to 15 with up and down cues, in both sets', () => {
    const counts = [...text.matchAll(/(\d+), up\. and down\./gi)].map((m) => Number(m[1]));
    const oneSet = Array.from({ length: 15 }, (_, i) => i + 1);
    expect(counts).toEqual([...oneSet, ...oneSet]);
    expect(text).toContain('Set 1 of 2');
    expect(text).toContain('Set 2 of 2');
    expect(text.indexOf('Set 2 of 2')).toBeGreaterThan(text.indexOf('15, up'));
    expect(text.indexOf('Set 2 of 2')).toBeLessThan(text.lastIndexOf('15, up'));
  });

  it('pauses for the lift and the lowering after each cue', () => {
    const ssml = speak(at(index, 0, 'right'));
    expect(ssml).toMatch(/ 1, up\. <break time="3s"\/> and down\. <break time="2s"\/> 2, up\./i);
  });
});
