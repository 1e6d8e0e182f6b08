// SSML validity for scripts: the same ssml-check call the tests make, cached by SSML string (the check is slow).
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
