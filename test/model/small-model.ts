// A small model and manifest that pass the lint, to break one rule at a time, and helpers to lint them.
import { MIN_SAMPLES, REQUIRED_BUILT_INS, lintModel, type LintManifest, type LintModel } from '../../scripts/model-lint';

const BUILT_INS = REQUIRED_BUILT_INS.map((name) => ({ name, samples: [] as string[] }));
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty'];
/** A number said in words (1 to 59), as samples spell numbers. */
const spelled = (n: number): string => [TENS[Math.floor(n / 10)], ONES[(n % 10) - 1]].filter(Boolean).join(' ');
/** As many samples as the lint needs with the first one given, the rest made distinct by a spelled number. */
export const enough = (first: string, prefix: string): string[] => [first, ...Array.from({ length: MIN_SAMPLES - 1 }, (_, i) => `${prefix} ${spelled(i + 1)}`)];

/** A small model that passes the lint, to break one rule at a time. */
export function smallModel(): LintModel {
  return {
    interactionModel: {
      languageModel: {
        invocationName: 'sciatica routine',
        intents: [
          { name: 'StartRoutineIntent', samples: enough('start my stretches', 'start routine') },
          { name: 'ExplainExerciseIntent', slots: [{ name: 'exercise', type: 'ExerciseName' }], samples: enough('explain the {exercise}', 'explain exercise') },
          ...BUILT_INS,
        ],
        types: [{ name: 'ExerciseName', values: [{ id: 'pigeon', name: { value: 'standing figure four', synonyms: ['pigeon stretch'] } }] }],
      },
    },
  };
}

/** A small skill.json that passes the lint with the small model. */
export function smallManifest(): LintManifest {
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

/** The intents the small model's code handles. */
export const HANDLED = ['StartRoutineIntent', 'ExplainExerciseIntent'];
/** The small model uses no permission and starts no task of its own. */
export const NOTHING_USED = { usedPermissions: [], usedTasks: [] } as const;
/** The lint's problems with a model (and the small manifest). */
export const lint = (model: LintModel, m: LintManifest = smallManifest()): string[] => lintModel(model, m, { handledIntents: HANDLED, ...NOTHING_USED });
/** The lint's problems with the small model after one change. */
export const lintWith = (change: (model: LintModel) => void): string[] => {
  const model = smallModel();
  change(model);
  return lint(model);
};
/** The language model part of a model. */
export const language = (model: LintModel): LintModel['interactionModel']['languageModel'] => model.interactionModel.languageModel;
/** An intent of a model, by name. */
export const intent = (model: LintModel, name: string): LintModel['interactionModel']['languageModel']['intents'][number] => {
  const found = language(model).intents.find((i) => i.name === name);
  if (!found) throw new Error(`no intent ${name}`);
  return found;
};
