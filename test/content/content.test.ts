// The content of every locale: schema, order, forms, placeholders, plain words, safety texts and length budgets.
// The rules that depend on the language (jargon, cure claims, reading) come from language-rules.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import enUS from '../../content/locales/en-US.json';
import { FORMS, LOCALES, MESSAGE_PLACEHOLDERS, languageOf, loadRoutine, readLocaleFile, type Form, type Locale, type MessageKey, type Routine } from '../../content';
import { RoutineSchema, placeholdersOf } from '../../content/schema';
import { fill, sideVars } from '../../lambda/speech';
import { ContentError, validateAllLocales, validateLocale } from '../../content/validate';
import { readingGrade } from '../support/readability';
import { EMERGENCY, LANGUAGE_RULES, sentenceBudget } from './language-rules';

const forms = (e: Routine['exercises'][number]): Form[] => FORMS.map((name) => e.forms[name]);

/** Exercise texts the code fills with `{side}` and `{other}` (and their agreeing forms). */
const sidedTexts = (f: Form): string[] => [...f.steps, f.cue, f.switchSides, f.feel];
/** Exercise texts spoken as they are. */
const plainTexts = (f: Form): string[] => [f.name, ...f.getInPlace, f.getInPlaceShort, f.avoid];

/** Every text spoken during the routine, which must be plain words (the "why" texts may name the muscle). */
const narrationTexts = (routine: Routine): string[] => [
  ...routine.exercises.flatMap((e) => [e.name, e.purpose, ...forms(e).flatMap((f) => [...sidedTexts(f), ...plainTexts(f)])]),
  ...Object.values(routine.cues),
  ...(Object.keys(MESSAGE_PLACEHOLDERS) as MessageKey[]).filter((k) => k !== 'whyGeneral').map((k) => routine.messages[k]),
];
const allTexts = (routine: Routine): string[] => [...narrationTexts(routine), ...routine.exercises.map((e) => e.whyItHelps), routine.messages.whyGeneral];

/** A text with every placeholder filled the way the skill fills it, in the locale's words. */
const filled = (routine: Routine, text: string): string => {
  const sides = sideVars(routine, 'left');
  const name = routine.exercises[1]?.name ?? '';
  return text
    .replace(/\{((?:side|other)(?:_\w+)?)\}/g, (_, k: string) => String(sides[k] ?? ''))
    .replace(/\{(name|exercise)\}/g, name)
    .replace(/\{sideWords\}/g, fill(routine.messages.sideWords, { side: routine.sides.left }))
    .replace(/\{\w+\}/g, '2');
};

const wordPattern = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])(${words.join('|')})(?![\\p{L}])`, 'iu');

describe('the locale files', () => {
  it('are exactly the locales the skill speaks, each with its own file', () => {
    const files = readdirSync(join(__dirname, '..', '..', 'content', 'locales')).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...LOCALES].sort());
  });

  it("base each variant on a locale of the same language, and name their own locale", () => {
    for (const locale of LOCALES) {
      const routine = loadRoutine(locale);
      expect({ locale, named: routine.locale }).toEqual({ locale, named: locale });
      if (routine.base) expect({ locale, base: routine.base.slice(0, 2) }).toEqual({ locale, base: locale.slice(0, 2) });
    }
  });
});

describe.each(LOCALES)('%s content', (locale: Locale) => {
  const routine = loadRoutine(locale);
  const rules = LANGUAGE_RULES[languageOf(locale)];

  it('parses with RoutineSchema', () => {
    expect(routine.locale).toBe(locale);
  });

  it('lists the four exercises in the article order', () => {
    expect(routine.exercises.map((e) => e.id)).toEqual(['lying-crossed-knee', 'standing-figure-four', 'seated-wide-leg-bend', 'kneeling-hip-lift']);
  });

  it('gives every exercise a unique name, and every form of an exercise its own name', () => {
    expect(new Set(routine.exercises.map((e) => e.name.toLowerCase())).size).toBe(routine.exercises.length);
    for (const e of routine.exercises) expect(new Set(forms(e).map((f) => f.name)).size).toBe(FORMS.length);
  });

  it('never gives two exercises the same synonym, nor another exercise name as a synonym', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const article = /^(the|el|la|le|l'|die|der|das) ?/i;
    for (const e of routine.exercises) for (const word of [e.name, e.name.replace(article, '')]) owner.set(word.toLowerCase(), e.id);
    for (const e of routine.exercises) {
      for (const synonym of new Set(e.synonyms.map((s) => s.toLowerCase()))) {
        const other = owner.get(synonym);
        if (other !== undefined && other !== e.id) clashes.push(`"${synonym}" of ${e.id} belongs to ${other}`);
        owner.set(synonym, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('doses every exercise as the base routine does: a paced strengthening move, a forward bend done once', () => {
    expect(routine.exercises.map((e) => e.forms.floor.dose.kind)).toEqual(['hold', 'hold', 'hold', 'paced']);
    expect(routine.exercises.map((e) => e.perSide)).toEqual([true, true, false, true]);
    const lift = routine.exercises.find((e) => e.id === 'kneeling-hip-lift');
    expect([lift?.forms.easier.dose.kind, lift?.forms.chair.dose.kind]).toEqual(['paced', 'paced']);
    expect(routine.exercises.find((e) => e.id === 'seated-wide-leg-bend')?.forms.floor.dose).toMatchObject({ kind: 'hold', maxHoldSeconds: 30 });
  });

  it('gives every per-side form words for changing sides, and the once-only exercise none', () => {
    for (const e of routine.exercises) for (const f of forms(e)) expect([e.id, f.name, f.switchSides.trim().length > 0]).toEqual([e.id, f.name, e.perSide]);
  });

  it('gives every exercise a chair form that needs no floor and no kneeling', () => {
    for (const e of routine.exercises) {
      for (const f of [e.forms.chair, e.forms.chairEasier]) {
        const said = [...f.getInPlace, f.getInPlaceShort, ...f.steps, f.cue].join(' ');
        expect({ form: f.name, chair: rules.chair.test(said) }).toEqual({ form: f.name, chair: true });
        expect({ form: f.name, floor: rules.gettingDown.test([...f.getInPlace, f.getInPlaceShort].join(' ')) }).toEqual({ form: f.name, floor: false });
      }
    }
  });

  it('puts a towel or cushion under the knees whenever the user kneels', () => {
    for (const e of routine.exercises) {
      for (const f of forms(e)) {
        if (rules.kneeling.test(f.getInPlace.join(' '))) expect(f.getInPlace.join(' ')).toMatch(rules.towelOrCushion);
      }
    }
  });

  it('does the seated forward bend with knees bent, and says to come up when pain or tingling runs down a leg', () => {
    const floor = routine.exercises.find((e) => e.id === 'seated-wide-leg-bend')?.forms.floor;
    expect(floor?.steps.join(' ')).toMatch(rules.bendKnees);
    expect(floor?.avoid).toMatch(rules.tinglingDownLeg);
  });

  it('gives a settling gap of about 10 s to stand or sit and about 15 s to get down to the floor', () => {
    for (const e of routine.exercises) {
      for (const f of forms(e)) {
        const floorWork = rules.gettingDown.test(f.getInPlace.join(' '));
        expect({ form: f.name, settle: f.settleSeconds >= (floorWork ? 15 : 8) }).toEqual({ form: f.name, settle: true });
      }
    }
  });

  it('uses only {side}, {other} and the side forms the locale declares in the exercise texts the code fills', () => {
    const known = new Set(['side', 'other', ...Object.keys(routine.sides.forms).flatMap((f) => [`side_${f}`, `other_${f}`])]);
    for (const e of routine.exercises) {
      for (const text of forms(e).flatMap(sidedTexts)) {
        expect({ text, unknown: placeholdersOf(text).filter((p) => !known.has(p)) }).toEqual({ text, unknown: [] });
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
      expect({ key, used: [...used].sort() }).toEqual({ key, used: [...new Set<string>(MESSAGE_PLACEHOLDERS[key])].sort() });
    }
  });

  it('uses no clinical jargon in the narration', () => {
    expect(narrationTexts(routine).filter((t) => wordPattern([...rules.jargon, ...rules.clinicalNames]).test(t))).toEqual([]);
  });

  it('uses no clinical jargon beyond the muscle and nerve names in the explanations', () => {
    expect([...routine.exercises.map((e) => e.whyItHelps), routine.messages.whyGeneral].filter((t) => wordPattern(rules.jargon).test(t))).toEqual([]);
  });

  it('makes no promise to cure or end sciatica', () => {
    expect(allTexts(routine).filter((t) => rules.cureClaims.test(t))).toEqual([]);
  });

  it('is easy to take in by ear: every instruction and message', () => {
    const hard = narrationTexts(routine)
      .map((t) => filled(routine, t))
      .map((t) => ({ t, problem: rules.hardToHear(t) }))
      .filter(({ problem }) => problem !== null);
    expect(hard).toEqual([]);
  });

  it('says the notice is not medical advice and names sharp pain and the warning signs', () => {
    for (const pattern of rules.notice) expect(routine.messages.safetyNotice).toMatch(pattern);
  });

  it('tells the user to stop in the pain answer and offers easier, skip or stop', () => {
    for (const pattern of rules.painStop) expect(routine.messages.painAnswer).toMatch(pattern);
    expect(routine.messages.painOptions).toMatch(rules.painOptions);
  });

  it("sends the warning signs and injuries to the country's emergency services, in its words", () => {
    const advice = EMERGENCY[locale];
    for (const pattern of advice.warning) expect(routine.messages.warningAnswer).toMatch(pattern);
    for (const pattern of advice.injury) expect(routine.messages.injuryAnswer).toMatch(pattern);
  });

  it('reads the emergency numbers as people say them there', () => {
    expect([...routine.sayAsDigits].sort()).toEqual([...EMERGENCY[locale].digits].sort());
  });

  it('keeps urgent words for the warning signs and injuries only', () => {
    const allowed: MessageKey[] = ['warningAnswer', 'injuryAnswer', 'safetyNotice'];
    const found = (Object.keys(routine.messages) as MessageKey[]).filter((k) => !allowed.includes(k) && rules.urgent.test(routine.messages[k]));
    expect(found).toEqual([]);
  });

  it('advises seeing a doctor in the closing line', () => {
    expect(routine.messages.closing).toMatch(rules.doctor);
  });

  it('asks which side to start with as a preference, never about pain or a bad leg', () => {
    for (const key of ['askSide', 'askSideReprompt', 'sideSet'] as const) expect({ key, text: routine.messages[key] }).not.toEqual({ key, text: expect.stringMatching(rules.conditionWords) });
    expect(routine.messages.askSide).toMatch(rules.start);
  });

  it('teaches the wake word in the tip and the help', () => {
    for (const key of ['wakeWordTip', 'helpIdle', 'helpActive'] as const) expect(routine.messages[key]).toMatch(rules.wakeWord);
  });

  const over = (texts: readonly string[], max: number): string[] => texts.filter((t) => t.length > max);

  it('keeps every exercise text short enough to hear once', () => {
    for (const e of routine.exercises) {
      for (const f of forms(e)) {
        expect(over([f.name], 60)).toEqual([]);
        expect(over([...f.steps, ...f.getInPlace, f.cue, f.getInPlaceShort], 160)).toEqual([]);
        expect(over([f.switchSides, f.feel, f.avoid], 180)).toEqual([]);
      }
      expect(over([e.purpose], 180)).toEqual([]);
      expect(over([e.whyItHelps], 700)).toEqual([]);
      expect(e.synonyms.length).toBeLessThanOrEqual(12);
    }
  });

  it('keeps cues and messages short', () => {
    expect(over(Object.values(routine.cues), 60)).toEqual([]);
    expect(over(Object.values(routine.messages), 450)).toEqual([]);
    expect(over([routine.messages.safetyNotice], 400)).toEqual([]);
  });
});

describe('en-US content', () => {
  const routine = loadRoutine('en-US');

  it('never invites a deeper forward bend, nor claims it takes the strain off the back', () => {
    const bend = routine.exercises.find((e) => e.id === 'seated-wide-leg-bend');
    expect([bend?.purpose, bend?.whyItHelps, ...(bend?.forms.floor.steps ?? [])].join(' ')).not.toMatch(/load off|takes .* strain off|if you're flexible|forearms/i);
  });

  it('keeps the English texts within their first budgets', () => {
    for (const e of routine.exercises) for (const f of forms(e)) expect([f.name.length <= 50, [...f.steps, ...f.getInPlace].every((t) => t.length <= 140)]).toEqual([true, true]);
    expect(routine.messages.safetyNotice.length).toBeLessThanOrEqual(350);
  });
});

describe('the content rules', () => {
  const rules = LANGUAGE_RULES.en;

  it('recognize the jargon, cure claims and hard reading they forbid', () => {
    expect(wordPattern(rules.jargon).test('Lie supine with the knee flexed.')).toBe(true);
    expect(wordPattern(rules.clinicalNames).test('It stretches the piriformis.')).toBe(true);
    expect(rules.cureClaims.test('This routine will end sciatica for good.')).toBe(true);
    expect(rules.cureClaims.test('A guaranteed fix.')).toBe(true);
    expect(readingGrade('Contralateral coxofemoral proprioceptive mobilization facilitates neuromuscular rehabilitation considerably.')).toBeGreaterThan(6);
    expect(rules.hardToHear('Lie on your back. Bend your knees. Rest your feet on the floor.')).toBeNull();
  });

  it('hold other languages to a sentence and long-word budget', () => {
    const budget = sentenceBudget(20, 12);
    expect(budget('Leg dich auf den Rücken. Beuge die Knie.')).toBeNull();
    expect(budget(Array.from({ length: 21 }, () => 'Wort').join(' '))).toMatch(/21 words/);
    expect(budget('Die Lendenwirbelsäulenbeweglichkeit und Oberschenkelrückseitenmuskulatur profitieren von kontralateraler Mobilisation heute.')).toMatch(/longer than 12 letters/);
  });
});

const clone = (): Record<string, unknown> => structuredClone(enUS) as unknown as Record<string, unknown>;
const exercisesOf = (raw: Record<string, unknown>): Record<string, unknown>[] => raw.exercises as Record<string, unknown>[];
const formOf = (raw: Record<string, unknown>, index: number, form: string): Record<string, unknown> =>
  ((exercisesOf(raw)[index] as Record<string, unknown>).forms as Record<string, Record<string, unknown>>)[form] as Record<string, unknown>;
const issuePaths = (raw: unknown): string[] => {
  const result = RoutineSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('RoutineSchema on broken content', () => {
  it('rejects a message that uses a placeholder its key does not declare', () => {
    const raw = clone();
    (raw.messages as Record<string, string>).sideSet = 'Okay, your {leg} leg.';
    expect(issuePaths(raw)).toContain('messages.sideSet');
  });

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

describe('the check of a locale before it goes beside the bundle', () => {
  const read = (change: (raw: Record<string, unknown>) => void) => (locale: string): unknown => {
    const raw = readLocaleFile(locale) as Record<string, unknown>;
    if (locale === 'en-US') change(raw);
    return raw;
  };

  it('passes every locale as the skill reads it', () => {
    expect(() => validateAllLocales()).not.toThrow();
    for (const locale of LOCALES) expect(validateLocale(locale)).toEqual(loadRoutine(locale));
  });

  it('refuses a broken file, naming the field', () => {
    expect(() => validateLocale('en-US', read((raw) => delete (raw.messages as Record<string, unknown>).painAnswer))).toThrow(/en-US is invalid: messages\.painAnswer/);
  });

  it('refuses text the schema would have to change, since the skill reads the file as it is', () => {
    expect(() => validateLocale('en-US', read((raw) => ((raw.messages as Record<string, string>).goodbye = ' Goodbye. ')))).toThrow(ContentError);
  });
});
