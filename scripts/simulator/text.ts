// Text normalization shared by the utterance resolver: what a speech recognizer would hand over.

/** Lower case, apostrophes dropped ("let's" → "lets"), other punctuation and hyphens as spaces. Pure. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
