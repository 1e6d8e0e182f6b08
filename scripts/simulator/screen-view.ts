// What a screen device shows, as text for the terminal: read from the RenderDocument the skill sent (its data
// source, its pose picture and its commands run on a clock), never from the skill's own code.
import { runCommands, type CommandDefinitions } from '../alexa/apl-commands';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const shorten = (text: string, max = 70): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** m:ss of a time in ms. */
export const clockOf = (ms: number): string => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

interface Stage {
  readonly label: string;
  readonly detail: string;
  readonly kind: string;
  readonly unit: string;
}

/** What the pose picture is, and which way it faces. */
function pictureLine(document: Record<string, unknown>, mirrored: boolean): string[] {
  const pose = (document.graphics as Record<string, { description?: string }> | undefined)?.pose;
  if (!pose) return [];
  return [`picture: ${pose.description ?? 'a pose'}${mirrored ? ' (mirrored)' : ''}`];
}

/** The stages of an exercise screen as they come, with their countdown, and the steps as they are paged. */
function exerciseLines(document: Record<string, unknown>, screen: Record<string, unknown>): string[] {
  const root = (document.mainTemplate as { items: Record<string, unknown>[] }).items[0] ?? {};
  const bindings = Object.fromEntries(list(root.bind).map((b) => [(b as { name: string }).name, (b as { value: unknown }).value]));
  const { events } = runCommands(list(root.onMount), (document.commands ?? {}) as CommandDefinitions, bindings);
  const stages = list(screen.stages) as Stage[];
  const captions = list(screen.captions).map(str);
  const lines: string[] = [];
  const lastOf = (property: string, from: number, to: number): unknown =>
    events.filter((e) => e.property === property && e.at >= from && e.at < to).map((e) => e.value).pop();
  const starts = events.filter((e) => e.property === 'seg');
  const steps = events.filter((e) => e.property === 'cap');
  starts.forEach((start, n) => {
    const stage = stages[Number(start.value)];
    if (!stage) return;
    const until = starts[n + 1]?.at ?? Infinity;
    const first = stage.kind === 'timer' ? bindings.left : bindings.rep;
    const counted = events.find((e) => e.property === (stage.kind === 'timer' ? 'left' : 'rep') && e.at >= start.at && e.at < until)?.value ?? first;
    const count =
      stage.kind === 'timer' ? ` ${String(counted)}…${String(lastOf('left', start.at, until) ?? counted)} ${stage.unit}`
      : stage.kind === 'reps' ? ` ${String(counted)}…${String(lastOf('rep', start.at, until) ?? counted)} ${stage.unit}`
      : '';
    lines.push(`${clockOf(start.at).padStart(5)}  ${stage.label}${count}${stage.detail ? ` · ${stage.detail}` : ''}`);
    for (const step of steps.filter((s) => s.at >= start.at && s.at < until)) {
      lines.push(`${clockOf(step.at).padStart(5)}    step: ${shorten(captions[Number(step.value)] ?? '')}`);
    }
  });
  return lines;
}

/** The words of a message screen: headline, lines, and the list under its title. */
function messageLines(screen: Record<string, unknown>): string[] {
  const listTitle = str(screen.listTitle);
  return [
    str(screen.headline),
    ...list(screen.lines).map(str),
    ...(listTitle ? [listTitle] : []),
    ...list(screen.list).map((item) => ` • ${str(item)}`),
  ];
}

/** The lines that show a RenderDocument directive in the terminal. Pure. */
export function screenView(directive: Record<string, unknown>): string[] {
  const document = (directive.document ?? {}) as Record<string, unknown>;
  const screen = ((directive.datasources as Record<string, unknown> | undefined)?.screen ?? {}) as Record<string, unknown>;
  const exercise = Array.isArray(screen.stages);
  const firstStage = list(screen.stages)[0] as { mirror?: boolean } | undefined;
  const mirrored = exercise ? Boolean(firstStage?.mirror) : Boolean(screen.mirror);
  const buttons = list(screen.buttons).map((b) => `[${str((b as { text?: unknown }).text)}]`).join(' ');
  const body = [...pictureLine(document, mirrored), ...(exercise ? exerciseLines(document, screen) : messageLines(screen))];
  const title = [str(screen.title), str(screen.subtitle)].filter(Boolean).join(' · ');
  const percents = exercise ? list(screen.stages).map((s) => Number((s as { progress?: number }).progress)) : [Number(screen.progress)];
  const [from, to] = [percents[0] ?? -1, percents[percents.length - 1] ?? -1];
  const progress = from < 0 ? [] : [`progress through the routine: ${from === to ? `${from}%` : `${from}% → ${to}%`}`];
  return [`┌ screen · ${title}`, ...[...body, ...progress, ...(buttons ? [`buttons: ${buttons}`] : [])].map((l) => `│ ${l}`), '└'];
}
