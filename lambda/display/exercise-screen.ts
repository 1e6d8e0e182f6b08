// The exercise screen: the pose, the phase with its countdown or lift count, the round and side, progress
// through the routine, and the steps paged as the voice says them.
import type { Routine } from '../../content';
import { currentSide, sideAt, sidesOf, STATUS, type RoutineState } from '../routine';
import { shapeOf, sideWord, type Segment, type Timeline } from '../speech';
import { PAGE_SECONDS, pagedCaptions, spokenCaptions, spokenSeconds, type Caption } from './captions';
import { formSteps, guidingLines, pictureKey, shownForm, shownSide, titleOf } from './forms';
import { buttons, capitalize, line, type ExerciseScreen, type ScreenButton, type Stage, type TimedStage } from './screens';

const ms = (seconds: number): number => Math.round(seconds * 1000);

/** Percent of the routine done at a fraction of a side of exercise `index`. Pure. */
function percent(routine: Routine, index: number, sideIndex: number, fraction: number): number {
  const sides = routine.exercises[index]?.perSide ? 2 : 1;
  return Math.round((100 * (index + (sideIndex + fraction) / sides)) / routine.exercises.length);
}

/** "Left side", or nothing for an exercise done once. Pure. */
function sideText(routine: Routine, state: RoutineState, sideIndex: 0 | 1): string {
  const side = sideAt(state, shapeOf(routine), state.exercise, sideIndex);
  return side ? capitalize(line(routine, 'side', { side: sideWord(routine, side) })) : '';
}

/** Lifts one after another in the same set, each as long as the first: counted on screen as one stage. */
function groupLifts(segments: readonly Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const segment of segments) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    const sameRun = head?.phase === 'lift' && segment.phase === 'lift' && head.round === segment.round && head.sideIndex === segment.sideIndex;
    if (group && head && sameRun && Math.abs(segment.seconds - head.seconds) < 0.01) group.push(segment);
    else groups.push([segment]);
  }
  return groups;
}

/** The stage a run of segments shows, and how it counts. Pure. */
function stageOf(routine: Routine, state: RoutineState, group: readonly Segment[], paced: boolean): { stage: Stage; beatMs: number } {
  const head = group[0] as Segment;
  const tail = group[group.length - 1] as Segment;
  // A rest between holds belongs to the round about to come: the screen names the round just done.
  const round = head.phase === 'rest' ? Math.max(0, head.round - 1) : head.round;
  const counted = head.rounds > 1 && head.phase !== 'setup' && head.phase !== 'settle' ? line(routine, paced ? 'set' : 'round', { n: round + 1, total: head.rounds }) : '';
  const base = {
    label: routine.screen.phases[head.phase],
    detail: [counted, sideText(routine, state, head.sideIndex)].filter(Boolean).join(' · '),
    mirror: sideAt(state, shapeOf(routine), state.exercise, head.sideIndex) === 'left',
    progress: percent(routine, state.exercise, head.sideIndex, head.rounds > 0 ? head.round / head.rounds : 0),
    steps: head.phase === 'setup' || head.phase === 'settle',
  };
  if (head.phase === 'setup') return { stage: { ...base, kind: 'none', count: 0, unit: '' }, beatMs: 0 };
  if (head.phase === 'lift') {
    // A lift every period: from the start of one to the start of the next.
    const beatMs = group.length > 1 ? ms((tail.start - head.start) / (group.length - 1)) : ms(head.seconds);
    return { stage: { ...base, kind: 'reps', count: group.length, unit: line(routine, 'repsOf', { total: head.reps ?? group.length }) }, beatMs };
  }
  // A timer spreads its count over its segment, so it shows zero as the voice ends the hold or rest.
  const count = Math.max(1, Math.round(head.seconds));
  return { stage: { ...base, kind: 'timer', count, unit: line(routine, 'seconds') }, beatMs: Math.floor((head.seconds * 1000) / count) };
}

/** A stage while steps are said between two timed parts ("How to do it"), on the side about to be worked. */
function stepsStage(routine: Routine, state: RoutineState, next: Segment): Stage {
  const detail = sideText(routine, state, next.sideIndex);
  const mirror = sideAt(state, shapeOf(routine), state.exercise, next.sideIndex) === 'left';
  const progress = percent(routine, state.exercise, next.sideIndex, next.rounds > 0 ? next.round / next.rounds : 0);
  return { label: routine.screen.phases.howTo, detail, kind: 'none', count: 0, unit: '', mirror, progress, steps: true };
}

/**
 * The stages of a narrated timeline, each lasting until the next begins: the timeline's segments, a how-to
 * stage wherever steps are said between them, then "well done" from the end of the timed part. Pure.
 */
export function stagesOf(routine: Routine, state: RoutineState, timeline: Timeline, captions: readonly Caption[], answerSeconds: number): TimedStage[] {
  const groups = groupLifts(timeline.segments);
  const paced = timeline.segments.some((s) => s.phase === 'lift');
  const stages: TimedStage[] = [];
  groups.forEach((group, i) => {
    const head = group[0] as Segment;
    const tail = group[group.length - 1] as Segment;
    const next = groups[i + 1]?.[0];
    const end = next ? next.start : timeline.end;
    const { stage, beatMs } = stageOf(routine, state, group, paced);
    const said = next ? captions.find((c) => c.at >= tail.start + tail.seconds && c.at < end) : undefined;
    const endMs = said ? ms(said.at) : ms(end);
    // The first stage shows from the first word: the intro is said while getting into position.
    stages.push({ stage, startMs: i === 0 ? 0 : ms(head.start), endMs, firstRep: head.rep ?? 1, beatMs });
    if (said && next) stages.push({ stage: stepsStage(routine, state, next), startMs: ms(said.at), endMs: ms(end), firstRep: 1, beatMs: 0 });
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
  return [...stages, { stage: done, startMs: ms(timeline.end), endMs: ms(Math.max(answerSeconds, timeline.end)), firstRep: 1, beatMs: 0 }];
}

/** What every exercise screen shares: title, form, picture and buttons. Pure. */
function frame(routine: Routine, state: RoutineState, index: number, controls: ScreenButton[]) {
  const { form, name } = shownForm(routine, state, index);
  const side = shownSide(routine, state, index);
  const base = {
    layout: 'exercise' as const,
    title: line(routine, 'exerciseTitle', { number: index + 1, total: routine.exercises.length }),
    subtitle: [titleOf(form), routine.screen.forms[name]].filter(Boolean).join(' · '),
    picture: { key: pictureKey(routine.exercises[index]?.id ?? '', name), mirror: side === 'left' },
    buttons: controls,
  };
  return { base, form, side };
}

/** The screen that follows a narrated exercise (both sides), stage by stage, its SSML rendered at `rate`. Pure. */
export function narrationScreen(routine: Routine, state: RoutineState, ssml: string, timeline: Timeline): ExerciseScreen {
  const shape = shapeOf(routine);
  const { base, form } = frame(routine, state, state.exercise, buttons(routine, 'pause', 'next', 'repeat', 'itHurts'));
  const first = currentSide(state, shape);
  const second = sidesOf(shape, state.exercise) === 2 && state.sideIndex === 0 ? sideAt(state, shape, state.exercise, 1) : null;
  const captions = spokenCaptions(ssml, guidingLines(routine, form, first, second));
  return { ...base, stages: stagesOf(routine, state, timeline, captions, spokenSeconds(ssml)), captions };
}

/** A how-to screen of exercise `index` with its steps: paged as the voice explains them, or every few seconds. Pure. */
export function howToScreen(routine: Routine, state: RoutineState, index: number, ssml: string | null): ExerciseScreen {
  const inRoutine = state.status === STATUS.ACTIVE || state.status === STATUS.PAUSED;
  const controls = inRoutine ? buttons(routine, 'next', 'repeat', 'itHurts') : buttons(routine, 'start');
  const { base, form, side } = frame(routine, state, index, controls);
  const steps = formSteps(routine, form, side);
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
  const seconds = ssml === null ? captions.length * PAGE_SECONDS : spokenSeconds(ssml);
  return { ...base, stages: [{ stage, startMs: 0, endMs: ms(seconds), firstRep: 1, beatMs: 0 }], captions };
}
