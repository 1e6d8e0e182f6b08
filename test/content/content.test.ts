// The en-US content: schema, order, forms, placeholders, plain words, safety texts and length budgets.
import enUS from '../../content/locales/en-US.json';
import { FORMS, MESSAGE_PLACEHOLDERS, RoutineSchema, loadRoutine, placeholdersOf, type Form, type MessageKey, type Routine } from '../../content';
import { fill, sideVars } from '../../lambda/speech';
import { readingGrade } from '../support/readability';

const routine = loadRoutine('en-US');
const forms = (e: Routine['exercises'][number]): Form[] => FORMS.map((name) => e.forms[name]);

/** Exercise texts the code fills with `{side}` and `{other}`. */
const sidedTexts = (f: Form): string[] => [...f.steps, f.cue, f.switchSides, f.feel];
/** Exercise texts spoken as they are. */
const plainTexts = (f: Form): string[] => [f.name, ...f.getInPlace, f.getInPlaceShort, f.avoid];

/** Every text spoken during the routine, which must be plain words (the "why" texts may name the muscle). */
const narrationTexts = (): string[] => [
  ...routine.exercises.flatMap((e) => [e.name, e.purpose, ...forms(e).flatMap((f) => [...sidedTexts(f), ...plainTexts(f)])]),
  ...Object.values(routine.cues),
  ...(Object.keys(MESSAGE_PLACEHOLDERS) as MessageKey[]).filter((k) => k !== 'whyGeneral').map((k) => routine.messages[k]),
];
const allTexts = (): string[] => [...narrationTexts(), ...routine.exercises.map((e) => e.whyItHelps), routine.messages.whyGeneral];

/** A text with every placeholder filled the way the skill fills it. */
const filled = (text: string): string =>
  text
    .replace(/\{(side|other)\}/g, (_, k: string) => (k === 'side' ? 'left' : 'right'))
    .replace(/\{(name|exercise)\}/g, 'the standing figure four')
    .replace(/\{sideWords\}/g, ', left side')
    .replace(/\{\w+\}/g, 'two');

const wordPattern = (words: readonly string[]): RegExp => new RegExp(`\\b(${words.join('|')})\\b`, 'i');
const JARGON = ['contralateral', 'coxofemoral', 'thoracic', 'supine', 'proprioception', 'proprioceptive', 'gluteal', 'gluteus', 'lumbar', 'bilateral', 'flexed', 'flexion', 'myofascial', 'hamstrings?'];
const CLINICAL_NAMES = ['piriformis', 'sciatic'];
const CURE_CLAIMS = /\bcur(e|es|ed|ing)\b|\bends? (your )?sciatica\b|\beliminat|\bguarantee|\bfix(es)? (your )?(sciatica|back)\b/i;
/** Words that would make the side question, or any stored preference, a question about the user's health. */
const CONDITION_WORDS = /\b(hurts?|pain(ful)?|bad|sore|affected|injured|problem)\b/i;

/** Getting down to the floor or onto the knees (a chair form never asks for it). */
const GETTING_DOWN = /\b(sit (down )?on the floor|down to the floor|come down|kneel|hands and knees|lie on your back)\b/i;

const clone = (): Record<string, unknown> => structuredClone(enUS) as unknown as Record<string, unknown>;
const exercisesOf = (raw: Record<string, unknown>): Record<string, unknown>[] => raw.exercises as Record<string, unknown>[];
const formOf = (raw: Record<string, unknown>, index: number, form: string): Record<string, unknown> =>
  ((exercisesOf(raw)[index] as Record<string, unknown>).forms as Record<string, Record<string, unknown>>)[form] as Record<string, unknown>;
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

  it('gives every exercise a unique id and a unique name, and every form of an exercise its own name', () => {
    const ids = routine.exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(routine.exercises.map((e) => e.name.toLowerCase())).size).toBe(ids.length);
    for (const e of routine.exercises) expect(new Set(forms(e).map((f) => f.name)).size).toBe(FORMS.length);
  });

  it('never gives two exercises the same synonym, nor another exercise name as a synonym', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of routine.exercises) for (const word of [e.name, e.name.replace(/^the /i, '')]) owner.set(word.toLowerCase(), e.id);
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
    const kinds = routine.exercises.map((e) => e.forms.floor.dose.kind);
    expect(kinds).toContain('hold');
    expect(kinds).toContain('paced');
    expect(routine.exercises.find((e) => e.id === 'seated-wide-leg-bend')?.perSide).toBe(false);
  });

  it('gives every per-side form words for changing sides, and the once-only exercise none', () => {
    for (const e of routine.exercises) for (const f of forms(e)) expect([e.id, f.name, f.switchSides.trim().length > 0]).toEqual([e.id, f.name, e.perSide]);
  });

  it('gives every exercise a chair form that needs no floor and no kneeling', () => {
    for (const e of routine.exercises) {
      for (const f of [e.forms.chair, e.forms.chairEasier]) {
        const said = [...f.getInPlace, f.getInPlaceShort, ...f.steps, f.cue].join(' ');
        expect({ form: f.name, said }).toEqual({ form: f.name, said: expect.stringMatching(/chair/) });
        expect({ form: f.name, floor: GETTING_DOWN.test([...f.getInPlace, f.getInPlaceShort].join(' ')) }).toEqual({ form: f.name, floor: false });
      }
    }
  });

  it('keeps the gentler form of the strengthening exercise a strengthening move (counted lifts), not a stretch', () => {
    const lift = routine.exercises.find((e) => e.id === 'kneeling-hip-lift');
    expect(lift?.forms.easier.dose.kind).toBe('paced');
    expect(lift?.forms.chair.dose.kind).toBe('paced');
  });

  it('puts a towel or cushion under the knees whenever the user kneels', () => {
    for (const e of routine.exercises) {
      for (const f of forms(e)) {
        if (/hands and knees|kneel/.test(f.getInPlace.join(' '))) expect(f.getInPlace.join(' ')).toMatch(/towel|cushion/);
      }
    }
  });

  it('does the seated forward bend with knees bent and no deeper invitation, held 30 seconds at most', () => {
    const bend = routine.exercises.find((e) => e.id === 'seated-wide-leg-bend');
    const floor = bend?.forms.floor;
    expect(floor?.steps.join(' ')).toMatch(/bend your knees/i);
    expect(floor?.avoid).toMatch(/tingling runs down your leg/);
    expect([bend?.purpose, bend?.whyItHelps, ...(floor?.steps ?? [])].join(' ')).not.toMatch(/load off|takes .* strain off|if you're flexible|forearms/i);
    expect(floor?.dose).toMatchObject({ kind: 'hold', maxHoldSeconds: 30 });
  });

  it('gives a settling gap of about 10 s to stand or sit and about 15 s to get down to the floor', () => {
    for (const e of routine.exercises) {
      for (const f of forms(e)) {
        const floorWork = GETTING_DOWN.test(f.getInPlace.join(' '));
        expect({ form: f.name, settle: f.settleSeconds >= (floorWork ? 15 : 8) }).toEqual({ form: f.name, settle: true });
      }
    }
  });
});

describe('placeholders', () => {
  it('uses only {side} and {other} in the exercise texts the code fills', () => {
    for (const e of routine.exercises) {
      for (const text of forms(e).flatMap(sidedTexts)) {
        expect({ text, unknown: placeholdersOf(text).filter((p) => p !== 'side' && p !== 'other') }).toEqual({ text, unknown: [] });
        for (const side of ['left', 'right'] as const) expect(fill(text, sideVars(routine, side))).not.toMatch(/[{}]/);
      }
    }
  });

  it('has no placeholder in the exercise texts spoken as they are', () => {
    for (const e of routine.exercises) {
      for (const text of [e.name, e.purpose, e.whyItHelps, ...forms(e).flatMap(plainTexts)]) expect({ text, found: placeholdersOf(text) }).toEqual({ text, found: [] });
    }
  });

  it('uses in each message exactly the placeholders declared for its key', () => {
    for (const key of Object.keys(MESSAGE_PLACEHOLDERS) as MessageKey[]) {
      const used = new Set(placeholdersOf(routine.messages[key]));
      const declared = new Set<string>(MESSAGE_PLACEHOLDERS[key]);
      expect({ key, used: [...used].sort() }).toEqual({ key, used: [...declared].sort() });
    }
  });

  it('rejects a message that uses a placeholder its key does not declare', () => {
    const raw = clone();
    (raw.messages as Record<string, string>).sideSet = 'Okay, your {leg} leg.';
    expect(issuePaths(raw)).toContain('messages.sideSet');
  });
});

describe('plain words', () => {
  it('uses no clinical jargon in the narration', () => {
    expect(narrationTexts().filter((t) => wordPattern([...JARGON, ...CLINICAL_NAMES]).test(t))).toEqual([]);
  });

  it('uses no clinical jargon beyond the muscle and nerve names in the explanations', () => {
    expect([...routine.exercises.map((e) => e.whyItHelps), routine.messages.whyGeneral].filter((t) => wordPattern(JARGON).test(t))).toEqual([]);
  });

  it('makes no promise to cure or end sciatica', () => {
    expect(allTexts().filter((t) => CURE_CLAIMS.test(t))).toEqual([]);
  });

  it('reads at grade 6 or lower in every instruction and message of ten words or more', () => {
    const hard = narrationTexts()
      .map(filled)
      .filter((t) => t.split(/\s+/).length >= 10)
      .map((t) => ({ grade: Math.round(readingGrade(t) * 10) / 10, t }))
      .filter(({ grade }) => grade > 6);
    expect(hard).toEqual([]);
  });

  it('recognizes the jargon, cure claims and hard reading it forbids', () => {
    expect(wordPattern(JARGON).test('Lie supine with the knee flexed.')).toBe(true);
    expect(wordPattern(CLINICAL_NAMES).test('It stretches the piriformis.')).toBe(true);
    expect(CURE_CLAIMS.test('This routine will end sciatica for good.')).toBe(true);
    expect(CURE_CLAIMS.test('A guaranteed fix.')).toBe(true);
    expect(readingGrade('Contralateral coxofemoral proprioceptive mobilization facilitates neuromuscular rehabilitation considerably.')).toBeGreaterThan(6);
    expect(readingGrade('Lie on your back. Bend your knees. Rest your feet on the floor.')).toBeLessThan(6);
  });
});

describe('safety texts', () => {
  it('says the notice is not medical advice and names sharp pain and the warning signs', () => {
    const notice = routine.messages.safetyNotice;
    expect(notice).toMatch(/not medical advice/i);
    expect(notice).toMatch(/sharp/i);
    expect(notice).toMatch(/groin|bottom/i);
    expect(notice).toMatch(/pee|bowel/i);
    expect(notice).toMatch(/both legs/i);
    expect(notice).toMatch(/at once|right away|straight away/i);
  });

  it('tells the user to stop in the pain answer and offers easier, skip or stop', () => {
    expect(routine.messages.painAnswer).toMatch(/\bstop\b/i);
    expect(routine.messages.painAnswer).toMatch(/sharp/i);
    expect(routine.messages.painOptions).toMatch(/easier.*skip.*stop/i);
  });

  it('sends the warning signs to the emergency services in the words used in the United States', () => {
    expect(routine.messages.warningAnswer).toMatch(/call 911/);
    expect(routine.messages.warningAnswer).toMatch(/emergency room/);
    expect(routine.messages.injuryAnswer).toMatch(/call 911/);
  });

  it('keeps urgent words for the warning signs and injuries only', () => {
    const urgent = /\b911\b|emergency|at once|right away|\bnow\b.*doctor/i;
    const allowed: MessageKey[] = ['warningAnswer', 'injuryAnswer', 'safetyNotice'];
    const found = (Object.keys(routine.messages) as MessageKey[]).filter((k) => !allowed.includes(k) && urgent.test(routine.messages[k]));
    expect(found).toEqual([]);
  });

  it('advises seeing a doctor in the closing line', () => {
    expect(routine.messages.closing).toMatch(/doctor/i);
  });

  it('asks which side to start with as a preference, never about pain or a bad leg', () => {
    for (const key of ['askSide', 'askSideReprompt', 'sideSet'] as const) expect({ key, text: routine.messages[key] }).not.toEqual({ key, text: expect.stringMatching(CONDITION_WORDS) });
    expect(routine.messages.askSide).toMatch(/start/);
  });

  it('teaches the wake word in the tip and the help', () => {
    for (const key of ['wakeWordTip', 'helpIdle', 'helpActive'] as const) expect(routine.messages[key]).toMatch(/Alexa, pause/);
  });
});

describe('length budgets', () => {
  const over = (texts: readonly string[], max: number): string[] => texts.filter((t) => t.length > max);

  it('keeps every exercise text short enough to hear once', () => {
    for (const e of routine.exercises) {
      for (const f of forms(e)) {
        expect(over([f.name], 50)).toEqual([]);
        expect(over([...f.steps, ...f.getInPlace, f.cue, f.getInPlaceShort], 140)).toEqual([]);
        expect(over([f.switchSides, f.feel, f.avoid], 160)).toEqual([]);
      }
      expect(over([e.purpose], 160)).toEqual([]);
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

  it('rejects a missing form and names it', () => {
    const raw = clone();
    delete ((exercisesOf(raw)[1] as Record<string, unknown>).forms as Record<string, unknown>).chair;
    expect(issuePaths(raw)).toContain('exercises.1.forms.chair');
  });

  it('rejects a missing message and names it', () => {
    const raw = clone();
    delete (raw.messages as Record<string, unknown>).painAnswer;
    expect(issuePaths(raw)).toContain('messages.painAnswer');
  });

  it('rejects a bad dose or settling gap and names the field', () => {
    const zeroSets = clone();
    (formOf(zeroSets, 3, 'floor').dose as Record<string, unknown>).sets = 0;
    expect(issuePaths(zeroSets)).toContain('exercises.3.forms.floor.dose.sets');
    const badKind = clone();
    (formOf(badKind, 0, 'floor').dose as Record<string, unknown>).kind = 'stretch';
    expect(issuePaths(badKind).some((p) => p.startsWith('exercises.0.forms.floor.dose'))).toBe(true);
    const noSettle = clone();
    formOf(noSettle, 2, 'chair').settleSeconds = 0;
    expect(issuePaths(noSettle)).toContain('exercises.2.forms.chair.settleSeconds');
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
    (formOf(raw, 2, 'floor').steps as string[])[0] = '   ';
    raw.locale = 'english';
    expect(issuePaths(raw)).toEqual(expect.arrayContaining(['exercises.2.id', 'exercises.2.forms.floor.steps.0', 'locale']));
  });
});
