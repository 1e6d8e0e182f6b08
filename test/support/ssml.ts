// Test helper: fails the current test when a piece of SSML is not valid for Alexa (checked with ssml-check).
import { check } from 'ssml-check';

/** Resolves when `ssml` is valid Amazon SSML; otherwise throws, listing every error ssml-check found. */
export async function expectValidSsml(ssml: string): Promise<void> {
  const errors = await check(ssml, { platform: 'amazon', validateAudioFiles: false });
  if (errors && errors.length > 0) {
    const listed = errors.map((error) => JSON.stringify(error)).join('\n  ');
    throw new Error(`Invalid SSML (${errors.length} error(s)):\n  ${listed}\nin: ${ssml.slice(0, 500)}`);
  }
}

/** The words of an SSML string, tags removed and entities decoded, for readable assertions. */
export function spokenText(ssml: string): string {
  return ssml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
