// The countdown as APL commands: run on mount, they step the screen through the answer's stages in time with
// the voice, with no further request. Each stage is one call of a command defined in the document (below),
// which keeps a two-side narration of 30 lifts well inside the response size limit.

import type { Caption } from './captions';
import type { TimedStage } from './screens';

/** The component whose bound values the commands change: seg (stage), left (seconds), rep (lift), cap (step). */
export const ROOT_ID = 'root';

/** An APL command, as JSON. */
export type Command = Record<string, unknown>;

const set = (property: string, value: unknown): Command => ({ type: 'SetValue', componentId: ROOT_ID, property, value });
const idle = (delay: number | string): Command => ({ type: 'Idle', delay });

/**
 * Commands the document defines: each shows a stage (or a step) and waits until the next is due.
 * Timer counts `count` seconds down a `tick` apart; Lifts counts `count` lifts up from `first`, `lift` ms each.
 */
export const STAGE_COMMANDS = {
  Still: { parameters: ['i', 'ms'], commands: [set('seg', '${i}'), idle('${ms}')] },
  Timer: {
    parameters: ['i', 'count', 'tick', 'rest'],
    commands: [
      set('seg', '${i}'),
      set('left', '${count}'),
      { type: 'Sequential', repeatCount: '${count - 1}', commands: [idle('${tick}'), set('left', '${left - 1}')] },
      idle('${rest}'),
    ],
  },
  Lifts: {
    parameters: ['i', 'first', 'count', 'lift', 'rest'],
    commands: [
      set('seg', '${i}'),
      set('rep', '${first}'),
      { type: 'Sequential', repeatCount: '${count - 2}', when: '${count > 1}', commands: [idle('${lift}'), set('rep', '${rep + 1}')] },
      idle('${rest}'),
    ],
  },
  Step: { parameters: ['j', 'ms'], commands: [set('cap', '${j}'), idle('${ms}')] },
} as const;

/** The call that shows one stage for as long as it lasts. Pure. */
function stageCall(timed: TimedStage, index: number): Command {
  const ms = Math.max(0, timed.endMs - timed.startMs);
  const { kind, count } = timed.stage;
  if (kind === 'timer') {
    const tick = Math.min(timed.beatMs, Math.floor(ms / count));
    return { type: 'Timer', i: index, count, tick, rest: ms - tick * count };
  }
  if (kind === 'reps' && count > 1) {
    const lift = Math.min(timed.beatMs, Math.floor(ms / count));
    return { type: 'Lifts', i: index, first: timed.firstRep, count, lift, rest: ms - lift * (count - 1) };
  }
  if (kind === 'reps') return { type: 'Lifts', i: index, first: timed.firstRep, count: 1, lift: 0, rest: ms };
  return { type: 'Still', i: index, ms };
}

/** Commands that walk the stages and, alongside, the steps, each at its time in the answer. Pure. */
export function countdownCommands(stages: readonly TimedStage[], captions: readonly Caption[]): Command[] {
  const stageCalls: Command[] = [];
  const firstStart = stages[0]?.startMs ?? 0;
  if (firstStart > 0) stageCalls.push(idle(firstStart));
  stages.forEach((timed, index) => stageCalls.push(stageCall(timed, index)));
  const stepCalls: Command[] = captions.map((caption, j) => {
    const at = Math.round(caption.at * 1000);
    const next = captions[j + 1];
    return { type: 'Step', j, ms: next ? Math.max(0, Math.round(next.at * 1000) - at) : 0 };
  });
  const firstCaption = Math.round((captions[0]?.at ?? 0) * 1000);
  if (firstCaption > 0) stepCalls.unshift(idle(firstCaption));
  return [{ type: 'Parallel', commands: [{ type: 'Sequential', commands: stageCalls }, { type: 'Sequential', commands: stepCalls }] }];
}

/** The values the root starts with, before the first command runs. Pure. */
export function initialBindings(stages: readonly TimedStage[]): { name: string; value: number }[] {
  const first = stages[0];
  return [
    { name: 'seg', value: 0 },
    { name: 'left', value: first?.stage.kind === 'timer' ? first.stage.count : 0 },
    { name: 'rep', value: first?.firstRep ?? 1 },
    { name: 'cap', value: 0 },
  ];
}
