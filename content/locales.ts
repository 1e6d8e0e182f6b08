// The locales the skill speaks. Each has a file in content/locales/ (a whole text, or a variant of another
// locale's), an interaction model in skill-package/, and is served from the AWS region of its Alexa endpoint.

/** Every locale the skill speaks; the first is the answer to a request in a language it does not speak. */
export const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'es-ES', 'es-MX', 'es-US', 'fr-FR', 'fr-CA', 'de-DE'] as const;
export type Locale = (typeof LOCALES)[number];

/** The languages of those locales, each with the locale that answers another country's request in it. */
export const LANGUAGES = { en: 'en-US', es: 'es-ES', fr: 'fr-FR', de: 'de-DE' } as const satisfies Record<string, Locale>;
export type Language = keyof typeof LANGUAGES;

/** The language of a supported locale: "es-MX" → "es". Pure. */
export const languageOf = (locale: Locale): Language => locale.slice(0, 2) as Language;

/**
 * The locale the skill answers in for a request's locale: itself when supported, else the main locale of its
 * language ("es-419" → "es-ES"), else the first locale. Pure.
 */
export function supportedLocale(locale: string | undefined): Locale {
  if ((LOCALES as readonly string[]).includes(locale ?? '')) return locale as Locale;
  const language = (locale ?? '').slice(0, 2).toLowerCase();
  return language in LANGUAGES ? LANGUAGES[language as Language] : LOCALES[0];
}
