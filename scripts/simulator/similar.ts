// The part of Alexa's language understanding that goes beyond the samples: an utterance that matches no sample
// word for word goes to the intent whose samples share its telling words, or to the fallback when none is close.
// Words that few intents use weigh most ("numb", "dizzy", "chair"); words every intent uses ("the", "my") least.
// Slot values are heard as their slot type, so "explain the pigeon" is close to "explain the {exercise}".
import type { SlotFill } from '../alexa/envelopes';
import type { InteractionModel } from '../model';
import type { IntentMatch } from './matchers';
import type { LocalePhrases } from './phrases';
import { slotTypeMatchers } from './slot-types';
import { normalize } from './text';

/** How close an utterance must be to a sample (cosine of weighted words, 0 to 1) to count as that intent. */
export const SIMILARITY_THRESHOLD = 0.45;

/** Words that carry no meaning of their own here. */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'um', 'uh', 'er', 'please', 'just', 'so', 'very', 'really', 'now', 'oh', 'well', 'okay', 'ok', 'alexa',
  'and', 'to', 'of', 'i', 'im', 'me', 'my', 'it', 'its', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'this', 'that',
  'thats', 'you', 'your', 'we', 'us', 'our', 'for', 'in', 'on', 'at', 'with', 'do', 'does', 'did', 'have', 'has', 'had',
  'ive', 'id', 'ill', 'then', 'there', 'here', 'some', 'bit', 'got', 'gone', 'feel', 'feels', 'feeling',
]);

/** A light stem, so "hurting", "hurts" and "hurt" are one word. Pure. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  return word.replace(/(ness|ing|ed|ly|es|s)$/, '') || word;
}

/** The share of an utterance's weight its best sample must explain, and of the sample's weight the utterance must say. */
export const MIN_EXPLAINED = 0.4;

/** How many intents an unknown word counts as used by, for its weight. */
const UNKNOWN_WORD_INTENTS = 2;

type Vector = Map<string, number>;

interface Slotted {
  readonly tokens: string[];
  /** The words heard for each slot type, in order. */
  readonly heard: Map<string, string>;
}

/** A classifier over a model's samples (and the locale's built-in phrasings). */
export function createSimilarity(model: InteractionModel, phrases: LocalePhrases): (text: string) => IntentMatch | null {
  const { intents, types } = model.interactionModel.languageModel;
  const typeMatcher = slotTypeMatchers(model);
  const slotTypes = [...types.map((t) => t.name), 'AMAZON.NUMBER'];
  const typePatterns = slotTypes.map((type) => ({ type, regex: new RegExp(`(?:^| )(${typeMatcher(type).pattern})(?= |$)`) }));
  const placeholder = (type: string): string => `{${type}}`;
  /** The text with each idiom in its plain words, padded with spaces. */
  const joinIdioms = (text: string): string =>
    Object.entries(phrases.idioms).reduce((t, [idiom, meaning]) => t.replaceAll(` ${idiom} `, ` ${meaning} `), ` ${text} `);

  /**
   * The words of a text, each slot value also heard as its type (not where a value is part of an idiom); a
   * sample's `{slot}` references (as marker words) become their types. Samples and utterances go through the
   * same steps, so "my leg is cramping" and "my calf is cramping" share the body part.
   */
  const slotted = (text: string, marker: (word: string) => string | null = () => null): Slotted => {
    let rest = joinIdioms(normalize(text));
    const heard = new Map<string, string>();
    for (const { type, regex } of typePatterns) {
      const found = regex.exec(rest.trim());
      // "one" is a number only where a sample asks for one ("exercise one"), never in "this one".
      if (found?.[1] && !(type === 'AMAZON.NUMBER' && found[1] === 'one')) {
        heard.set(type, found[1]);
        // A body part stays a word too: "numb around my bottom" is not "my leg is numb".
        const keep = phrases.wordSlotTypes.includes(type) ? ` ${found[1]}` : '';
        rest = rest.replace(` ${found[1]} `, ` ${placeholder(type)}${keep} `);
      }
    }
    const tokens = rest
      .split(' ')
      .filter((w) => w && !STOP_WORDS.has(w))
      .map((w) => marker(w) ?? (w.startsWith('{') ? w : stem(w)));
    return { tokens, heard };
  };

  // Every sample as words, its slot references as their types.
  const examples = intents.flatMap((intent) => {
    const typeOf = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    const said = [...intent.samples, ...(phrases.builtIns[intent.name] ?? [])];
    const slotNames = (intent.slots ?? []).map((s) => s.name);
    const marker = (word: string): string | null =>
      word.startsWith('qqslot') ? placeholder(typeOf.get(slotNames[Number(word.slice(6))] ?? '') ?? '') : null;
    return said.map((sample) => {
      // A slot reference survives normalization as a marker word, then becomes its type.
      const marked = sample.replace(/\{(\w+)\}/g, (_, slot: string) => ` qqslot${slotNames.indexOf(slot)} `);
      return { intent: intent.name, tokens: slotted(marked, marker).tokens, slots: intent.slots ?? [] };
    });
  });

  // Inverse intent frequency: a word used by one intent tells the most.
  const intentsUsing = new Map<string, Set<string>>();
  for (const { intent, tokens } of examples) for (const t of tokens) intentsUsing.set(t, (intentsUsing.get(t) ?? new Set()).add(intent));
  const total = intents.length;
  // A word no sample uses dilutes the match like a word a few intents use: people say things their own way.
  const weight = (token: string): number => Math.log((total + 1) / (intentsUsing.get(token)?.size ?? UNKNOWN_WORD_INTENTS));

  const vector = (tokens: readonly string[]): Vector => {
    const v: Vector = new Map();
    for (const t of tokens) v.set(t, weight(t));
    return v;
  };
  const norm = (v: Vector): number => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  const vectors = examples.map((e) => ({ ...e, vector: vector(e.tokens), norm: norm(vector(e.tokens)) }));

  return (text) => {
    const said = slotted(text);
    const mine = vector(said.tokens);
    const mineNorm = norm(mine);
    if (mineNorm === 0) return null;
    let best: { score: number; example: (typeof vectors)[number] } | null = null;
    for (const example of vectors) {
      let dot = 0;
      for (const [token, w] of mine) if (example.vector.has(token)) dot += w * w;
      const score = example.norm === 0 ? 0 : dot / (mineNorm * example.norm);
      if (!best || score > best.score) best = { score, example };
    }
    if (!best || best.score < SIMILARITY_THRESHOLD) return null;
    // Most of what was said must be explained by the sample, and most of the sample's telling words said: one
    // shared word ("turn", "set") is not a request.
    let shared = 0;
    for (const [token, w] of mine) if (best.example.vector.has(token)) shared += w * w;
    if (shared / (mineNorm * mineNorm) < MIN_EXPLAINED || shared / (best.example.norm * best.example.norm) < MIN_EXPLAINED) return null;
    const slots: Record<string, SlotFill> = {};
    for (const slot of best.example.slots) {
      const words = said.heard.get(slot.type);
      const fill = words ? typeMatcher(slot.type).fill(words) : null;
      if (fill) slots[slot.name] = fill;
    }
    return { intent: best.example.intent, slots, sample: `≈ ${best.example.tokens.join(' ')}` };
  };
}
