// The phrasing tables of each language, and what each locale adds: written apart from the models.
import type { Language, Locale } from '../../content';
import { SAFETY_INTENTS } from '../../lambda/handlers/intents';
import * as en from './phrasings';
import * as es from './phrasings-es';
import * as de from './phrasings-de';
import * as fr from './phrasings-fr';
import type { Phrasing } from './phrasings';

/** A language's table: its safety phrasings, which must all land, and the whole table. */
export interface PhrasingTable {
  readonly safety: readonly Phrasing[];
  readonly all: readonly Phrasing[];
  /** How many phrasings the table has at least. */
  readonly minimum: number;
}

const TABLES: Readonly<Record<Language, PhrasingTable>> = {
  en: { safety: [...en.PAIN, ...en.INJURY, ...en.WARNING], all: en.PHRASINGS, minimum: 150 },
  es: { safety: [...es.PAIN, ...es.INJURY, ...es.WARNING], all: es.PHRASINGS, minimum: 40 },
  fr: { safety: [...fr.PAIN, ...fr.INJURY, ...fr.WARNING], all: fr.PHRASINGS, minimum: 40 },
  de: { safety: [...de.PAIN, ...de.INJURY, ...de.WARNING], all: de.PHRASINGS, minimum: 40 },
};

const isSafety = (p: Phrasing): boolean => (SAFETY_INTENTS as readonly string[]).includes(p.intent);

/** The table a locale is tested with: its language's, and its own additions. */
export function tableFor(locale: Locale, language: Language): PhrasingTable {
  const base = TABLES[language];
  const own = language === 'en' ? (en.VARIANT_PHRASINGS[locale] ?? []) : [];
  return { safety: [...base.safety, ...own.filter(isSafety)], all: [...base.all, ...own], minimum: base.minimum };
}
