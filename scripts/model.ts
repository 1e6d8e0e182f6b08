// The interaction model's exercise slot type, generated from content so the model and the routine agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Routine } from '../content/schema';
import { SLOT_TYPE } from '../lambda/handlers/intents';

/** Where each locale's model of record lives. */
export const modelPath = (locale: string): string =>
  join(__dirname, '..', 'skill-package', 'interactionModels', 'custom', `${locale}.json`);

const SlotValueSchema = z.looseObject({
  id: z.string().optional(),
  name: z.looseObject({ value: z.string(), synonyms: z.array(z.string()).optional() }),
});

/** The parts of an ASK interaction model this project reads. Unknown fields pass through untouched. */
export const InteractionModelSchema = z.looseObject({
  interactionModel: z.looseObject({
    languageModel: z.looseObject({
      invocationName: z.string(),
      intents: z.array(
        z.looseObject({
          name: z.string(),
          slots: z.array(z.looseObject({ name: z.string(), type: z.string() })).optional(),
          samples: z.array(z.string()),
        }),
      ),
      types: z.array(z.looseObject({ name: z.string(), values: z.array(SlotValueSchema) })),
    }),
  }),
});

export type InteractionModel = z.infer<typeof InteractionModelSchema>;

/** Reads and validates a locale's checked-in model. */
export function readModel(locale: string): InteractionModel {
  return InteractionModelSchema.parse(JSON.parse(readFileSync(modelPath(locale), 'utf8')));
}

/** The exercise slot type's values: each exercise's id, its name without "the", and its synonyms. Pure. */
export function exerciseSlotValues(routine: Routine): z.infer<typeof SlotValueSchema>[] {
  return routine.exercises.map((e) => ({
    id: e.id,
    name: { value: e.name.replace(/^the /, ''), synonyms: [...e.synonyms] },
  }));
}

/**
 * The model with its exercise slot type's values generated from content, the type kept where it stands (so
 * regenerating never reorders the checked-in file), or added last. Pure.
 */
export function withExerciseSlotType(model: InteractionModel, routine: Routine): InteractionModel {
  const generated = { name: SLOT_TYPE.EXERCISE, values: exerciseSlotValues(routine) };
  const current = model.interactionModel.languageModel.types;
  const types = current.some((t) => t.name === SLOT_TYPE.EXERCISE) ? current.map((t) => (t.name === SLOT_TYPE.EXERCISE ? generated : t)) : [...current, generated];
  return { interactionModel: { ...model.interactionModel, languageModel: { ...model.interactionModel.languageModel, types } } };
}

/** Writes a model back in the checked-in format. */
export function writeModel(locale: string, model: InteractionModel): void {
  writeFileSync(modelPath(locale), `${JSON.stringify(model, null, 2)}\n`);
}
