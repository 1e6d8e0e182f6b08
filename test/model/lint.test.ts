// The model lint, one rule at a time, on a small model and manifest that otherwise pass it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIN_SAMPLES, lintModel, lintSkillPackage, type LintManifest, type LintModel } from '../../scripts/model-lint';
import { HANDLED, NOTHING_USED, enough, intent, language, lint, lintWith, smallManifest, smallModel } from './small-model';

describe('lintModel on small models', () => {
  it('finds nothing wrong with the small valid model', () => {
    expect(lint(smallModel())).toEqual([]);
  });

  it.each([
    ['Sciatica Routine', 'only lower-case letters'],
    ['sciatica2 routine', 'only lower-case letters'],
    ['sciatica', 'two or more words'],
    ['alexa stretches', 'wake word "alexa"'],
    ['echo stretch routine', 'wake word "echo"'],
    ['start sciatica routine', 'launch word "start"'],
    ['my sciatica run', 'launch word "run"'],
    ['the stretches', 'two-word name may not use "the"'],
  ])('rejects the invocation name %p', (name, problem) => {
    const problems = lintWith((m) => (language(m).invocationName = name));
    expect(problems.filter((p) => p.startsWith('invocation name'))).toEqual([expect.stringContaining(problem)]);
  });

  it('accepts a launch word inside another word', () => {
    const problems = lintWith((m) => (language(m).invocationName = 'restart stretching routine'));
    expect(problems.filter((p) => p.startsWith('invocation name'))).toEqual([]);
  });

  it('finds a sample claimed by two intents, after normalizing', () => {
    const problems = lintWith((m) => intent(m, 'ExplainExerciseIntent').samples?.push('Start my stretches!'));
    expect(problems).toEqual([expect.stringContaining('claimed by StartRoutineIntent and ExplainExerciseIntent')]);
  });

  it('finds a sample given twice in one intent', () => {
    expect(lintWith((m) => intent(m, 'StartRoutineIntent').samples?.push('start my  stretches'))).toEqual([expect.stringContaining('given twice')]);
  });

  it('finds an undeclared slot in a sample', () => {
    expect(lintWith((m) => intent(m, 'StartRoutineIntent').samples?.push('start with {side}'))).toEqual([expect.stringContaining('undeclared slot {side}')]);
  });

  it('finds digits and stray braces in samples', () => {
    expect(lintWith((m) => intent(m, 'StartRoutineIntent').samples?.push('start exercise 3'))).toEqual([expect.stringContaining('has digits')]);
    expect(lintWith((m) => intent(m, 'StartRoutineIntent').samples?.push('start {the routine'))).toEqual([expect.stringContaining('stray brace')]);
  });

  it('finds a slot type that is neither built in nor declared, and a type without values', () => {
    const undeclared = lintWith((m) => ((intent(m, 'ExplainExerciseIntent').slots ?? [])[0] = { name: 'exercise', type: 'Stretch' }));
    expect(undeclared.filter((p) => p.startsWith('intent'))).toEqual([expect.stringContaining('type Stretch, which is neither AMAZON.* nor declared with values')]);
    const empty = lintWith((m) => (language(m).types = [{ name: 'ExerciseName', values: [] }]));
    expect(empty).toEqual(expect.arrayContaining([expect.stringContaining('slot type ExerciseName has no values')]));
  });

  it('accepts built-in slot types', () => {
    expect(lintWith((m) => ((intent(m, 'ExplainExerciseIntent').slots ?? [])[0] = { name: 'exercise', type: 'AMAZON.SearchQuery' }))).toEqual([]);
  });

  it('finds a missing required built-in', () => {
    const problems = lintWith((m) => (language(m).intents = language(m).intents.filter((i) => i.name !== 'AMAZON.NavigateHomeIntent')));
    expect(problems).toEqual([expect.stringContaining('required built-in intent AMAZON.NavigateHomeIntent missing')]);
  });

  it('finds an intent the code handles that the model lacks', () => {
    expect(lintModel(smallModel(), smallManifest(), { handledIntents: [...HANDLED, 'ItHurtsIntent'], ...NOTHING_USED })).toEqual([
      expect.stringContaining('ItHurtsIntent is handled by the code but missing'),
    ]);
  });

  it(`finds a custom intent with fewer than ${MIN_SAMPLES} samples, unless fewer are allowed`, () => {
    const thin = (model: LintModel): void => void (intent(model, 'StartRoutineIntent').samples = ['start my stretches', 'begin']);
    expect(lintWith(thin)).toEqual([`intent StartRoutineIntent: 2 samples, needs at least ${MIN_SAMPLES}`]);
    const model = smallModel();
    thin(model);
    expect(lintModel(model, smallManifest(), { handledIntents: HANDLED, minSamples: 2, ...NOTHING_USED })).toEqual([]);
  });

  it('finds a word of pain, injury or a warning sign in a sample outside the safety intents', () => {
    expect(lintWith((m) => intent(m, 'StartRoutineIntent').samples?.push('start even if it hurts'))).toEqual([
      'intent StartRoutineIntent: sample "start even if it hurts" uses the safety word "hurts"',
    ]);
    expect(lintWith((m) => intent(m, 'ExplainExerciseIntent').samples?.push('explain the {exercise} I get pins and needles in'))).toEqual([
      expect.stringContaining('uses the safety word "pins and needles"'),
    ]);
  });

  it('accepts the safety words in the safety intents, and words that only contain one', () => {
    expect(lintWith((m) => language(m).intents.push({ name: 'ItHurtsIntent', samples: enough('it hurts', 'ouch that hurts') }))).toEqual([]);
    expect(lintWith((m) => intent(m, 'StartRoutineIntent').samples?.push('start the painless way'))).toEqual([]);
  });

  it('finds a custom sample that is how people say a built-in intent, after normalizing', () => {
    expect(lintWith((m) => intent(m, 'StartRoutineIntent').samples?.push('Go on'))).toEqual([
      'intent StartRoutineIntent: sample "Go on" is a built-in phrasing of AMAZON.NextIntent',
    ]);
    expect(lintWith((m) => intent(m, 'ExplainExerciseIntent').samples?.push("What's next?"))).toEqual([expect.stringContaining('is a built-in phrasing of AMAZON.NextIntent')]);
  });

  it("accepts a built-in intent's own phrasing as one of its samples", () => {
    expect(lintWith((m) => intent(m, 'AMAZON.NextIntent').samples?.push('go on'))).toEqual([]);
  });
});

describe('lintSkillPackage', () => {
  it('lints every locale model in a package and names the locale', () => {
    const root = mkdtempSync(join(tmpdir(), 'skill-package-'));
    mkdirSync(join(root, 'interactionModels', 'custom'), { recursive: true });
    writeFileSync(join(root, 'skill.json'), JSON.stringify(smallManifest()));
    const broken = smallModel();
    language(broken).invocationName = 'alexa stretches';
    writeFileSync(join(root, 'interactionModels', 'custom', 'en-US.json'), JSON.stringify(broken));
    try {
      expect(lintSkillPackage(root)).toContainEqual(expect.stringMatching(/^en-US: invocation name "alexa stretches": contains the wake word/));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('lintModel on small manifests', () => {
  const lintManifest = (change: (m: LintManifest) => void): string[] => {
    const m = smallManifest();
    change(m);
    return lint(smallModel(), m);
  };
  const phrases = (m: LintManifest): string[] => m.manifest.publishingInformation?.locales?.['en-US']?.examplePhrases ?? [];

  it.each([
    ['Open sciatica routine', 'must start with "Alexa, open/ask/start ..."'],
    ['Alexa, please open sciatica routine', 'must start with'],
    ['Alexa, ask back stretches to start my stretches', 'does not name the invocation'],
    ['Alexa, ask sciatica routine to dance for me', '"dance for me" matches no sample utterance'],
    ['Alexa, ask sciatica routine to explain the banana stretch', 'matches no sample utterance'],
    ['Alexa, ask sciatica routine', ''],
  ])('checks the example phrase %p', (phrase, problem) => {
    const problems = lintManifest((m) => phrases(m).splice(1, 1, phrase));
    expect(problems).toEqual(problem ? [expect.stringContaining(problem)] : []);
  });

  it('accepts a slot value given by its synonym or its value', () => {
    expect(lintManifest((m) => phrases(m).splice(1, 1, 'Alexa, ask sciatica routine to explain the standing figure four.'))).toEqual([]);
  });

  it('finds a wrong category, a missing disclaimer and a missing SKILL_DISABLED subscription', () => {
    expect(lintManifest((m) => m.manifest.publishingInformation && (m.manifest.publishingInformation.category = 'GAMES'))).toEqual([
      expect.stringContaining('expected HEALTH_AND_FITNESS'),
    ]);
    const noDisclaimer = lintManifest((m) => {
      const locale = m.manifest.publishingInformation?.locales?.['en-US'];
      if (locale) locale.description = 'Gentle stretches for sciatica.';
    });
    expect(noDisclaimer).toEqual([expect.stringContaining('lacks the medical disclaimer')]);
    expect(lintManifest((m) => (m.manifest.events = { subscriptions: [] }))).toEqual([expect.stringContaining('SKILL_DISABLED')]);
  });

  it('finds a locale without publishing information or example phrases', () => {
    expect(lintModel(smallModel(), smallManifest(), { locale: 'en-GB', handledIntents: HANDLED, ...NOTHING_USED })).toEqual([expect.stringContaining('no publishing information for en-GB')]);
    expect(lintManifest((m) => phrases(m).splice(0))).toEqual([expect.stringContaining('0 example phrases')]);
  });
});

describe('permissions and tasks in skill.json', () => {
  const task = { name: 'StartRoutine', version: '1' };
  const withCapabilities = (): LintManifest => {
    const m = smallManifest();
    m.manifest.permissions = [{ name: 'alexa::alerts:reminders:skill:readwrite' }];
    m.manifest.apis = { custom: { tasks: [task] } };
    return m;
  };
  const definition = { info: { version: '1' }, paths: { '/StartRoutine': { post: {} } } };
  const lintUsing = (m: LintManifest, taskFiles: Record<string, unknown>) => lintModel(smallModel(), m, { handledIntents: HANDLED, taskFiles });

  it('passes when the reminders permission and the StartRoutine task are declared, with its definition file', () => {
    expect(lintUsing(withCapabilities(), { 'StartRoutine.1.json': definition })).toEqual([]);
  });

  it('finds a permission the code uses but the manifest lacks, and a missing task', () => {
    expect(lintUsing(smallManifest(), {})).toEqual([
      'skill.json: the permission alexa::alerts:reminders:skill:readwrite is used by the code but not declared',
      'skill.json: the task StartRoutine version 1 is not declared',
    ]);
  });

  it('finds a declared task without a definition file, or with the wrong one', () => {
    expect(lintUsing(withCapabilities(), {})).toEqual(['skill-package/tasks/StartRoutine.1.json: missing for the declared task StartRoutine']);
    expect(lintUsing(withCapabilities(), { 'StartRoutine.1.json': { info: { version: '2' }, paths: {} } })).toEqual([
      'skill-package/tasks/StartRoutine.1.json: needs info.version 1 and a POST at /StartRoutine',
    ]);
  });

  it('tells slot-only samples of different slot types apart, and finds two of the same type', () => {
    const slotOnly = (types: [string, string]) =>
      lintWith((m) => {
        language(m).intents.push(
          { name: 'CountIntent', slots: [{ name: 'count', type: types[0] }], samples: enough('{count}', 'count') },
          { name: 'TimeIntent', slots: [{ name: 'time', type: types[1] }], samples: enough('{time}', 'time') },
        );
      });
    expect(slotOnly(['AMAZON.NUMBER', 'AMAZON.TIME']).filter((p) => !p.includes('handled by the code'))).toEqual([]);
    expect(slotOnly(['AMAZON.NUMBER', 'AMAZON.NUMBER'])).toContainEqual(expect.stringContaining('sample "{time}" claimed by CountIntent and TimeIntent'));
  });
});
