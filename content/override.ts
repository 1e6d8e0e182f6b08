// A locale's variant of another locale's text: en-GB is en-US with its own spelling, words and, above all,
// emergency numbers. A variant file names its `base` and holds only what differs: `words` to say otherwise
// everywhere ("toward" → "towards"), then whole texts that differ (the emergency advice). This merges the two.

/** Thrown when a variant names something its base does not have: a typo would otherwise be silently ignored. */
export class LocaleOverrideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocaleOverrideError';
  }
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys a variant may add although its base does not have them (optional fields of the schema). */
const OPTIONAL_KEYS = new Set(['base', 'forms', 'sayAsDigits', 'countCue', 'returnCue', 'maxHoldSeconds']);

/** An array of objects with ids (the exercises), which a variant changes by id: `{ "exercises": { "<id>": {...} } }`. */
const byId = (value: Json): value is { id: string }[] => Array.isArray(value) && value.length > 0 && value.every((item) => isObject(item) && typeof item.id === 'string');

function merge(base: Json, change: Json, path: string): Json {
  if (byId(base)) {
    if (!isObject(change)) throw new LocaleOverrideError(`${path}: change the items by id, as an object`);
    for (const id of Object.keys(change)) if (!base.some((item) => item.id === id)) throw new LocaleOverrideError(`${path}.${id}: the base has no item with this id`);
    return base.map((item) => (id(item) in change ? merge(item, change[id(item)], `${path}.${id(item)}`) : item));
  }
  // Texts and lists of texts are replaced whole; objects are merged key by key.
  if (!isObject(base) || !isObject(change)) return change;
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(change)) {
    if (!(key in base) && !OPTIONAL_KEYS.has(key)) throw new LocaleOverrideError(`${path ? `${path}.` : ''}${key}: the base has no such field`);
    out[key] = key in base ? merge(base[key], value, path ? `${path}.${key}` : key) : value;
  }
  return out;
}

const id = (item: { id: string }): string => item.id;

/** Every text in a JSON value with each whole word or phrase of `words` replaced. Pure. */
function replaceWords(value: Json, words: readonly [RegExp, string][]): Json {
  if (typeof value === 'string') return words.reduce((text, [pattern, to]) => text.replace(pattern, to), value);
  if (Array.isArray(value)) return value.map((item) => replaceWords(item, words));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceWords(item, words)]));
  return value;
}

/** A variant's `words` as patterns: each key a whole word or phrase, as written (case included). */
function wordPatterns(words: Json): [RegExp, string][] {
  if (words === undefined) return [];
  if (!isObject(words) || !Object.values(words).every((to) => typeof to === 'string')) throw new LocaleOverrideError('words: an object of texts');
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.entries(words).map(([from, to]) => [new RegExp(`(?<![\\p{L}])${escape(from)}(?![\\p{L}])`, 'gu'), to as string]);
}

/**
 * The base's text in the variant's words, with the variant's changes; throws LocaleOverrideError on a change to
 * something the base lacks. Pure.
 */
export function applyOverride(base: Json, variant: Json): Json {
  if (!isObject(base) || !isObject(variant)) throw new LocaleOverrideError('a locale file must be a JSON object');
  const { words, ...changes } = variant;
  return merge(replaceWords(base, wordPatterns(words)), changes, '');
}

/** The locale a file's text is based on, or null for a whole text. Pure. */
export function baseOf(file: Json): string | null {
  return isObject(file) && typeof file.base === 'string' ? file.base : null;
}
