// SSML as Alexa takes it: the ssml-check validity check (cached by SSML string, the check is slow), and the
// words spoken. Shared by the fuzzer, the load test and the tests.
import { check } from 'ssml-check';

const cache = new Map<string, Promise<string[]>>();

/** ssml-check's findings for Amazon SSML, each as one line; empty when `ssml` is valid. Cached per string. */
export function ssmlProblems(ssml: string): Promise<string[]> {
  let found = cache.get(ssml);
  if (!found) {
    found = check(ssml, { platform: 'amazon', validateAudioFiles: false }).then((errors) => (errors ?? []).map((e) => JSON.stringify(e)));
    cache.set(ssml, found);
  }
  return found;
}

/** How many distinct SSML strings have been checked. */
export const ssmlChecked = (): number => cache.size;

/** SSML as plain words (tags removed, entities decoded). Pure. */
export function spokenText(ssml: string): string {
  return ssml
    // Tags inside a run of words (say-as) add no space: "call <say-as ...>911</say-as>." is "call 911."
    .replace(/<\/?(say-as|lang|emphasis|phoneme|sub)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
