// How people talk to Alexa in each locale: the built-in intents, how they open or ask a skill, the words of
// pain and warning signs, and the rules Alexa's certification applies to the locale's invocation name and
// example phrases. The part of Alexa's language understanding that an interaction model does not list.
import type { Language, Locale } from '../../content';
import { DE_DE } from './languages/de';
import { EN_AU, EN_CA, EN_GB, EN_IN, EN_US } from './languages/en';
import { ES_ES, ES_MX, ES_US } from './languages/es';
import { FR_CA, FR_FR } from './languages/fr';
import type { SpelledNumbers } from './numbers';
import type { TextRules } from './text';

/** The phrasings of one locale. Built-in phrasings never overlap between intents. */
export interface LocalePhrases {
  readonly language: Language;
  /** How the language's text is normalized, its stop words and stems. */
  readonly text: TextRules;
  /** Spelled numbers, for AMAZON.NUMBER slots. */
  readonly numbers: SpelledNumbers;
  /** Number words that are also articles ("one", "une", "ein"): a number only where a sample asks for one. */
  readonly numberArticles: readonly string[];
  /** Built-in intents and what people say for them (as the language's normalizer writes them). */
  readonly builtIns: Readonly<Record<string, readonly string[]>>;
  /** Words before the invocation name that open the skill: "open sciatica routine". */
  readonly launchVerbs: readonly string[];
  /** Words that start a one-shot request: "ask sciatica routine to ...". */
  readonly askVerbs: readonly string[];
  /** Words between the invocation name and the request in a one-shot: "... to", "... for". */
  readonly askConnectors: readonly string[];
  /** Words between the invocation name and the request after a launch verb: "start ... and next". */
  readonly launchConnectors: readonly string[];
  /** A wake word the user may type first: "alexa, ...". */
  readonly wakeWord: string;
  /** Optional determiners before the invocation name: "open my sciatica routine". */
  readonly determiners: readonly string[];
  /** Words that report pain, an injury or a warning sign (only the safety intents' samples may use them). */
  readonly safetyWords: readonly string[];
  /** Slot types whose values also mean something as words, for the similarity stage ("bottom" is not "leg"). */
  readonly wordSlotTypes: readonly string[];
  /** Phrases in which a slot value is not meant as one ("right now"), and what they mean. */
  readonly idioms: Readonly<Record<string, string>>;
  /** What an invocation name in this language may not contain, and the letters it may use. */
  readonly invocation: InvocationRules;
  /** How a store example phrase opens the skill: "Alexa, open ...", "Alexa, ask ... to ...". */
  readonly examples: ExampleRules;
  /** The medical disclaimer the store description must carry, in this language. */
  readonly disclaimer: RegExp;
}

/** Alexa's rules for an invocation name in one language. */
export interface InvocationRules {
  /** A RegExp character class of the letters a name may use (lower case). */
  readonly letters: string;
  /** Launch words a name may not contain ("open", "öffne"). */
  readonly launchWords: readonly string[];
  /** Words a two-word name may not use (articles, prepositions, pronouns). */
  readonly twoWordForbidden: readonly string[];
}

/** How a store example phrase is built: "Alexa, <launch> <invocation> [<connector>] <sample>". */
export interface ExampleRules {
  readonly launchVerbs: readonly string[];
  readonly connectors: readonly string[];
  /** Whether the request may follow the invocation name without a connector ("Alexa, frag ... wie ..."). */
  readonly connectorOptional: boolean;
}

/** The phrasings of every locale the skill speaks. */
export const PHRASES: Readonly<Record<Locale, LocalePhrases>> = {
  'en-US': EN_US,
  'en-GB': EN_GB,
  'en-CA': EN_CA,
  'en-AU': EN_AU,
  'en-IN': EN_IN,
  'es-ES': ES_ES,
  'es-MX': ES_MX,
  'es-US': ES_US,
  'fr-FR': FR_FR,
  'fr-CA': FR_CA,
  'de-DE': DE_DE,
};
