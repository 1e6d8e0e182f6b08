// What a screen shows, as plain data: the exercise screen (picture, phase, countdown, steps) and the message
// screens (welcome, questions, paused, pain, finished, help). The APL documents in ./documents lay them out.
import type { ButtonId, Routine, ScreenLineArgs, ScreenLineKey } from '../../content';
import { fill } from '../speech';
import type { Caption } from './captions';

/** A touch button: what it says, and the id its UserEvent carries. */
export interface ScreenButton {
  readonly id: ButtonId;
  readonly text: string;
}

/** The picture of a pose, and whether it is drawn mirrored (for the other side). */
export interface PictureRef {
  readonly key: string;
  readonly mirror: boolean;
}

/** One stretch of the exercise screen as the device shows it. */
export interface Stage {
  /** The phase ("Hold"), and the round and side ("Round 1 of 2 · Left side"). */
  readonly label: string;
  readonly detail: string;
  /** A timer counts `count` seconds down; reps count lifts up to `count`; none shows no number. */
  readonly kind: 'timer' | 'reps' | 'none';
  readonly count: number;
  /** The words under the number: "seconds", or "of 15". */
  readonly unit: string;
  readonly mirror: boolean;
  /** How far through the routine this stage is, in percent. */
  readonly progress: number;
  /** Whether the steps show (while getting into position). */
  readonly steps: boolean;
}

/**
 * A stage with its time in the answer (ms from its start, until the next stage). A timer counts down one every
 * `beatMs`, so it reaches zero as its segment ends; a reps stage counts a lift every `beatMs` from `firstRep`.
 */
export interface TimedStage {
  readonly stage: Stage;
  readonly startMs: number;
  readonly endMs: number;
  readonly firstRep: number;
  readonly beatMs: number;
}

/** The exercise screen: what it shows, and when each stage and step begins. */
export interface ExerciseScreen {
  readonly layout: 'exercise';
  readonly title: string;
  readonly subtitle: string;
  readonly picture: PictureRef;
  readonly stages: readonly TimedStage[];
  readonly captions: readonly Caption[];
  readonly buttons: readonly ScreenButton[];
}

/** A screen of words: a headline, lines, an optional list (warning signs, things to say), buttons. */
export interface MessageScreen {
  readonly layout: 'message';
  readonly title: string;
  readonly subtitle: string;
  readonly headline: string;
  readonly lines: readonly string[];
  readonly listTitle: string;
  readonly list: readonly string[];
  readonly picture: PictureRef | null;
  /** Percent through the routine, or null when it is not shown. */
  readonly progress: number | null;
  readonly buttons: readonly ScreenButton[];
}

export type Screen = ExerciseScreen | MessageScreen;

/** A screen line from content with its placeholders filled; the values each key needs are checked at compile time. Pure. */
export function line<K extends ScreenLineKey>(routine: Routine, key: K, ...vars: ScreenLineArgs<K>): string {
  return fill(routine.screen.lines[key], vars[0] ?? {});
}

/** Buttons by id, with their words from content. Pure. */
export function buttons(routine: Routine, ...ids: ButtonId[]): ScreenButton[] {
  return ids.map((id) => ({ id, text: routine.screen.buttons[id] }));
}

/** A text with its first letter in capitals. Pure. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
