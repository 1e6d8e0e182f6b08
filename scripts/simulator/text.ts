// Text normalization shared by the utterance resolver and the model lint: what a speech recognizer would hand
// over, in the words of one language.

/** A rewrite of part of a text: a pattern (global) and what it becomes. */
export type Rewrite = readonly [RegExp, string];

/** How a language's text is normalized, and which of its words carry no meaning of their own. */
export interface TextRules {
  /** Rewrites of the lower-cased text before apostrophes are dropped: French "j'ai" → "je ai". */
  readonly elisions: readonly Rewrite[];
  /** Rewrites after: long forms a recognizer writes as contractions, so "I cannot kneel" reads as "I can't kneel". */
  readonly contractions: readonly Rewrite[];
  /** Words that carry no meaning of their own here ("the", "please", "um"). */
  readonly stopWords: ReadonlySet<string>;
  /** Endings a light stemmer drops, so "hurting", "hurts" and "hurt" are one word. */
  readonly stemEndings: RegExp;
  /** Whether accents are dropped ("cómo" as "como"): a typed utterance often lacks them, a recognizer's never does. */
  readonly foldAccents: boolean;
}

/** Lower case, apostrophes dropped ("let's" → "lets"), other punctuation and hyphens as spaces: no language's rewrites. Pure. */
export function basicNormalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const normalizers = new WeakMap<TextRules, (text: string) => string>();

/** The normalizer of a language: its elisions, then the basic normalization, then its contractions. Pure (memoized). */
export function normalizerFor(rules: TextRules): (text: string) => string {
  let normalize = normalizers.get(rules);
  if (!normalize) {
    normalize = (text) => {
      let out = rules.elisions.reduce((t, [pattern, to]) => t.replace(pattern, to), text.toLowerCase().replace(/’/g, "'"));
      out = basicNormalize(out);
      if (rules.foldAccents) out = out.normalize('NFD').replace(/\p{M}/gu, '');
      for (const [pattern, to] of rules.contractions) out = out.replace(pattern, to);
      return out;
    };
    normalizers.set(rules, normalize);
  }
  return normalize;
}

/** A light stem of a word by its language's endings. Pure. */
export function stemWith(rules: TextRules, word: string): string {
  if (word.length <= 3) return word;
  return word.replace(rules.stemEndings, '') || word;
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
