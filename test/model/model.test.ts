// The checked-in interaction model and skill.json: generated slot values up to date, and the model lint.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRoutine } from '../../content';
import { INTENT, SLOT_TYPE } from '../../lambda/handlers/intents';
import { modelPath, readModel, withExerciseSlotType } from '../../scripts/model';
import { REQUIRED_BUILT_INS, lintModel, lintSkillPackage, matchesSample, type LintManifest, type LintModel } from '../../scripts/model-lint';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'skill-package', 'skill.json'), 'utf8')) as LintManifest;
const rawModel = (): LintModel => JSON.parse(readFileSync(modelPath('en-US'), 'utf8')) as LintModel;
const BUILT_INS = REQUIRED_BUILT_INS.map((name) => ({ name, samples: [] as string[] }));
const ten = (prefix: string): string[] => ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((n) => `${prefix} ${n}`);

/** A small model that passes the lint, to break one rule at a time. */
function smallModel(): LintModel {
  return {
    interactionModel: {
      languageModel: {
        invocationName: 'sciatica routine',
        intents: [
          { name: 'StartRoutineIntent', samples: ['start my stretches', ...ten('start routine')] },
          { name: 'ExplainExerciseIntent', slots: [{ name: 'exercise', type: 'ExerciseName' }], samples: ['explain the {exercise}', ...ten('explain exercise')] },
          ...BUILT_INS,
        ],
        types: [{ name: 'ExerciseName', values: [{ id: 'pigeon', name: { value: 'standing figure four', synonyms: ['pigeon stretch'] } }] }],
      },
    },
  };
}

function smallManifest(): LintManifest {
  return {
    manifest: {
      publishingInformation: {
        category: 'HEALTH_AND_FITNESS',
        locales: {
          'en-US': {
            description: 'Stretches. This skill is not a substitute for professional medical advice.',
            examplePhrases: ['Alexa, open sciatica routine', 'Alexa, ask sciatica routine to explain the pigeon stretch'],
          },
        },
      },
      events: { subscriptions: [{ eventName: 'SKILL_DISABLED' }] },
    },
  };
}

const HANDLED = ['StartRoutineIntent', 'ExplainExerciseIntent'];
/** The small model lints against its own intents; it uses no permission and no task. */
const lint = (model: LintModel, m: LintManifest = smallManifest()): string[] => lintModel(model, m, { handledIntents: HANDLED, usedPermissions: [], usedTasks: [] });
const lintWith = (change: (model: LintModel) => void): string[] => {
  const model = smallModel();
  change(model);
  return lint(model);
};
const language = (model: LintModel): LintModel['interactionModel']['languageModel'] => model.interactionModel.languageModel;
const intent = (model: LintModel, name: string): LintModel['interactionModel']['languageModel']['intents'][number] => {
  const found = language(model).intents.find((i) => i.name === name);
  if (!found) throw new Error(`no intent ${name}`);
  return found;
};

describe('the checked-in en-US model', () => {
  it('has the exercise slot type generated from content (run `npm run model` after editing content)', () => {
    expect(rawModel()).toEqual(withExerciseSlotType(readModel('en-US'), loadRoutine('en-US')));
  });

  it('differs from the generated model once content gains a synonym', () => {
    const changed = structuredClone(loadRoutine('en-US'));
    changed.exercises[0]?.synonyms.push('new stretch name');
    expect(rawModel()).not.toEqual(withExerciseSlotType(readModel('en-US'), changed));
  });

  it('has an exercise value for every exercise, by id', () => {
    const type = language(rawModel()).types?.find((t) => t.name === SLOT_TYPE.EXERCISE);
    expect(type?.values?.map((v) => v.id)).toEqual(loadRoutine('en-US').exercises.map((e) => e.id));
  });

  it('gives every custom intent at least ten samples', () => {
    const thin = language(rawModel()).intents.filter((i) => !i.name.startsWith('AMAZON.') && (i.samples ?? []).length < 10).map((i) => i.name);
    expect(thin).toEqual([]);
  });

  it('has every intent the code handles, and only those', () => {
    const inModel = language(rawModel()).intents.map((i) => i.name).sort();
    expect(inModel).toEqual([...new Set(Object.values(INTENT))].sort());
  });

  it('passes the model lint with no problem', () => {
    expect(lintModel(rawModel(), manifest, { locale: 'en-US' })).toEqual([]);
    expect(lintSkillPackage()).toEqual([]);
  });

  it('declares the reminders permission and the StartRoutine task; the time zone needs no permission', () => {
    // The Settings API's System.timeZone is read without the user's consent: no permission scope exists for it.
    expect(manifest.manifest.permissions).toEqual([{ name: 'alexa::alerts:reminders:skill:readwrite' }]);
    expect(manifest.manifest.apis?.custom?.tasks).toEqual([{ name: 'StartRoutine', version: '1' }]);
  });

  it('has the category, the medical disclaimer and the SKILL_DISABLED subscription in skill.json', () => {
    const info = manifest.manifest.publishingInformation;
    expect(info?.category).toBe('HEALTH_AND_FITNESS');
    expect(info?.locales?.['en-US']?.description).toMatch(/not a substitute for professional medical advice/i);
    expect(manifest.manifest.events?.subscriptions).toContainEqual({ eventName: 'SKILL_DISABLED' });
  });

  it('matches each example phrase request to a sample with a real slot value', () => {
    const model = rawModel();
    expect(matchesSample(model, 'explain the pigeon stretch')).toBe(true);
    expect(matchesSample(model, 'start my stretches')).toBe(true);
    expect(matchesSample(model, 'explain the banana stretch')).toBe(false);
    expect(matchesSample(model, 'go to exercise three')).toBe(true);
  });
});

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
    expect(lintModel(smallModel(), smallManifest(), { handledIntents: [...HANDLED, 'ItHurtsIntent'], usedPermissions: [], usedTasks: [] })).toEqual([
      expect.stringContaining('ItHurtsIntent is handled by the code but missing'),
    ]);
  });

  it('finds a custom intent with fewer than ten samples', () => {
    expect(lintWith((m) => (intent(m, 'StartRoutineIntent').samples = ['start my stretches', 'begin']))).toEqual([expect.stringContaining('2 samples, needs at least 10')]);
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
    expect(lintModel(smallModel(), smallManifest(), { locale: 'en-GB', handledIntents: HANDLED, usedPermissions: [], usedTasks: [] })).toEqual([expect.stringContaining('no publishing information for en-GB')]);
    expect(lintManifest((m) => phrases(m).splice(0))).toEqual([expect.stringContaining('0 example phrases')]);
  });
});
