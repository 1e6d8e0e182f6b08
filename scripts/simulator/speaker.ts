// Speaking answers aloud with espeak-ng, when it is installed.
import { spawn, spawnSync } from 'node:child_process';
import { escapeSsml } from '../../lambda/speech/ssml';

/** Says text aloud and resolves when it has been said. */
export interface Speaker {
  say(text: string): Promise<void>;
}

/** How to install espeak-ng, for the message shown when it is missing. */
export const ESPEAK_HINT =
  '--speak needs espeak-ng: `sudo apt-get install espeak-ng` (Debian, Ubuntu), `brew install espeak-ng` (macOS). Continuing without speech.';

/** True when the espeak-ng command can be run. */
export function hasEspeak(): boolean {
  const probe = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
}

/**
 * A speaker on espeak-ng in SSML mode (`-m`), so pauses and entities mean what they mean to Alexa. The
 * transcript waits out <break>s itself and hands over the words between them. espeak-ng exits 0 even when
 * it cannot play (no sound card): its first complaint is reported through `onProblem`, then it stays quiet.
 */
export function espeakSpeaker(voice: string, onProblem: (message: string) => void): Speaker {
  let muted = false;
  return {
    say: (text) =>
      new Promise((resolve) => {
        if (muted) return resolve();
        const child = spawn('espeak-ng', ['-m', '-v', voice, `<speak>${escapeSsml(text)}</speak>`], { stdio: ['ignore', 'ignore', 'pipe'] });
        let errors = '';
        child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
        const finish = (problem: string): void => {
          if (problem && !muted) {
            muted = true;
            onProblem(`espeak-ng could not speak (${problem}). Continuing without speech.`);
          }
          resolve();
        };
        child.on('error', (error) => finish(error.message));
        child.on('close', () => finish(errors.trim().split('\n').filter((l) => /error/i.test(l)).pop() ?? ''));
      }),
  };
}

/** espeak-ng voices for the skill's locales, where the locale's own name is no espeak-ng voice. */
const ESPEAK_VOICES: Readonly<Record<string, string>> = {
  'en-CA': 'en-us', 'en-AU': 'en-gb', 'en-IN': 'en-gb', 'es-ES': 'es', 'es-MX': 'es-419', 'es-US': 'es-419', 'fr-FR': 'fr-fr', 'fr-CA': 'fr-fr', 'de-DE': 'de',
};

/** The espeak-ng voice for an Alexa locale: "en-US" → "en-us", "es-MX" → "es-419". Pure. */
export const espeakVoice = (locale: string): string => ESPEAK_VOICES[locale] ?? locale.toLowerCase();
