// The simulator's clock: real time, plus the playing time of answers that were shown rather than waited out,
// so the skill sees time pass as it would on a device (a side heard to the end counts as done).
import { estimatedPlaySeconds } from '../../lambda/speech';

/** A clock that can be moved forward by the time an answer would have taken to play. */
export class PlaybackClock {
  private skippedMs = 0;

  constructor(private readonly realNow: () => number = Date.now) {}

  /** The current simulated time. */
  readonly now = (): Date => new Date(this.realNow() + this.skippedMs);

  /** Counts an answer as played in full. */
  played(ssml: string): void {
    this.skippedMs += Math.round(estimatedPlaySeconds(ssml) * 1000);
  }
}
