// The timeline of one timed hold: cues and silences whose pauses add up to exactly the hold length.
import type { CueKey } from '../../content/schema';

/** One piece of a hold: a spoken cue or a silence. */
export type HoldSegment = { kind: 'cue'; cue: CueKey } | { kind: 'pause'; seconds: number };

/**
 * The cues and pauses of a hold of `seconds`. Pure.
 * "Halfway" comes at the middle of holds of 10 s or more, "ten more seconds" 10 s before the end when that
 * is later than halfway; the pauses always add up to `seconds`.
 */
export function holdTimeline(seconds: number): HoldSegment[] {
  const marks: { at: number; cue: CueKey }[] = [];
  const half = Math.floor(seconds / 2);
  if (seconds >= 10) marks.push({ at: half, cue: 'halfway' });
  if (seconds - 10 > half) marks.push({ at: seconds - 10, cue: 'tenMore' });

  const segments: HoldSegment[] = [{ kind: 'cue', cue: 'holdStart' }];
  let elapsed = 0;
  for (const mark of marks) {
    segments.push({ kind: 'pause', seconds: mark.at - elapsed }, { kind: 'cue', cue: mark.cue });
    elapsed = mark.at;
  }
  if (seconds > elapsed) segments.push({ kind: 'pause', seconds: seconds - elapsed });
  segments.push({ kind: 'cue', cue: 'release' });
  return segments;
}
