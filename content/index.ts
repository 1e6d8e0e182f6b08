// The routine content of each locale, read from its file the first time a request of that locale needs it. The
// files are not bundled into the Lambda: eleven locales would double its size and its cold start. `npm run build`
// and the CDK stack put them beside the bundle, in `locales/`, after checking each against the content schema
// (content/validate.ts), as the tests do: the skill reads checked files, so a cold start never builds the schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { supportedLocale, type Locale } from './locales';
import { applyOverride, baseOf } from './override';
import type { Routine } from './schema';

/** Where the locale files are: content/locales/ beside this module, or locales/ beside the bundle. */
export const LOCALE_DIR = join(__dirname, 'locales');

const parsed = new Map<Locale, Routine>();

/** A locale's file as written: a whole text, or a variant naming its base. */
export function readLocaleFile(locale: string, dir: string = LOCALE_DIR): unknown {
  return JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as unknown;
}

/** A locale's whole text, its base's text with the variant's changes applied (bases of bases too). */
export function resolveLocale(locale: string, read: (locale: string) => unknown = readLocaleFile): unknown {
  const file = read(locale);
  const base = baseOf(file);
  return base === null ? file : applyOverride(resolveLocale(base, read), file);
}

/** The content for a locale (the closest supported one), as checked at build time (see validateLocale). */
export function loadRoutine(locale: string | undefined): Routine {
  const key = supportedLocale(locale);
  let routine = parsed.get(key);
  if (!routine) {
    routine = resolveLocale(key) as Routine;
    parsed.set(key, routine);
  }
  return routine;
}

export { LOCALES, LANGUAGES, languageOf, supportedLocale, type Language, type Locale } from './locales';
export { applyOverride, LocaleOverrideError } from './override';
export { FORMS, EXERCISE_ID, type FormName } from './constants';
export { MESSAGE_PLACEHOLDERS } from './messages';
export type { Routine, Exercise, Form, MessageKey, MessageVars } from './schema';
export { BUTTON_IDS, PHASE_IDS, SCREEN_LINE_PLACEHOLDERS } from './screen-words';
export type { ButtonId, PhaseId, ScreenLineArgs, ScreenLineKey } from './screen-words';
export type { ScreenWords } from './screen';
