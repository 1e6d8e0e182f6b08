// Sample utterances compiled into matchers: literal words, and slots filled from their slot type's values.
import type { SlotFill } from '../alexa/envelopes';
import type { InteractionModel } from '../model';
import type { LocalePhrases } from './phrases';
import { slotTypeMatchers, type SlotTypeMatcher } from './slot-types';
import { escapeRegExp, normalizerFor } from './text';

/** An intent and its slots, as one utterance matched. */
export interface IntentMatch {
  readonly intent: string;
  readonly slots: Readonly<Record<string, SlotFill>>;
  /** The sample utterance that matched, as written in the model (or the built-in phrasing). */
  readonly sample: string;
}

interface Matcher {
  readonly intent: string;
  readonly sample: string;
  readonly regex: RegExp;
  /** The slot filled by each capture group, in order, and how the heard words fill it. */
  readonly slots: readonly { readonly name: string; readonly fill: (heard: string) => SlotFill | null }[];
  /** Characters of literal text: more is more specific. */
  readonly literal: number;
  /** 0 for the skill's own samples, 1 for built-in phrasings: the model wins a tie. */
  readonly rank: number;
}

/** The matchers of a model: strict ones take only slot values; loose ones take a few other words in a slot. */
export interface Matchers {
  readonly strict: readonly Matcher[];
  readonly loose: readonly Matcher[];
}

/** Up to three words of anything, for a slot of a loose matcher. */
const ANY_WORDS = '[^ ]+(?: [^ ]+){0,2}';

/** A sample as a matcher; `{slot}` parts take their type's values (or, loose, any few words). */
function compile(intent: string, sample: string, rank: number, slotType: (name: string) => SlotTypeMatcher, normalize: (text: string) => string, loose = false): Matcher {
  const slots: Matcher['slots'][number][] = [];
  let literal = 0;
  const parts = sample.split(/(\{\w+\})/).flatMap((part) => {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1];
    if (slot) {
      const type = slotType(slot);
      slots.push({ name: slot, fill: loose ? (heard) => type.fillUnmatched(heard) : (heard) => type.fill(heard) });
      return [`(${loose ? ANY_WORDS : type.pattern})`];
    }
    const words = normalize(part);
    literal += words.length;
    return words ? [escapeRegExp(words)] : [];
  });
  return { intent, sample, regex: new RegExp(`^${parts.join(' ')}$`), slots, literal, rank };
}

/** Most specific first: samples without slots, then more literal text, then the model before built-ins. */
function bySpecificity(a: Matcher, b: Matcher): number {
  return Math.sign(a.slots.length) - Math.sign(b.slots.length) || b.literal - a.literal || a.rank - b.rank;
}

/**
 * Every sample of the model and every built-in phrasing of an intent the model lists, most specific first.
 * Samples with a slot and some literal words also get a loose matcher: Alexa fills a custom slot with words
 * that are no value of its type (and a number slot with "?") when the rest of the sample fits.
 */
export function compileMatchers(model: InteractionModel, phrases: LocalePhrases): Matchers {
  const typeOf = slotTypeMatchers(model, phrases);
  const normalize = normalizerFor(phrases.text);
  const strict: Matcher[] = [];
  const loose: Matcher[] = [];
  for (const intent of model.interactionModel.languageModel.intents) {
    const slotTypes = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    const slotType = (name: string): SlotTypeMatcher => typeOf(slotTypes.get(name) ?? 'AMAZON.SearchQuery');
    for (const sample of intent.samples) {
      const matcher = compile(intent.name, sample, 0, slotType, normalize);
      strict.push(matcher);
      if (matcher.slots.length > 0 && matcher.literal > 0) loose.push(compile(intent.name, sample, 0, slotType, normalize, true));
    }
    for (const phrase of phrases.builtIns[intent.name] ?? []) strict.push(compile(intent.name, phrase, 1, slotType, normalize));
  }
  return { strict: strict.sort(bySpecificity), loose: loose.sort(bySpecificity) };
}

/** The first (most specific) matcher whose pattern and slot values fit the normalized text. Pure. */
export function matchIntent(matchers: readonly Matcher[], text: string): IntentMatch | null {
  for (const matcher of matchers) {
    const groups = matcher.regex.exec(text);
    if (!groups) continue;
    const slots: Record<string, SlotFill> = {};
    const filled = matcher.slots.every(({ name, fill }, i) => {
      const value = fill(groups[i + 1] ?? '');
      if (value) slots[name] = value;
      return value !== null;
    });
    if (filled) return { intent: matcher.intent, slots, sample: matcher.sample };
  }
  return null;
}
