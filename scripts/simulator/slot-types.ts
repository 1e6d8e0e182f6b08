// Slot types as the resolver sees them: a RegExp for what may fill the slot, and how a heard value resolves.
import type { SlotFill } from '../alexa/envelopes';
import type { InteractionModel } from '../model';
import { numberValue } from './numbers';
import type { LocalePhrases } from './phrases';
import { alternation, normalizerFor } from './text';
import { timeValue } from './times';

/** What can fill a slot of one type. */
export interface SlotTypeMatcher {
  /** A RegExp source (no groups) matching any accepted normalized value. */
  readonly pattern: string;
  /** The slot as Alexa fills it from the heard words, or null if they are not a value of the type. */
  fill(heard: string): SlotFill | null;
  /** The slot as Alexa fills it from words that are no value of the type. */
  fillUnmatched(heard: string): SlotFill;
}

/** AMAZON.NUMBER in the locale's language: digits or spelled numbers, sent as digits. */
function numberType(phrases: LocalePhrases, normalize: (text: string) => string): SlotTypeMatcher {
  const numbers = new Map([...phrases.numbers].map(([words, value]) => [normalize(words), value]));
  return {
    pattern: `\\d+|${alternation(numbers.keys())}`,
    fill: (heard) => {
      const value = numberValue(numbers, normalize(heard));
      return value === null ? null : { value };
    },
    fillUnmatched: () => ({ value: '?' }),
  };
}

/** AMAZON.TIME in the locale's language: a spoken time, sent as "HH:MM" (or MO, AF, EV, NI for a part of the day); "?" when it is none. */
function timeType(phrases: LocalePhrases, normalize: (text: string) => string): SlotTypeMatcher {
  return {
    pattern: '[^ ]+(?: [^ ]+){0,5}',
    fill: (heard) => {
      const value = timeValue(heard, phrases);
      // A number that is no time of day ("at 25") still fills the slot, with "?", as Alexa does.
      if (value === null) return /^\d+(?: \d+)?$/.test(normalize(heard)) ? { value: '?' } : null;
      return { value };
    },
    fillUnmatched: () => ({ value: '?' }),
  };
}

/** Any other built-in type: free text, sent as heard. */
const FREE_TEXT: SlotTypeMatcher = { pattern: '.+?', fill: (heard) => ({ value: heard }), fillUnmatched: (heard) => ({ value: heard }) };

type CustomType = InteractionModel['interactionModel']['languageModel']['types'][number];

/** A custom type: its values and synonyms, resolving to the canonical value and id. */
function customType(type: CustomType, normalize: (text: string) => string): SlotTypeMatcher {
  const byPhrase = new Map<string, { name: string; id?: string }>();
  for (const { id, name } of type.values) {
    for (const phrase of [name.value, ...(name.synonyms ?? [])]) {
      const key = normalize(phrase);
      if (key && !byPhrase.has(key)) byPhrase.set(key, { name: name.value, ...(id ? { id } : {}) });
    }
  }
  return {
    pattern: alternation(byPhrase.keys()),
    fill: (heard) => {
      const resolved = byPhrase.get(normalize(heard));
      return resolved ? { value: heard, resolved } : null;
    },
    fillUnmatched: (heard) => ({ value: heard, unmatched: true }),
  };
}

/** The matcher for every slot type the model uses, custom ones by name, numbers and times in the locale's language. */
export function slotTypeMatchers(model: InteractionModel, phrases: LocalePhrases): (typeName: string) => SlotTypeMatcher {
  const normalize = normalizerFor(phrases.text);
  const custom = new Map(model.interactionModel.languageModel.types.map((t) => [t.name, customType(t, normalize)]));
  const number = numberType(phrases, normalize);
  const time = timeType(phrases, normalize);
  return (typeName) => custom.get(typeName) ?? (typeName === 'AMAZON.NUMBER' ? number : typeName === 'AMAZON.TIME' ? time : FREE_TEXT);
}
