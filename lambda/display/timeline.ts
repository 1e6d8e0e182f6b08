// The timeline a screen follows: the stretches of time of one narrated answer, each with its phase.
// Derived from the answer's own SSML (its pauses are exact, its speech estimated at the calm pace the skill
// assumes everywhere), so the times count from the very start of the answer, any lead-in included.
import type { Routine } from '../../content/schema';
import { roundsOf, type RoutineState } from '../routine';
import { estimatedPlaySeconds, fill, shapeOf, totalBreakSeconds } from '../speech';

export type SegmentPhase = 'setup' | 'settle' | 'hold' | 'rest' | 'lift' | 'setRest';

/** One stretch of time in a narration; `start` in seconds from the start of the answer. */
export interface Segment {
  readonly phase: SegmentPhase;
  readonly start: number;
  readonly seconds: number;
  readonly sideIndex: 0 | 1;
  /** 0-based round (or set) within the side. */
  readonly round: number;
  readonly rounds: number;
  /** 1-based lift within the set, and the lifts in a set. */
  readonly rep?: number;
  readonly reps?: number;
}

/** The segments of an answer and when its timed part ends. */
export interface Timeline {
  readonly segments: readonly Segment[];
  readonly end: number;
}

type Piece = { kind: 'settle' | 'hold' | 'rest' | 'setRest' | 'up' | 'down'; start: number; seconds: number };

const stripTags = (ssml: string): string => ssml.replace(/<[^>]*>/g, ' ').replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/** What a silence is, from the words said just before it. */
function kindOf(routine: Routine, before: string): Piece['kind'] | null {
  const { cues } = routine;
  const endsWith = (text: string): boolean => before.endsWith(text);
  if ([cues.holdStart, cues.halfway, cues.tenMore].some(endsWith)) return 'hold';
  if (endsWith(cues.setRest)) return 'setRest';
  if (endsWith(cues.rest)) return 'rest';
  if (endsWith(cues.paceDown)) return 'down';
  if (new RegExp(`${escapeRegex(fill(cues.paceCount, { n: '\u0000' })).replace('\u0000', '\\d+')}$`).test(before)) return 'up';
  return 'settle';
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The silences of an answer (runs of breaks of a second or more), each with what it is. */
function piecesOf(routine: Routine, ssml: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const run of ssml.matchAll(/(?:<break time="[^"]*"\/>\s*)+/g)) {
    const seconds = totalBreakSeconds(run[0]);
    const index = run.index ?? 0;
    const before = stripTags(ssml.slice(last, index));
    last = index + run[0].length;
    const kind = kindOf(routine, before);
    if (seconds >= 1 && kind) pieces.push({ kind, start: estimatedPlaySeconds(ssml.slice(0, index)), seconds });
  }
  return pieces;
}

/**
 * The timeline of a narrated side, from its SSML: the set-up until the first silence, a settle before each
 * round or set, holds (with the cues inside them), rests, and each paced lift. Pure.
 */
export function timelineFromSpeech(routine: Routine, state: RoutineState, ssml: string): Timeline {
  const pieces = piecesOf(routine, ssml);
  const rounds = roundsOf(state, shapeOf(routine));
  const exercise = routine.exercises[state.exercise];
  const reps = exercise && exercise.dose.kind === 'paced' && !state.settings.easier.includes(exercise.id) ? exercise.dose.repetitions : undefined;
  const segments: Segment[] = [];
  const base = { sideIndex: state.sideIndex, rounds };
  let round = state.round - 1;
  let rep = 0;
  const first = pieces[0];
  if (first) segments.push({ ...base, phase: 'setup', start: 0, seconds: first.start, round: Math.min(state.round, rounds - 1) });
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i] as Piece;
    const previous = segments[segments.length - 1];
    if (piece.kind === 'settle') {
      round += 1;
      rep = 0;
      segments.push({ ...base, phase: 'settle', start: piece.start, seconds: piece.seconds, round });
    } else if (piece.kind === 'hold' && previous?.phase === 'hold') {
      segments[segments.length - 1] = { ...previous, seconds: piece.start + piece.seconds - previous.start };
    } else if (piece.kind === 'up') {
      const down = pieces[i + 1]?.kind === 'down' ? (pieces[i + 1] as Piece) : piece;
      rep += 1;
      segments.push({ ...base, phase: 'lift', start: piece.start, seconds: down.start + down.seconds - piece.start, round, rep, reps: reps ?? rep });
      if (down !== piece) i += 1;
    } else if (piece.kind !== 'down') {
      segments.push({ ...base, phase: piece.kind, start: piece.start, seconds: piece.seconds, round: Math.max(round, 0) });
    }
  }
  const tail = segments[segments.length - 1];
  return { segments, end: tail ? tail.start + tail.seconds : 0 };
}
