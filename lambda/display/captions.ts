// Steps shown one page at a time, each when the voice says it: steps that would need scrolling are paged by
// the narration instead.
import { escapeSsml, estimatedPlaySeconds } from '../speech';

/** A line of text to show from `at` seconds into the answer. */
export interface Caption {
  readonly text: string;
  readonly at: number;
}

/** Seconds between pages when nothing is said aloud to follow. */
export const PAGE_SECONDS = 8;

/** Seconds an answer's SSML takes to play, or its first `length` characters (a speaking rate left open is closed). Pure. */
export function spokenSeconds(ssml: string, length = ssml.length): number {
  const head = ssml.slice(0, length);
  const open = (head.match(/<prosody\b/g) ?? []).length - (head.match(/<\/prosody>/g) ?? []).length;
  return estimatedPlaySeconds(open > 0 ? `${head}</prosody>` : head);
}

/**
 * When each text is said in an answer's SSML (as sent, at the user's speaking rate), in order; texts the answer
 * does not say are left out. The search moves forward only, so a text said twice is placed where it comes next. Pure.
 */
export function spokenCaptions(ssml: string, texts: readonly string[]): Caption[] {
  const captions: Caption[] = [];
  let from = 0;
  for (const text of texts) {
    const index = ssml.indexOf(escapeSsml(text.trim()), from);
    if (index < 0) continue;
    captions.push({ text, at: spokenSeconds(ssml, index) });
    from = index + 1;
  }
  return captions;
}

/** Texts paged at a steady pace, for a screen that no speech walks through. Pure. */
export function pagedCaptions(texts: readonly string[]): Caption[] {
  return texts.map((text, index) => ({ text, at: index * PAGE_SECONDS }));
}
