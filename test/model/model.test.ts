// The checked-in interaction model and skill.json: generated slot values up to date, and the model lint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRoutine } from '../../content';
import { INTENT, SLOT_TYPE } from '../../lambda/handlers/intents';
import { modelPath, readModel, withExerciseSlotType } from '../../scripts/model';
import { MIN_SAMPLES, lintModel, lintSkillPackage, matchesSample, type LintManifest, type LintModel } from '../../scripts/model-lint';
import { language } from './small-model';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'skill-package', 'skill.json'), 'utf8')) as LintManifest;
const rawModel = (): LintModel => JSON.parse(readFileSync(modelPath('en-US'), 'utf8')) as LintModel;

describe('the checked-in en-US model', () => {
  it('has the exercise slot type generated from content (run `npm run model` after editing content)', () => {
    expect(rawModel()).toEqual(withExerciseSlotType(readModel('en-US'), loadRoutine('en-US')));
  });

  it('differs from the generated model once content gains a synonym', () => {
    const changed = structuredClone(loadRoutine('en-US'));
    changed.exercises[0]?.synonyms.push('new stretch name');
    expect(rawModel()).not.toEqual(withExerciseSlotType(readModel('en-US'), changed));
  });

  it('regenerates the exercise slot type where it stands, so the file is never reordered', () => {
    const model = readModel('en-US');
    const names = (m: typeof model): string[] => m.interactionModel.languageModel.types.map((t) => t.name);
    const types = model.interactionModel.languageModel.types;
    for (const order of [types, [...types].reverse()]) {
      const reordered = { interactionModel: { ...model.interactionModel, languageModel: { ...model.interactionModel.languageModel, types: order } } };
      expect(names(withExerciseSlotType(reordered, loadRoutine('en-US')))).toEqual(order.map((t) => t.name));
    }
  });

  it('has an exercise value for every exercise, by id', () => {
    const type = language(rawModel()).types?.find((t) => t.name === SLOT_TYPE.EXERCISE);
    expect(type?.values?.map((v) => v.id)).toEqual(loadRoutine('en-US').exercises.map((e) => e.id));
  });

  it(`gives every custom intent at least ${MIN_SAMPLES} samples`, () => {
    const thin = language(rawModel()).intents.filter((i) => !i.name.startsWith('AMAZON.') && (i.samples ?? []).length < MIN_SAMPLES).map((i) => i.name);
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
