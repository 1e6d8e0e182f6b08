// The interaction models: each locale's exercise slot type generated from content, so the model and the routine
// agree, and the model of a variant locale (en-GB) generated from its base's (en-US) with what it adds.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Leading articles of the skill's languages, which a slot value leaves out ("the pigeon" is heard as "pigeon"). */
const ARTICLE = /^(the|el|la|los|las|le|les|der|die|das) |^l'/i;

/** The exercise slot type's values: each exercise's id, its name without its article, and its synonyms. Pure. */
export function exerciseSlotValues(routine: Routine): z.infer<typeof SlotValueSchema>[] {
  return routine.exercises.map((e) => ({
    id: e.id,
    name: { value: e.name.replace(ARTICLE, ''), synonyms: [...e.synonyms] },
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

/** Where a variant locale's model additions live. */
export const variantPath = (locale: string): string => join(__dirname, '..', 'content', 'models', `${locale}.json`);

/** What a variant locale adds to its base locale's model: samples by intent, synonyms by slot type and value id. */
export const ModelVariantSchema = z.strictObject({
  locale: z.string(),
  base: z.string(),
  invocationName: z.string().optional(),
  samples: z.record(z.string(), z.array(z.string())).default({}),
  synonyms: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
});
export type ModelVariant = z.infer<typeof ModelVariantSchema>;

/** A locale's variant additions, or null when its model is written whole. */
export function readVariant(locale: string): ModelVariant | null {
  const file = variantPath(locale);
  return existsSync(file) ? ModelVariantSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
}

/** Thrown when a variant adds to an intent, slot type or value its base model lacks. */
export class ModelVariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelVariantError';
  }
}

/** The base model with the variant's samples and synonyms added (each once). Pure. */
export function withVariant(base: InteractionModel, variant: ModelVariant): InteractionModel {
  const language = base.interactionModel.languageModel;
  for (const intent of Object.keys(variant.samples)) {
    if (!language.intents.some((i) => i.name === intent)) throw new ModelVariantError(`${variant.locale}: the base model has no intent ${intent}`);
  }
  for (const [type, values] of Object.entries(variant.synonyms)) {
    const found = language.types.find((t) => t.name === type);
    if (!found) throw new ModelVariantError(`${variant.locale}: the base model has no slot type ${type}`);
    for (const id of Object.keys(values)) if (!found.values.some((v) => v.id === id)) throw new ModelVariantError(`${variant.locale}: ${type} has no value ${id}`);
  }
  const unique = (list: string[]): string[] => [...new Set(list)];
  const intents = language.intents.map((i) => (variant.samples[i.name] ? { ...i, samples: unique([...i.samples, ...(variant.samples[i.name] ?? [])]) } : i));
  const types = language.types.map((t) => ({
    ...t,
    values: t.values.map((v) => {
      const more = (v.id && variant.synonyms[t.name]?.[v.id]) || [];
      return more.length === 0 ? v : { ...v, name: { ...v.name, synonyms: unique([...(v.name.synonyms ?? []), ...more]) } };
    }),
  }));
  const invocationName = variant.invocationName ?? language.invocationName;
  return { interactionModel: { ...base.interactionModel, languageModel: { ...language, invocationName, intents, types } } };
}

/** A locale's model as `npm run model` writes it: its base's with its additions (or its own), exercises from its content. */
export function generatedModel(locale: string, routine: Routine): InteractionModel {
  const variant = readVariant(locale);
  const model = variant ? withVariant(generatedModel(variant.base, routine), variant) : readModel(locale);
  return withExerciseSlotType(model, routine);
}
