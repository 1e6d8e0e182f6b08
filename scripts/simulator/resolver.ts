// The utterance resolver: typed words → LaunchRequest, or an intent with slots, as Alexa would understand them
// with this project's interaction model.
import type { Locale } from '../../content';
import { INTENT } from '../../lambda/handlers/intents';
import { readModel, type InteractionModel } from '../model';
import { compileMatchers, matchIntent, type IntentMatch, type Matchers } from './matchers';
import { PHRASES, type LocalePhrases } from './phrases';
import { createSimilarity } from './similar';
import { alternation, escapeRegExp, normalize } from './text';

/** What an utterance becomes: open the skill, or an intent (one-shot ones start a new session). */
export type Resolution =
  | { readonly kind: 'launch' }
  | { readonly kind: 'intent'; readonly match: IntentMatch; readonly oneShot: boolean };

/** Resolves utterances; `inSession` says whether the skill's session is open (then its model is heard first). */
export interface Resolver {
  resolve(utterance: string, options?: { inSession?: boolean }): Resolution;
  /** The slots an intent declares (Alexa sends each one, empty when not said). */
  slotsOf(intent: string): readonly string[];
}

const FALLBACK: IntentMatch = { intent: INTENT.FALLBACK, slots: {}, sample: '' };

/** A resolver for a model and the locale's phrasings. */
export function createResolver(model: InteractionModel, phrases: LocalePhrases): Resolver {
  const matchers = compileMatchers(model, phrases);
  const similar = createSimilarity(model, phrases);
  const declared = new Map(model.interactionModel.languageModel.intents.map((i) => [i.name, (i.slots ?? []).map((s) => s.name)]));
  const name = `(?:(?:${alternation(phrases.determiners)}) )?${escapeRegExp(normalize(model.interactionModel.languageModel.invocationName))}`;
  const launch = new RegExp(`^(?:${alternation(phrases.launchVerbs)}) ${name}$`);
  const ask = new RegExp(`^(?:${alternation(phrases.askVerbs)}) ${name}(?: (.+))?$`);
  const launchAnd = new RegExp(`^(?:${alternation(phrases.launchVerbs)}) ${name} (?:${alternation(phrases.launchConnectors)}) (.+)$`);
  const connector = new RegExp(`^(?:${alternation(phrases.askConnectors)}) `);
  const connectorOnly = new RegExp(`^(?:${alternation(phrases.askConnectors)})$`);
  const wake = new RegExp(`^${escapeRegExp(phrases.wakeWord)} `);

  /** The text as said, or failing that without a polite "please". */
  const matchIn = (list: Matchers['strict'], text: string): IntentMatch | null =>
    matchIntent(list, text) ?? matchIntent(list, text.replace(/^please |( please)$/g, '').trim());
  const match = (text: string): IntentMatch | null => matchIn(matchers.strict, text);
  /** A sample that fits but for its slot value ("explain the moon"). */
  const loose = (text: string): IntentMatch | null => matchIn(matchers.loose, text);
  /**
   * No sample word for word: the closest intent by its telling words, then a sample that fits but for its slot.
   * When both agree on the intent, the words in the sample's slot fill what the closest match left empty, as
   * Alexa fills a slot with words that are no value of its type ("explain the moon").
   */
  const understood = (text: string): IntentMatch | null => {
    const near = similar(text);
    const fit = loose(text);
    if (!near) return fit;
    return fit?.intent === near.intent ? { ...near, slots: { ...fit.slots, ...near.slots } } : near;
  };

  /** "ask sciatica routine to ...": the request, tried without and then with its connector word. */
  const oneShot = (rest: string): Resolution => {
    const without = rest.replace(connector, '');
    const found = (without ? match(without) : null) ?? match(rest) ?? (without ? understood(without) : null) ?? understood(rest);
    return { kind: 'intent', match: found ?? FALLBACK, oneShot: true };
  };

  /** Opening the skill, or a one-shot request; null if the text does not name the skill. */
  const invocation = (text: string): Resolution | null => {
    if (launch.test(text)) return { kind: 'launch' };
    const asked = ask.exec(text);
    if (asked) return asked[1] && !connectorOnly.test(asked[1]) ? oneShot(asked[1]) : { kind: 'launch' };
    const opened = launchAnd.exec(text);
    return opened?.[1] ? oneShot(opened[1]) : null;
  };

  return {
    resolve(utterance, { inSession = false } = {}) {
      const text = normalize(utterance).replace(wake, '');
      const direct = match(text);
      if (inSession && direct) return { kind: 'intent', match: direct, oneShot: false };
      return invocation(text) ?? { kind: 'intent', match: direct ?? understood(text) ?? FALLBACK, oneShot: false };
    },
    slotsOf: (intent) => declared.get(intent) ?? [],
  };
}

/** The resolver for a locale, from its model of record in skill-package/. */
export function resolverFor(locale: Locale): Resolver {
  return createResolver(readModel(locale), PHRASES[locale]);
}
