// The exercise screen document: the pose beside the phase, a big countdown (or the lift count), the round and
// side, the step being said, progress through the routine and the touch buttons. Stacked on a round screen.
import { countdownCommands, initialBindings, ROOT_ID, STAGE_COMMANDS } from '../countdown';
import type { ExerciseScreen } from '../screens';
import { buttonRow, documentOf, header, picture, pictureRow, progressBar, text, type Component } from './parts';
import { NOT_ROUND, ROUND } from './theme';

const STAGE = 'payload.screen.stages[seg]';
const shown = (condition: string): string => `\${${condition} ? 'normal' : 'none'}`;

/** The number: seconds left, or the lift being done. */
const count = (): Component =>
  text(`\${${STAGE}.kind == 'reps' ? rep : left}`, '@countSize', '@text', { fontWeight: 'bold', display: shown(`${STAGE}.kind != 'none'`) });

/** Phase, number, unit, round and side, and the step when the steps show. */
function status(centred: boolean, withStep: boolean): Component[] {
  const align = centred ? { textAlign: 'center' } : {};
  const items = [
    text(`\${${STAGE}.label}`, '@phaseSize', '@accent', { fontWeight: 'bold', ...align }),
    { ...count(), ...align },
    text(`\${${STAGE}.unit}`, '@textSize', '@soft', { display: shown(`${STAGE}.kind != 'none'`), ...align }),
    text(`\${${STAGE}.detail}`, '@textSize', '@soft', { maxLines: 2, ...align }),
  ];
  if (!withStep) return items;
  const step = text('${payload.screen.captions[cap]}', '@textSize', '@text', {
    maxLines: 4,
    paddingTop: '16dp',
    display: shown(`${STAGE}.steps && payload.screen.captions.length > 0`),
  });
  return [...items, step];
}

/** Picture on the left, status on the right, buttons below. */
function landscape(): Component {
  return {
    type: 'Container',
    when: NOT_ROUND,
    width: '100%',
    height: '100%',
    items: [
      header(),
      progressBar(`\${${STAGE}.progress}`),
      pictureRow(picture(`${STAGE}.mirror`), status(false, true)),
      buttonRow(),
    ],
  };
}

/** Everything centred and stacked, the two most needed buttons only. */
function round(): Component {
  return {
    type: 'Container',
    when: ROUND,
    width: '100%',
    height: '100%',
    alignItems: 'center',
    justifyContent: 'center',
    paddingLeft: '@margin',
    paddingRight: '@margin',
    items: [picture(`${STAGE}.mirror`), ...status(true, false), buttonRow(2)],
  };
}

/** The RenderDocument parts for an exercise screen: document (with the pose) and data source. Pure. */
export function exerciseDocument(screen: ExerciseScreen, graphic: unknown): { document: Component; datasources: Component } {
  const root: Component = {
    type: 'Container',
    id: ROOT_ID,
    width: '100vw',
    height: '100vh',
    bind: initialBindings(screen.stages),
    onMount: countdownCommands(screen.stages, screen.captions),
    items: [round(), landscape()],
  };
  const document = documentOf('An exercise: its pose, a countdown in time with the voice, its steps and buttons.', [root], graphic, STAGE_COMMANDS);
  const datasources = {
    screen: {
      title: screen.title,
      subtitle: screen.subtitle,
      stages: screen.stages.map((s) => s.stage),
      captions: screen.captions.map((c) => c.text),
      buttons: screen.buttons,
    },
  };
  return { document, datasources };
}
