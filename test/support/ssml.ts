// Test helper: fails the current test when a piece of SSML is not valid for Alexa (the scripts' ssml-check call).
import { ssmlProblems } from '../../scripts/alexa/ssml';

export { spokenText } from '../../scripts/alexa/ssml';

/** Resolves when `ssml` is valid Amazon SSML; otherwise throws, listing every error ssml-check found. */
export async function expectValidSsml(ssml: string): Promise<void> {
  const errors = await ssmlProblems(ssml);
  if (errors.length > 0) {
    throw new Error(`Invalid SSML (${errors.length} error(s)):\n  ${errors.join('\n  ')}\nin: ${ssml.slice(0, 500)}`);
  }
}
