// A test clock for conversations that moves on while answers play, as time does for a user who listens, and
// where in an answer a user spoke up. The skill places an interruption on its narration by this time.
import { escapeSsml, estimatedPlaySeconds } from '../../lambda/speech';
import type { Turn } from './conversation';

/** A clock shared by a skill and the devices talking to it. */
export interface ListeningClock {
  readonly now: () => Date;
  /** Give it to a `Conversation` as `onReply`: each answer is heard to its end before the next request. */
  readonly onReply: (turn: Turn) => void;
  /** The next request comes `seconds` into the last answer (the user said "Alexa, ..." then). */
  interruptAt(seconds: number): void;
  /** Time passes with nothing said. */
  later(ms: number): void;
}

/** A listening clock starting at `start`. */
export function listeningClock(start: Date): ListeningClock {
  let now = start;
  let answerAt = start;
  return {
    now: () => now,
    onReply: (turn) => {
      answerAt = now;
      now = new Date(now.getTime() + Math.round(estimatedPlaySeconds(turn.ssml) * 1000));
    },
    interruptAt: (seconds) => {
      now = new Date(answerAt.getTime() + seconds * 1000);
    },
    later: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/**
 * Seconds into an answer at which the `occurrence`-th saying of `words` begins to play, by the same estimate the
 * skill uses (answers at the usual speaking rate).
 */
export function secondsUntil(turn: Turn, words: string, occurrence = 1): number {
  const escaped = escapeSsml(words);
  let at = -1;
  for (let found = 0; found < occurrence; found += 1) {
    at = turn.ssml.indexOf(escaped, at + 1);
    if (at < 0) throw new Error(`"${words}" is said fewer than ${occurrence} times in: ${turn.text}`);
  }
  return estimatedPlaySeconds(turn.ssml.slice(0, at));
}
