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

/**
 * When each text is said in an answer's SSML, in order; texts the answer does not say are left out. Pure.
 * The search moves forward only, so a text said twice is placed where it comes next.
 */
export function spokenCaptions(ssml: string, texts: readonly string[]): Caption[] {
  const captions: Caption[] = [];
  let from = 0;
  for (const text of texts) {
    const index = ssml.indexOf(escapeSsml(text.trim()), from);
    if (index < 0) continue;
    captions.push({ text, at: estimatedPlaySeconds(ssml.slice(0, index)) });
    from = index + 1;
  }
  return captions;
}

/** Texts paged at a steady pace, for a screen that no speech walks through. Pure. */
export function pagedCaptions(texts: readonly string[]): Caption[] {
  return texts.map((text, index) => ({ text, at: index * PAGE_SECONDS }));
}
