// Slot types as the resolver sees them: a RegExp for what may fill the slot, and how a heard value resolves.
import type { SlotFill } from '../alexa/envelopes';
import type { InteractionModel } from '../model';
import { numberValue, SPELLED_NUMBERS } from './numbers';
import { timeValue } from './times';
import { alternation, normalize } from './text';

/** What can fill a slot of one type. */
export interface SlotTypeMatcher {
  /** A RegExp source (no groups) matching any accepted normalized value. */
  readonly pattern: string;
  /** The slot as Alexa fills it from the heard words, or null if they are not a value of the type. */
  fill(heard: string): SlotFill | null;
  /** The slot as Alexa fills it from words that are no value of the type. */
  fillUnmatched(heard: string): SlotFill;
}

/** AMAZON.NUMBER: digits or spelled numbers, sent as digits. */
const NUMBER: SlotTypeMatcher = {
  pattern: `\\d+|${alternation(SPELLED_NUMBERS.keys())}`,
  fill: (heard) => {
    const value = numberValue(heard);
    return value === null ? null : { value };
  },
  fillUnmatched: () => ({ value: '?' }),
};

/** AMAZON.TIME: a spoken time, sent as "HH:MM" (or MO, AF, EV, NI for a part of the day); "?" when it is none. */
const TIME: SlotTypeMatcher = {
  pattern: '[a-z0-9]+(?: [a-z0-9]+){0,4}',
  fill: (heard) => {
    const value = timeValue(heard);
    // A number that is no time of day ("at 25") still fills the slot, with "?", as Alexa does.
    if (value === null) return /^\d+(?: \d+)?$/.test(normalize(heard)) ? { value: '?' } : null;
    return { value };
  },
  fillUnmatched: () => ({ value: '?' }),
};

/** Any other built-in type: free text, sent as heard. */
const FREE_TEXT: SlotTypeMatcher = { pattern: '.+?', fill: (heard) => ({ value: heard }), fillUnmatched: (heard) => ({ value: heard }) };

type CustomType = InteractionModel['interactionModel']['languageModel']['types'][number];

/** A custom type: its values and synonyms, resolving to the canonical value and id. */
function customType(type: CustomType): SlotTypeMatcher {
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

/** The matcher for every slot type the model uses, custom ones by name. */
export function slotTypeMatchers(model: InteractionModel): (typeName: string) => SlotTypeMatcher {
  const custom = new Map(model.interactionModel.languageModel.types.map((t) => [t.name, customType(t)]));
  return (typeName) => custom.get(typeName) ?? (typeName === 'AMAZON.NUMBER' ? NUMBER : typeName === 'AMAZON.TIME' ? TIME : FREE_TEXT);
}
