// `npm run model`: regenerates every locale's exercise slot type from content/.
import { LOCALES, loadRoutine } from '../content';
import { readModel, withExerciseSlotType, writeModel } from './model';

for (const locale of LOCALES) {
  writeModel(locale, withExerciseSlotType(readModel(locale), loadRoutine(locale)));
  console.log(`updated skill-package/interactionModels/custom/${locale}.json`);
}
