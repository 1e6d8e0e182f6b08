// Narration of an exercise, both sides in one answer: for every exercise, form, place, setting and mode.
import { FORMS, loadRoutine, type FormName } from '../../content';
import {
  GET_READY_SECONDS, MAX_AUDIO_CLIPS, doseFor, escapeSsml, heardAt, narrateExercise, nextPrompt, totalBreakSeconds, type NarrationOptions,
} from '../../lambda/speech';
import { HOLD_SECONDS, REPETITIONS, initialState, type RoutineState, type Side } from '../../lambda/routine';
import { expectValidSsml, spokenText } from '../support/ssml';

const routine = loadRoutine('en-US');
const FULL: NarrationOptions = { chimes: false, short: false, rate: 100, tip: false };

/** The settings that pick a form of an exercise. */
const formSettings = (id: string, form: FormName): Partial<RoutineState['settings']> => ({
  chair: form === 'chair' || form === 'chairEasier',
  easier: form === 'easier' || form === 'chairEasier' ? [id] : [],
});

/** An active state at a place with the given settings. */
const at = (exercise: number, over: Partial<RoutineState> = {}, settings: Partial<RoutineState['settings']> = {}): RoutineState => ({
  ...initialState(),
  status: 'active',
  safetyNoticeHeard: true,
  startSide: 'left',
  exercise,
  ...over,
  settings: { ...initialState().settings, ...settings },
});

const words = (ssmlPart: string): number => spokenText(ssmlPart).split(/\s+/).filter(Boolean).length;

interface Case {
  readonly state: RoutineState;
  readonly form: FormName;
  readonly options: NarrationOptions;
}

/** Every form, starting place, hold, repetition count, chime choice, mode and speaking rate of an exercise. */
function cases(exercise: number): Case[] {
  const e = routine.exercises[exercise];
  if (!e) throw new Error('no exercise');
  const out: Case[] = [];
  for (const form of FORMS) {
    for (const sideIndex of e.perSide ? ([0, 1] as const) : ([0] as const)) {
      for (const round of [0, 1]) {
        for (const holdSeconds of HOLD_SECONDS) {
          for (const repetitions of REPETITIONS) {
            for (const chimes of [false, true]) {
              for (const short of [false, true]) {
                const rate = short ? 80 : 100;
                out.push({ state: at(exercise, { sideIndex, round }, { holdSeconds, repetitions, ...formSettings(e.id, form) }), form, options: { chimes, short, rate, tip: !short } });
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

  it('fits an answer: under 8,000 characters of SSML at the slowest rate, at most five clips, chimes only when asked', () => {
    const problems: string[] = [];
    for (const { state, form, options } of all) {
      const told = narrateExercise(routine, state, options);
      const ssml = told.speech.wrap(options.rate);
      const clips = (ssml.match(/<audio/g) ?? []).length;
      if (ssml.length >= 8000) problems.push(`${form} ${JSON.stringify(state.settings)}: ${ssml.length} characters`);
      if (clips > MAX_AUDIO_CLIPS || (!options.chimes && clips > 0)) problems.push(`${form}: ${clips} clips`);
    }
    expect(problems).toEqual([]);
  });

  it('is valid SSML in every form, full and short, at the usual and the slowest rate', async () => {
    for (const { state, options } of all.filter((c) => c.state.settings.holdSeconds === 60 && c.state.settings.repetitions === 3 && c.options.chimes)) {
      await expectValidSsml(narrateExercise(routine, state, options).speech.wrap(options.rate));
    }
  });

  it('times every hold and rest exactly: the pauses add up to the dose, the settling gaps and the get-ready beats', () => {
    for (const { state, form, options } of all) {
      const f = exercise.forms[form];
      const dose = doseFor(f, state.settings);
      const rounds = dose.kind === 'paced' ? dose.sets : dose.repetitions;
      const sides = exercise.perSide ? 2 - state.sideIndex : 1;
      const first = rounds - Math.min(state.round, rounds - 1);
      const roundsHere = first + (sides - 1) * rounds;
      const restsHere = roundsHere - sides;
      const perRound =
        dose.kind === 'paced' ? GET_READY_SECONDS + dose.repetitions * (dose.upSeconds + dose.topSeconds + dose.downSeconds) : GET_READY_SECONDS + dose.holdSeconds;
      const expected = f.settleSeconds + (sides - 1) * f.switchSeconds + roundsHere * perRound + restsHere * dose.restSeconds;
      expect({ form, seconds: totalBreakSeconds(narrateExercise(routine, state, options).speech.toString()) }).toEqual({ form, seconds: expected });
    }
  });

  it('gets the user into place, then leaves the settling gap, then gives the stretch, then holds', () => {
    for (const form of FORMS) {
      const f = exercise.forms[form];
      const told = narrateExercise(routine, at(index, {}, formSettings(exercise.id, form)), FULL);
      const ssml = told.speech.toString();
      const settle = ssml.indexOf(`<break time="${Math.min(f.settleSeconds, 10)}s"/>`);
      const place = ssml.indexOf(escapeSsml(f.getInPlace[0] ?? '').slice(0, 20));
      const stretch = ssml.indexOf(escapeSsml((f.steps[f.steps.length - 1] ?? '').replace(/\{\w+\}/g, 'left')).slice(0, 15));
      const hold = ssml.indexOf(routine.cues.holdStart.slice(0, 8));
      const lift = ssml.indexOf(', up.') >= 0 ? ssml.indexOf(', up.') : ssml.indexOf(', back.');
      expect({ form, order: place >= 0 && place < settle && settle < stretch && stretch < (hold >= 0 ? hold : lift) }).toEqual({ form, order: true });
      const gap = told.timeline.segments.find((s) => s.phase === 'settle');
      expect(gap?.seconds).toBeCloseTo(f.settleSeconds, 5);
    }
  });

  if (exercise.perSide) {
    it('narrates both sides in one answer, the second after its own settling gap', () => {
      const told = narrateExercise(routine, at(index, {}, {}), FULL);
      const text = spokenText(told.speech.toString());
      expect(text).toMatch(/Now your right side\./);
      expect(text.indexOf('left')).toBeLessThan(text.indexOf('Now your right side'));
      const settles = told.timeline.segments.filter((s) => s.phase === 'settle');
      expect(settles.map((s) => s.sideIndex)).toEqual([0, 1]);
      expect(settles[1]?.seconds).toBeCloseTo(exercise.forms.floor.switchSeconds, 5);
      expect(told.timeline.marks.map((m) => `${m.sideIndex}:${m.round}${m.inPlace ? '' : ' moving'}`)).toEqual(['0:0', '0:1', '0:2', '1:0 moving', '1:0', '1:1', '1:2']);
    });

    it('starts a resumed second side with its whole set-up, for that side', () => {
      const told = narrateExercise(routine, at(index, { sideIndex: 1, round: 1 }), FULL);
      const text = spokenText(told.speech.toString());
      const f = exercise.forms.floor;
      expect(text).toContain(spokenText(f.getInPlace[f.getInPlace.length - 1] ?? ''));
      expect(text).toContain((f.steps[1] ?? '').replace('{side}', 'right').replace('{other}', 'left'));
      expect(text).not.toMatch(/Round 1 of 2/);
      expect(told.timeline.from).toEqual({ sideIndex: 1, round: 1 });
    });
  }

  it('says in the short form at most 15 s of words before the settling gap and at most 40 words before the first hold', () => {
    for (const form of FORMS) {
      const ssml = narrateExercise(routine, at(index, {}, formSettings(exercise.id, form)), { ...FULL, short: true }).speech.toString();
      const beforeGap = ssml.slice(0, ssml.indexOf('<break'));
      const firstHold = ssml.search(/And hold|\d+, (up|back)\./);
      expect({ form, beforeGap: words(beforeGap) <= 15 * 2.5, beforeHold: words(ssml.slice(0, firstHold)) }).toEqual({
        form,
        beforeGap: true,
        beforeHold: expect.any(Number),
      });
      expect({ form, beforeHold: words(ssml.slice(0, firstHold)) <= 40 }).toEqual({ form, beforeHold: true });
    }
  });

  it('ends with what comes next', () => {
    const ssml = narrateExercise(routine, at(index), FULL).speech.toString();
    expect(spokenText(ssml).endsWith(nextPrompt(routine, at(index)))).toBe(true);
  });
});

describe('narration settings', () => {
  const ids = routine.exercises.map((e) => e.id);

  it('holds the seated forward bend 30 seconds at most, whatever the setting', () => {
    const bend = ids.indexOf('seated-wide-leg-bend');
    const told = narrateExercise(routine, at(bend, {}, { holdSeconds: 60 }), FULL);
    expect(told.timeline.segments.filter((s) => s.phase === 'hold').length).toBe(2);
    expect(doseFor(routine.exercises[bend]!.forms.floor, { ...initialState().settings, holdSeconds: 60 })).toMatchObject({ holdSeconds: 30 });
  });

  it('counts the lifts more slowly on the slow pace', () => {
    const lift = routine.exercises[ids.indexOf('kneeling-hip-lift')]!.forms.floor;
    const normal = doseFor(lift, initialState().settings);
    const slow = doseFor(lift, { ...initialState().settings, countPace: 'slow' });
    expect(slow.kind === 'paced' && normal.kind === 'paced' && slow.upSeconds + slow.downSeconds > normal.upSeconds + normal.downSeconds).toBe(true);
  });

  it('speaks the wake-word tip only when asked to, before the first settling gap', () => {
    const withTip = narrateExercise(routine, at(0), { ...FULL, tip: true }).speech.toString();
    expect(withTip.slice(0, withTip.indexOf('<break'))).toMatch(/say Alexa first/);
    expect(narrateExercise(routine, at(0), FULL).speech.toString()).not.toMatch(/say Alexa first/);
  });

  it('slows the speech with prosody and leaves the clips outside it', () => {
    const ssml = narrateExercise(routine, at(0), { ...FULL, chimes: true, rate: 80 }).speech.wrap(80);
    expect(ssml).toMatch(/^<speak><prosody rate="80%">/);
    expect(ssml).not.toMatch(/<prosody[^>]*>[^<]*(<(?!\/prosody)[^>]*>[^<]*)*<audio/);
  });

  it('chimes after every round when there are five or fewer, else after the last round of each side', () => {
    const few = narrateExercise(routine, at(0), { ...FULL, chimes: true }).speech.toString();
    expect((few.match(/<audio/g) ?? []).length).toBe(4);
    const many = narrateExercise(routine, at(0, {}, { repetitions: 3 }), { ...FULL, chimes: true }).speech.toString();
    expect((many.match(/<audio/g) ?? []).length).toBe(2);
  });

  it('names the starting side first and the other side second', () => {
    for (const startSide of ['left', 'right'] as Side[]) {
      const text = spokenText(narrateExercise(routine, at(1, { startSide }), FULL).speech.toString());
      const other = startSide === 'left' ? 'right' : 'left';
      expect(text).toContain(`We'll start with your ${startSide} side.`);
      expect(text).toContain(`Now your ${other} side.`);
    }
  });
});

describe('the timeline', () => {
  it('places each round end after its hold, in order, and the end after the last round', () => {
    const { timeline } = narrateExercise(routine, at(0), FULL);
    const all = timeline.marks.map((m) => m.end);
    expect([...all].sort((a, b) => a - b)).toEqual(all);
    const ends = timeline.marks.filter((m) => m.round > 0).map((m) => m.end);
    const holds = timeline.segments.filter((s) => s.phase === 'hold');
    expect(ends).toHaveLength(holds.length);
    holds.forEach((hold, i) => expect(ends[i]).toBeGreaterThanOrEqual(hold.start + 30));
    expect(timeline.end).toBeGreaterThanOrEqual(ends[ends.length - 1] ?? 0);
  });

  it('tells the place reached at a moment of the narration', () => {
    const mark = (sideIndex: 0 | 1, round: number, end: number, inPlace = true) => ({ sideIndex, round, end, inPlace });
    const placement = { exercise: 0, from: { sideIndex: 0 as const, round: 0 }, marks: [mark(0, 0, 30), mark(0, 1, 60), mark(0, 2, 110), mark(1, 0, 115, false), mark(1, 0, 125), mark(1, 1, 170)], end: 230 };
    expect(heardAt(placement, 10)).toEqual({ sideIndex: 0, round: 0, inPlace: false });
    expect(heardAt(placement, 31)).toEqual({ sideIndex: 0, round: 0, inPlace: true });
    expect(heardAt(placement, 61)).toEqual({ sideIndex: 0, round: 1, inPlace: true });
    expect(heardAt(placement, 120)).toEqual({ sideIndex: 1, round: 0, inPlace: false });
    expect(heardAt(placement, 1000)).toEqual({ sideIndex: 1, round: 1, inPlace: true });
  });

  it('narrates only the rounds left when picking up after an interruption', () => {
    const told = narrateExercise(routine, at(2, { round: 1 }, { repetitions: 3 }), FULL);
    expect(told.speech.toString()).toMatch(/Round 2 of 3.*Round 3 of 3/);
    expect(told.speech.toString()).not.toMatch(/Round 1 of 3/);
    expect(told.timeline.marks.map((m) => m.round)).toEqual([1, 2, 3]);
    expect(narrateExercise(routine, at(0, { round: 1 }), FULL).timeline.marks.map((m) => `${m.sideIndex}:${m.round}`)).toEqual(['0:1', '0:2', '1:0', '1:0', '1:1', '1:2']);
  });

  it('skips getting into place for a user already there, and gives the one-line cue', () => {
    const told = narrateExercise(routine, at(0, { round: 1, inPlace: true }), FULL);
    const text = spokenText(told.speech.toString());
    expect(text).toMatch(/^When you're ready, begin\. Cross your left ankle over your right knee, and draw that thigh in\. Round 2 of 2\./);
    expect(told.timeline.segments.filter((s) => s.phase === 'settle').map((s) => s.sideIndex)).toEqual([1]);
  });

  it('times each lift of a paced set', () => {
    const { timeline } = narrateExercise(routine, at(3), FULL);
    const lifts = timeline.segments.filter((s) => s.phase === 'lift');
    expect(lifts).toHaveLength(2 * 2 * 15);
    expect(lifts[0]).toMatchObject({ sideIndex: 0, round: 0, rep: 1, reps: 15 });
  });
});
