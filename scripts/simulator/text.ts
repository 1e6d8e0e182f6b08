// Text normalization shared by the utterance resolver: what a speech recognizer would hand over.

/** Long forms a recognizer writes as contractions, so "I cannot kneel" and "I can't kneel" read the same. */
const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bcan not\b|\bcannot\b/g, 'cant'],
  [/\bi am\b/g, 'im'],
  [/\bdo not\b/g, 'dont'],
  [/\bdoes not\b/g, 'doesnt'],
  [/\bis not\b/g, 'isnt'],
  [/\bi have\b/g, 'ive'],
  [/\bi would\b/g, 'id'],
  [/\bi will\b/g, 'ill'],
  [/\bit is\b/g, 'its'],
  [/\bthat is\b/g, 'thats'],
  [/\byou are\b/g, 'youre'],
  [/\blet us\b/g, 'lets'],
];

/** Lower case, apostrophes dropped ("let's" → "lets"), contractions as a recognizer writes them, other punctuation and hyphens as spaces. Pure. */
export function normalize(text: string): string {
  let out = text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (const [long, short] of CONTRACTIONS) out = out.replace(long, short);
  return out;
}

/** Escapes a string for use inside a RegExp. Pure. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A RegExp alternation of phrases, longest first so the longest phrase wins. Pure. */
export function alternation(phrases: Iterable<string>): string {
  const sorted = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  return sorted.map(escapeRegExp).join('|');
}
