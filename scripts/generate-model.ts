// `npm run model`: writes every locale's interaction model: the exercise slot type from its content, and a
// variant locale's model (content/models/<locale>.json) from its base's.
import { LOCALES, loadRoutine } from '../content';
import { generatedModel, writeModel } from './model';

for (const locale of LOCALES) {
  writeModel(locale, generatedModel(locale, loadRoutine(locale)));
  console.log(`updated skill-package/interactionModels/custom/${locale}.json`);
}
