// The exercise screen: the pose, the phase with its countdown or lift count, the round and side, progress
// through the routine, and the steps paged as the voice says them.
import type { Exercise, FormId, Routine } from '../../content';
import { currentSide, STATUS, type RoutineState } from '../routine';
import { estimatedPlaySeconds, shapeOf, sideWord } from '../speech';
import { PAGE_SECONDS, pagedCaptions, spokenCaptions } from './captions';
import { formName, formOf, formSteps, guidingLines, pictureKey, shownSide } from './forms';
import { buttons, capitalize, line, type ExerciseScreen, type ScreenButton, type Stage, type TimedStage } from './screens';
import type { Segment, Timeline } from './timeline';

const ms = (seconds: number): number => Math.round(seconds * 1000);

/** Percent of the routine done at a round of a side of exercise `index`. Pure. */
function percent(routine: Routine, index: number, sideIndex: number, fraction: number): number {
  const sides = routine.exercises[index]?.perSide ? 2 : 1;
  return Math.round((100 * (index + (sideIndex + fraction) / sides)) / routine.exercises.length);
}

/** "Round 1 of 2 · Left side" (or "Set 1 of 2" for lifts) for a segment. Pure. */
function detailOf(routine: Routine, state: RoutineState, segment: Segment, paced: boolean): string {
  const side = currentSide({ ...state, sideIndex: segment.sideIndex }, shapeOf(routine));
  const sideText = side ? capitalize(line(routine, 'side', { side: sideWord(routine, side) })) : '';
  const counted = paced ? 'set' : 'round';
  const place = segment.phase === 'setup' || segment.rounds < 2 ? '' : line(routine, counted, { n: segment.round + 1, total: segment.rounds });
  return [place, sideText].filter(Boolean).join(' · ');
}

/** Lifts one after another in the same set, each as long as the first: counted on screen as one stage. */
function groupLifts(segments: readonly Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const segment of segments) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    const sameRun = head?.phase === 'lift' && segment.phase === 'lift' && head.round === segment.round && head.sideIndex === segment.sideIndex;
    if (group && sameRun && Math.abs(segment.seconds - (head?.seconds ?? 0)) < 0.01) group.push(segment);
    else groups.push([segment]);
  }
  return groups;
}

function stageOf(routine: Routine, state: RoutineState, group: readonly Segment[], paced: boolean): Stage {
  const segment = group[0] as Segment;
  const side = currentSide({ ...state, sideIndex: segment.sideIndex }, shapeOf(routine));
  const base = {
    label: routine.screen.phases[segment.phase],
    detail: detailOf(routine, state, segment, paced),
    mirror: side === 'left',
    progress: percent(routine, state.exercise, segment.sideIndex, segment.round / Math.max(segment.rounds, 1)),
    steps: segment.phase === 'setup',
  };
  if (segment.phase === 'setup') return { ...base, kind: 'none', count: 0, unit: '' };
  if (segment.phase === 'lift') return { ...base, kind: 'reps', count: group.length, unit: line(routine, 'repsOf', { total: segment.reps ?? group.length }) };
  return { ...base, kind: 'timer', count: Math.max(1, Math.round(segment.seconds)), unit: line(routine, 'seconds') };
}

/** The stages of a narrated timeline, each lasting until the next begins, then "well done" to the end. Pure. */
export function stagesOf(routine: Routine, state: RoutineState, timeline: Timeline, answerSeconds: number): TimedStage[] {
  const groups = groupLifts(timeline.segments);
  const paced = timeline.segments.some((s) => s.phase === 'lift');
  const stages: TimedStage[] = groups.map((group, i) => {
    const head = group[0] as Segment;
    const tail = group[group.length - 1] as Segment;
    const next = groups[i + 1]?.[0];
    const stage = stageOf(routine, state, group, paced);
    // Lifts come one every period, from the start of one to the start of the next; a timer spreads its count
    // over its segment, so it shows zero as the voice ends the hold or rest.
    const beatMs =
      stage.kind === 'reps' && group.length > 1 ? ms((tail.start - head.start) / (group.length - 1))
      : stage.kind === 'timer' ? Math.floor((head.seconds * 1000) / stage.count)
      : ms(head.seconds);
    return { stage, startMs: ms(head.start), endMs: next ? ms(next.start) : ms(timeline.end), firstRep: head.rep ?? 1, beatMs };
  });
  const last = timeline.segments[timeline.segments.length - 1];
  const done: Stage = {
    label: routine.screen.phases.done,
    detail: line(routine, 'nextHint'),
    kind: 'none',
    count: 0,
    unit: '',
    mirror: stages[stages.length - 1]?.stage.mirror ?? false,
    progress: percent(routine, state.exercise, last?.sideIndex ?? state.sideIndex, 1),
    steps: false,
  };
  const endMs = ms(Math.max(answerSeconds, timeline.end));
  return [...stages, { stage: done, startMs: ms(timeline.end), endMs, firstRep: 1, beatMs: 0 }];
}

/** What every exercise screen shares: title, form, picture and buttons. Pure. */
function frame(routine: Routine, state: RoutineState, index: number, form: FormId, controls: ScreenButton[]) {
  const exercise = routine.exercises[index] as Exercise;
  const side = shownSide(routine, state, index);
  const base = {
    layout: 'exercise' as const,
    title: line(routine, 'exerciseTitle', { number: index + 1, total: routine.exercises.length }),
    subtitle: [formName(exercise, form), routine.screen.forms[form]].filter(Boolean).join(' · '),
    picture: { key: pictureKey(exercise.id, form), mirror: side === 'left' },
    buttons: controls,
  };
  return { base, exercise, side };
}

/** The screen that follows a narrated side of the current exercise, stage by stage. Pure. */
export function narrationScreen(routine: Routine, state: RoutineState, ssml: string, timeline: Timeline): ExerciseScreen {
  const exercise = routine.exercises[state.exercise] as Exercise;
  const form = formOf(state, exercise);
  const { base, side } = frame(routine, state, state.exercise, form, buttons(routine, 'pause', 'next', 'repeat', 'itHurts'));
  const captions = spokenCaptions(ssml, guidingLines(routine, exercise, form, side));
  return { ...base, stages: stagesOf(routine, state, timeline, estimatedPlaySeconds(ssml)), captions };
}

/** A how-to screen of exercise `index` with its steps: paged as the voice explains them, or every few seconds. Pure. */
export function howToScreen(routine: Routine, state: RoutineState, index: number, ssml: string | null): ExerciseScreen {
  const inRoutine = state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED;
  const controls = inRoutine ? buttons(routine, 'next', 'repeat', 'itHurts') : buttons(routine, 'start');
  const form = formOf(state, routine.exercises[index] as Exercise);
  const { base, exercise, side } = frame(routine, state, index, form, controls);
  const steps = formSteps(routine, exercise, form, side);
  const captions = ssml === null ? pagedCaptions(steps) : spokenCaptions(ssml, steps);
  const here = inRoutine && index === state.exercise;
  const stage: Stage = {
    label: routine.screen.phases.howTo,
    detail: side ? capitalize(line(routine, 'side', { side: sideWord(routine, side) })) : '',
    kind: 'none',
    count: 0,
    unit: '',
    mirror: base.picture.mirror,
    progress: percent(routine, index, here ? state.sideIndex : 0, 0),
    steps: true,
  };
  const seconds = ssml === null ? captions.length * PAGE_SECONDS : estimatedPlaySeconds(ssml);
  return { ...base, stages: [{ stage, startMs: 0, endMs: ms(seconds), firstRep: 1, beatMs: 0 }], captions };
}
