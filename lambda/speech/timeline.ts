// The timeline of a narration: when each part starts, in seconds from the start of the answer (pauses exact,
// speech estimated). Alexa never says how far its speech got, so an interruption is placed on this timeline.
import type { SsmlBuilder } from './ssml';

/** What the user is doing during a stretch of the narration. */
export type SegmentPhase = 'setup' | 'settle' | 'hold' | 'rest' | 'lift' | 'setRest';

/** One stretch of time in a narration; `start` and `seconds` in seconds from the start of the answer. */
export interface Segment {
  readonly phase: SegmentPhase;
  readonly start: number;
  readonly seconds: number;
  readonly sideIndex: 0 | 1;
  /** The round (or set) within the side, 0-based, and how many the side has. */
  readonly round: number;
  readonly rounds: number;
  /** For a lift: which one (1-based) of how many in the set. */
  readonly rep?: number;
  readonly reps?: number;
}

/** A place in a narration: `round` rounds of side `sideIndex` are done. */
export interface Place {
  readonly sideIndex: 0 | 1;
  readonly round: number;
}

/** A moment of a narration (the end of a round, a settling gap, a change of side) and the place it leaves the user at. */
export interface RoundMark extends Place {
  readonly end: number;
  /** Whether the user is in place for the side by then (after its settling gap). */
  readonly inPlace: boolean;
}

/** What the session keeps of a narration to place an interruption: small, so it fits in the session attributes. */
export interface Placement {
  readonly exercise: number;
  /** Where the narration starts. */
  readonly from: Place;
  readonly marks: readonly RoundMark[];
  readonly end: number;
}

/** A narration's whole timeline: its placement, and every segment for a screen's countdown. */
export interface Timeline extends Placement {
  readonly segments: readonly Segment[];
}

/** Where the user is `elapsed` seconds after a narration began: the last moment of it they heard. Pure. */
export function heardAt(placement: Placement, elapsed: number): Place & { inPlace: boolean } {
  let place: Place & { inPlace: boolean } = { ...placement.from, inPlace: false };
  for (const mark of placement.marks) if (mark.end <= elapsed) place = { sideIndex: mark.sideIndex, round: mark.round, inPlace: mark.inPlace };
  return place;
}

/** The placement part of a timeline, for the session. Pure. */
export const placementOf = ({ exercise, from, marks, end }: Timeline): Placement => ({ exercise, from, marks, end });

/** Records segments and round marks while a narration is built, timed by the builder's running estimate. */
export class TimelineRecorder {
  readonly segments: Segment[] = [];
  readonly marks: RoundMark[] = [];

  constructor(private readonly out: SsmlBuilder, private readonly rate: number) {}

  /** Seconds from the start of the answer to now. */
  now(): number {
    return this.out.estimatedSeconds(this.rate);
  }

  /** Runs `build`, recording the time it spans as a segment. */
  span(phase: SegmentPhase, where: Omit<Segment, 'phase' | 'start' | 'seconds'>, build: () => void): void {
    const start = this.now();
    build();
    this.segments.push({ phase, start, seconds: this.now() - start, ...where });
  }

  /** A silent segment of `seconds`. */
  silence(phase: SegmentPhase, seconds: number, where: Omit<Segment, 'phase' | 'start' | 'seconds'>): void {
    this.span(phase, where, () => this.out.pause(seconds));
  }

  /** Marks a moment: from here on, `round` rounds of the side are done, and the user is or is not in place. */
  mark(sideIndex: 0 | 1, round: number, inPlace: boolean): void {
    this.marks.push({ sideIndex, round, end: this.now(), inPlace });
  }
}
