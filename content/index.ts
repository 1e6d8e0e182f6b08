// The routine content of each supported locale, parsed with its schema when first asked for.
import enUS from './locales/en-US.json';
import { RoutineSchema, type Routine } from './schema';

/** The locales the skill speaks; the first is the default for any other locale. */
export const LOCALES = ['en-US'] as const;
export type Locale = (typeof LOCALES)[number];

const raw: Record<Locale, unknown> = { 'en-US': enUS };
const parsed = new Map<Locale, Routine>();

/** The locale the skill answers in for a request's locale (falls back to the default). */
export function supportedLocale(locale: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(locale ?? '') ? (locale as Locale) : LOCALES[0];
}

/** The validated content for a locale; throws a ZodError naming the bad field if the content is broken. */
export function loadRoutine(locale: string | undefined): Routine {
  const key = supportedLocale(locale);
  let routine = parsed.get(key);
  if (!routine) {
    routine = RoutineSchema.parse(raw[key]);
    parsed.set(key, routine);
  }
  return routine;
}

export { RoutineSchema, FORMS, MESSAGE_PLACEHOLDERS, placeholdersOf } from './schema';
export type { Routine, Exercise, Form, FormName, MessageKey, MessageVars } from './schema';
export { BUTTON_IDS, PHASE_IDS, SCREEN_LINE_PLACEHOLDERS } from './screen';
export type { ButtonId, PhaseId, ScreenLineArgs, ScreenLineKey, ScreenWords } from './screen';
