// The message screen document: a headline, short lines, an optional list (the warning signs, things to say),
// the pose when there is one, progress when in a routine, and touch buttons. Stacked on a round screen.
import type { MessageScreen } from '../screens';
import { buttonRow, documentOf, header, picture, pictureRow, progressBar, text, type Component } from './parts';
import { NOT_ROUND, ROUND } from './theme';

/** Headline, lines, then the list under its title. */
function words(centred: boolean, withLines: boolean): Component[] {
  const align = centred ? { textAlign: 'center' } : {};
  const lines = { type: 'Container', data: '${payload.screen.lines}', items: [text('${data}', '@textSize', '@text', { paddingTop: '8dp', ...align })] };
  const list = {
    type: 'Container',
    when: '${payload.screen.list.length > 0}',
    data: '${payload.screen.list}',
    items: [text('• ${data}', '@textSize', '@text', { paddingTop: '8dp', ...align })],
  };
  return [
    text('${payload.screen.headline}', '@phaseSize', '@accent', { fontWeight: 'bold', ...align }),
    ...(withLines ? [lines] : []),
    text('${payload.screen.listTitle}', '@textSize', '@soft', { when: "${payload.screen.listTitle != ''}", paddingTop: '16dp', fontWeight: 'bold', ...align }),
    list,
  ];
}

function landscape(): Component {
  return {
    type: 'Container',
    when: NOT_ROUND,
    width: '100vw',
    height: '100vh',
    items: [
      header(),
      { ...progressBar('${payload.screen.progress}'), when: '${payload.screen.progress >= 0}' },
      pictureRow({ ...picture('payload.screen.mirror', '34vw'), when: '${payload.screen.picture}' }, words(false, true)),
      buttonRow(),
    ],
  };
}

/** On a round screen: the list when there is one (the warning signs must show), else the lines. */
function round(): Component {
  return {
    type: 'Container',
    when: ROUND,
    width: '100vw',
    height: '100vh',
    alignItems: 'center',
    justifyContent: 'center',
    paddingLeft: '@margin',
    paddingRight: '@margin',
    items: [
      { type: 'Container', when: '${payload.screen.list.length == 0}', items: words(true, true) },
      { type: 'Container', when: '${payload.screen.list.length > 0}', items: words(true, false) },
      buttonRow(2),
    ],
  };
}

/** The RenderDocument parts for a message screen: document (with the pose, if any) and data source. Pure. */
export function messageDocument(screen: MessageScreen, graphic: unknown): { document: Component; datasources: Component } {
  const document = documentOf('A screen of words: a headline, lines, a list and buttons.', [round(), landscape()], screen.picture ? graphic : null);
  const datasources = {
    screen: {
      title: screen.title,
      subtitle: screen.subtitle,
      headline: screen.headline,
      lines: screen.lines,
      listTitle: screen.listTitle,
      list: screen.list,
      picture: screen.picture !== null,
      mirror: screen.picture?.mirror ?? false,
      progress: screen.progress ?? -1,
      buttons: screen.buttons,
    },
  };
  return { document, datasources };
}
