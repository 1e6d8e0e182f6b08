// A locale's variant of another locale's text: en-GB is en-US with its own spelling, words and, above all,
// emergency numbers. A variant file names its `base` and holds only what differs; this merges the two.

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
const byId = (value: Json): value is { id: string }[] => Array.isArray(value) && value.every((item) => isObject(item) && typeof item.id === 'string');

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

/** The base's text with the variant's changes; throws LocaleOverrideError on a change to something the base lacks. Pure. */
export function applyOverride(base: Json, variant: Json): Json {
  if (!isObject(base) || !isObject(variant)) throw new LocaleOverrideError('a locale file must be a JSON object');
  return merge(base, variant, '');
}

/** The locale a file's text is based on, or null for a whole text. Pure. */
export function baseOf(file: Json): string | null {
  return isObject(file) && typeof file.base === 'string' ? file.base : null;
}
