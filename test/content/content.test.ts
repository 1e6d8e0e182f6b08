// The en-US content: schema, order, uniqueness, placeholders, plain words, safety texts and length budgets.
import enUS from '../../content/locales/en-US.json';
import { RoutineSchema, MESSAGE_KEYS, loadRoutine, type MessageKey, type Routine } from '../../content';
import {
  effectAnswer,
  explainAnswer,
  fill,
  finishedAnswer,
  helpAnswer,
  leftAnswer,
  message,
  narrateSide,
  painAnswer,
  progressAnswer,
  sideVars,
  welcomeAnswer,
  whyAnswer,
  type Answer,
} from '../../lambda/speech';
import { initialState, type Effect, type RoutineState } from '../../lambda/routine';
import type { Progress } from '../../lambda/progress';

const routine = loadRoutine('en-US');

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);

/** Exercise texts the code fills with `{side}` and `{other}`, and the ones it speaks as they are. */
const sidedTexts = (e: Routine['exercises'][number]): string[] => [...e.steps, e.switchSides, e.feel, ...e.easier.steps];
const plainTexts = (e: Routine['exercises'][number]): string[] => [e.name, e.purpose, e.getInPlace, e.avoid, e.whyItHelps, e.easier.name];

/** Texts spoken during the routine, which must be plain words (whyItHelps and whyGeneral may name the muscle). */
const narrationTexts = (): string[] => [
  ...routine.exercises.flatMap((e) => [e.name, e.purpose, e.getInPlace, ...e.steps, e.switchSides, e.feel, e.avoid, e.easier.name, ...e.easier.steps]),
  ...Object.values(routine.cues),
  ...MESSAGE_KEYS.filter((k) => k !== 'whyGeneral').map((k) => routine.messages[k]),
];
const allTexts = (): string[] => [...narrationTexts(), ...routine.exercises.map((e) => e.whyItHelps), routine.messages.whyGeneral];

/** The values the code passes to each message (see lambda/speech and lambda/handlers). */
const POSITION = ['number', 'total', 'exercise', 'name', 'sideWords'];
const MESSAGE_VARS: Record<MessageKey, readonly string[]> = {
  welcomeFirst: [], safetyNotice: [], askSide: [], askSideReprompt: [], sideSet: ['side'], welcomeBack: POSITION, welcomeBackRound: [...POSITION, 'round', 'rounds'], welcomeBackDone: POSITION,
  welcomeBackReprompt: [], welcomeAgain: [], welcomeAgainReprompt: [], sideWords: ['side'], offerStartOver: [],
  offerStartOverReprompt: [], maybeLater: [], exerciseIntro: [...POSITION, 'purpose'], exerciseIntroBrief: POSITION,
  easierIntro: POSITION, sideIntro: ['side'], sideDonePrompt: ['side', 'nextSide'], exerciseDonePrompt: ['number', 'name'],
  lastDonePrompt: [], stepPrompt: [], finished: [], finishedCount: ['count'], finishedFirst: [], finishedStreak: ['streak'],
  closing: [], goodbye: [], pausedPlace: POSITION, pausedAfter: POSITION, pausedReprompt: [], resumeIntro: [], nothingPaused: [], atStart: [],
  alreadyFinished: [], startAgainOffer: [], notStartedReprompt: [], startingOver: [], skipping: ['name'],
  goToInvalid: ['total'], explainIntro: ['name'], explainFeel: ['feel'], explainAvoid: ['avoid'], explainPrompt: [],
  explainPromptIdle: [], explainUnknown: ['list'], whyIntro: ['name'], whyGeneral: [], painAnswer: [], painPrompt: [],
  easierOn: [], easierAlready: [], harderOff: [], harderHold: ['seconds'], harderMax: [], harderPaced: [], holdSet: ['seconds'],
  holdInvalid: [], repsSet: ['count'], repsInvalid: [], sideInvalid: [], settingsPrompt: [], leftCount: ['count', 'list'],
  leftOne: ['name'], leftNone: [], leftIdle: ['total', 'list'], helpIdle: [], helpActive: POSITION, helpFinished: [],
  fallback: [], fallbackActive: [], yesNoNothing: [], error: [], errorReprompt: [], saveWarning: [],
  progressNone: [], progressSome: ['count', 'when'], progressOne: ['when'], progressStreak: ['streak'], today: [],
  yesterday: [], daysAgo: ['days'], andWord: [],
};

const CUE_VARS: Record<keyof Routine['cues'], readonly string[]> = {
  holdStart: [], halfway: [], tenMore: [], release: [], rest: [], again: [], repetition: ['n', 'total'], paceCount: ['n'],
  paceDown: [], setIntro: ['n', 'total'], setRest: [], setsDone: [],
};

const wordPattern = (words: readonly string[]): RegExp => new RegExp(`\\b(${words.join('|')})\\b`, 'i');
const JARGON = ['contralateral', 'coxofemoral', 'thoracic', 'supine', 'proprioception', 'proprioceptive', 'gluteal', 'gluteus', 'lumbar', 'bilateral', 'flexed', 'flexion'];
const CLINICAL_NAMES = ['piriformis', 'sciatic'];
const CURE_CLAIMS = /\bcur(e|es|ed|ing)\b|\bends? (your )?sciatica\b|\beliminat|\bguarantee/i;

const clone = (): Record<string, unknown> => structuredClone(enUS) as unknown as Record<string, unknown>;
const exercisesOf = (raw: Record<string, unknown>): Record<string, unknown>[] => raw.exercises as Record<string, unknown>[];
const issuePaths = (raw: unknown): string[] => {
  const result = RoutineSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('en-US content', () => {
  it('parses with RoutineSchema', () => {
    expect(RoutineSchema.safeParse(enUS).success).toBe(true);
    expect(routine.locale).toBe('en-US');
  });

  it('lists the four exercises in the article order', () => {
    expect(routine.exercises.map((e) => e.id)).toEqual(['lying-crossed-knee', 'standing-figure-four', 'seated-wide-leg-bend', 'kneeling-hip-lift']);
  });

  it('gives every exercise a unique id and a unique name', () => {
    const ids = routine.exercises.map((e) => e.id);
    const names = routine.exercises.map((e) => e.name.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('never gives two exercises the same synonym, nor another exercise name as a synonym', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of routine.exercises) {
      for (const word of [e.name, e.name.replace(/^the /i, '')]) owner.set(word.toLowerCase(), e.id);
    }
    for (const e of routine.exercises) {
      for (const synonym of new Set(e.synonyms.map((s) => s.toLowerCase()))) {
        const other = owner.get(synonym);
        if (other !== undefined && other !== e.id) clashes.push(`"${synonym}" of ${e.id} belongs to ${other}`);
        owner.set(synonym, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has a held and a paced exercise, and exercises done per side and once', () => {
    const kinds = routine.exercises.map((e) => e.dose.kind);
    expect(kinds).toContain('hold');
    expect(kinds).toContain('paced');
    expect(routine.exercises.some((e) => e.perSide)).toBe(true);
    expect(routine.exercises.some((e) => !e.perSide)).toBe(true);
    expect(routine.exercises.find((e) => e.id === 'kneeling-hip-lift')?.dose.kind).toBe('paced');
    expect(routine.exercises.find((e) => e.id === 'seated-wide-leg-bend')?.perSide).toBe(false);
  });

  it('gives every per-side exercise words for changing sides and the once-only one none', () => {
    for (const e of routine.exercises) expect([e.id, e.switchSides.trim().length > 0]).toEqual([e.id, e.perSide]);
  });
});

describe('placeholders', () => {
  it('uses only {side} and {other} in the exercise texts the code fills', () => {
    for (const e of routine.exercises) {
      for (const text of sidedTexts(e)) {
        expect({ text, unknown: placeholders(text).filter((p) => p !== 'side' && p !== 'other') }).toEqual({ text, unknown: [] });
        for (const side of ['left', 'right'] as const) expect(fill(text, sideVars(routine, side))).not.toMatch(/[{}]/);
      }
    }
  });

  it('has no placeholder in the exercise texts spoken as they are', () => {
    for (const e of routine.exercises) for (const text of plainTexts(e)) expect({ text, found: placeholders(text) }).toEqual({ text, found: [] });
  });

  it('uses only the values the code gives each cue', () => {
    for (const [key, text] of Object.entries(routine.cues)) {
      const allowed = CUE_VARS[key as keyof Routine['cues']];
      expect({ key, unknown: placeholders(text).filter((p) => !allowed.includes(p)) }).toEqual({ key, unknown: [] });
    }
  });

  it('uses only the values the code gives each message', () => {
    for (const key of MESSAGE_KEYS) {
      const unknown = placeholders(routine.messages[key]).filter((p) => !MESSAGE_VARS[key].includes(p));
      expect({ key, unknown }).toEqual({ key, unknown: [] });
    }
  });

  it('fills every message with the values listed for it', () => {
    for (const key of MESSAGE_KEYS) {
      const vars = Object.fromEntries(MESSAGE_VARS[key].map((name) => [name, `<${name}>`]));
      expect(message(routine, key, vars)).not.toMatch(/\{\w+\}/);
    }
  });

  it('fills every message the answer functions speak, in every status and position', () => {
    const progress: Progress = { completed: 3, lastDate: '2024-05-09', streak: 2, recent: ['a', 'b', 'c'] };
    const context = { chimes: true, progress, today: '2024-05-10' };
    const effects: Effect[] = [
      { type: 'narrate', mode: 'full' }, { type: 'narrate', mode: 'brief', note: 'resumed' }, { type: 'narrate', mode: 'full', note: 'skipped' },
      { type: 'narrate', mode: 'full', note: 'startOver' }, { type: 'narrate', mode: 'brief', note: 'notPaused' }, { type: 'finished' },
      { type: 'alreadyFinished' }, { type: 'atStart' }, { type: 'paused' }, { type: 'notActive' }, { type: 'invalidExercise' },
      { type: 'settingChanged' }, { type: 'easierOn' }, { type: 'easierAlready' }, { type: 'harderOff' }, { type: 'harderHold', seconds: 45 },
      { type: 'harderMax' }, { type: 'harderPaced' },
    ];
    const answers: Answer[] = [painAnswer(routine), finishedAnswer(routine, progress, '2024-05-10')];
    for (const status of ['idle', 'active', 'paused', 'finished'] as const) {
      for (const [exercise, e] of routine.exercises.entries()) {
        for (const sideIndex of e.perSide ? ([0, 1] as const) : ([0] as const)) {
          for (const easier of [[], [e.id]]) {
            const base = initialState();
            const state: RoutineState = { ...base, status, exercise, sideIndex, affectedSide: 'left', safetyNoticeHeard: true, settings: { ...base.settings, easier } };
            answers.push(helpAnswer(routine, state), leftAnswer(routine, state), whyAnswer(routine, state, null), whyAnswer(routine, state, exercise));
            answers.push(welcomeAnswer(routine, state), welcomeAnswer(routine, { ...state, safetyNoticeHeard: false }));
            answers.push(progressAnswer(routine, state, progress, '2024-05-20'), explainAnswer(routine, state, exercise));
            answers.push({ ...narrateSide(routine, state, { mode: 'full', chimes: false }) });
            for (const effect of effects) answers.push(effectAnswer(routine, state, state, effect, context));
          }
        }
      }
    }
    for (const answer of answers) {
      expect(answer.speech.toString()).not.toMatch(/\{\w+\}/);
      expect(answer.reprompt?.toString() ?? '').not.toMatch(/\{\w+\}/);
    }
  });
});

describe('plain words', () => {
  it('uses no clinical jargon in the narration', () => {
    const found = narrationTexts().filter((t) => wordPattern([...JARGON, ...CLINICAL_NAMES]).test(t));
    expect(found).toEqual([]);
  });

  it('uses no clinical jargon beyond the muscle and nerve names in the explanations', () => {
    const found = [...routine.exercises.map((e) => e.whyItHelps), routine.messages.whyGeneral].filter((t) => wordPattern(JARGON).test(t));
    expect(found).toEqual([]);
  });

  it('makes no promise to cure or end sciatica', () => {
    expect(allTexts().filter((t) => CURE_CLAIMS.test(t))).toEqual([]);
  });

  it('recognizes the jargon and cure claims it forbids', () => {
    expect(wordPattern(JARGON).test('Lie supine with the knee flexed.')).toBe(true);
    expect(wordPattern(CLINICAL_NAMES).test('It stretches the piriformis.')).toBe(true);
    expect(wordPattern(CLINICAL_NAMES).test('Stretches for sciatica.')).toBe(false);
    expect(CURE_CLAIMS.test('This routine will end sciatica for good.')).toBe(true);
    expect(CURE_CLAIMS.test('A guaranteed fix.')).toBe(true);
  });
});

describe('safety texts', () => {
  it('says the notice is not medical advice and names sharp pain and the red flags', () => {
    const notice = routine.messages.safetyNotice;
    expect(notice).toMatch(/not medical advice/i);
    expect(notice).toMatch(/sharp/i);
    expect(notice).toMatch(/groin|bottom/i);
    expect(notice).toMatch(/pee|bowel/i);
    expect(notice).toMatch(/both legs/i);
    expect(notice).toMatch(/at once|right away|straight away/i);
  });

  it('tells the user to stop and names the red flags in the pain answer', () => {
    const pain = routine.messages.painAnswer;
    expect(pain).toMatch(/\bstop\b/i);
    expect(pain).toMatch(/sharp/i);
    expect(pain).toMatch(/groin|bottom/i);
    expect(pain).toMatch(/pee|bowel/i);
    expect(pain).toMatch(/both legs/i);
  });

  it('advises seeing a doctor in the closing line', () => {
    expect(routine.messages.closing).toMatch(/doctor/i);
  });
});

describe('length budgets', () => {
  const over = (texts: readonly string[], max: number): string[] => texts.filter((t) => t.length > max);

  it('keeps every exercise text short enough to hear once', () => {
    for (const e of routine.exercises) {
      expect(over([e.name, e.easier.name], 50)).toEqual([]);
      expect(over([...e.steps, ...e.easier.steps], 140)).toEqual([]);
      expect(over([e.purpose, e.getInPlace, e.switchSides, e.feel, e.avoid], 160)).toEqual([]);
      expect(over([e.whyItHelps], 600)).toEqual([]);
      expect(e.synonyms.length).toBeLessThanOrEqual(12);
    }
  });

  it('keeps cues and messages short', () => {
    expect(over(Object.values(routine.cues), 60)).toEqual([]);
    expect(over(Object.values(routine.messages), 400)).toEqual([]);
    expect(over([routine.messages.safetyNotice], 350)).toEqual([]);
  });
});

describe('RoutineSchema on broken content', () => {
  it('accepts an unbroken copy', () => {
    expect(issuePaths(clone())).toEqual([]);
  });

  it('rejects an exercise with a missing field and names it', () => {
    const raw = clone();
    delete exercisesOf(raw)[0]?.purpose;
    expect(issuePaths(raw)).toContain('exercises.0.purpose');
  });

  it('rejects a missing message and names it', () => {
    const raw = clone();
    delete (raw.messages as Record<string, unknown>).painAnswer;
    expect(issuePaths(raw)).toContain('messages.painAnswer');
  });

  it('rejects a bad dose and names the field', () => {
    const zeroSets = clone();
    (exercisesOf(zeroSets)[3]?.dose as Record<string, unknown>).sets = 0;
    expect(issuePaths(zeroSets)).toContain('exercises.3.dose.sets');
    const badKind = clone();
    (exercisesOf(badKind)[0]?.dose as Record<string, unknown>).kind = 'stretch';
    expect(issuePaths(badKind).some((p) => p.startsWith('exercises.0.dose'))).toBe(true);
    const shortRest = clone();
    (exercisesOf(shortRest)[1]?.dose as Record<string, unknown>).restSeconds = 1;
    expect(issuePaths(shortRest)).toContain('exercises.1.dose.restSeconds');
  });

  it('rejects a duplicate exercise id and names the exercises', () => {
    const raw = clone();
    const exercises = exercisesOf(raw);
    exercises.push(structuredClone(exercises[0] as Record<string, unknown>));
    expect(issuePaths(raw)).toEqual(['exercises']);
  });

  it('rejects a bad id, an empty step and an unknown locale format', () => {
    const raw = clone();
    (exercisesOf(raw)[2] as Record<string, unknown>).id = 'Seated Bend';
    ((exercisesOf(raw)[2] as Record<string, unknown>).steps as string[])[0] = '   ';
    raw.locale = 'english';
    expect(issuePaths(raw)).toEqual(expect.arrayContaining(['exercises.2.id', 'exercises.2.steps.0', 'locale']));
  });
});
