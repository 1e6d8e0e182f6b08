// Pieces the screen documents are built from: header, progress bar, touch buttons, picture, text.
import { APL_VERSION, COLORS, IMPORTS, RESOURCES } from './theme';

/** An APL component, as JSON. */
export type Component = Record<string, unknown>;

/** The name of the pose graphic in every document that shows one. */
export const POSE = 'pose';

/** Text in the skill's style: `size` and `color` are resource names. */
export function text(value: string, size = '@textSize', color = '@text', extra: Component = {}): Component {
  return { type: 'Text', text: value, fontSize: size, color, ...extra };
}

/** Amazon's header: title and subtitle from the data source. */
export function header(): Component {
  return { type: 'AlexaHeader', headerTitle: '${payload.screen.title}', headerSubtitle: '${payload.screen.subtitle}', headerDivider: false };
}

/** Amazon's progress bar, `value` percent full. */
export function progressBar(value: string): Component {
  return {
    type: 'AlexaProgressBar',
    progressBarType: 'determinate',
    progressValue: value,
    totalValue: 100,
    progressFillColor: '@accent',
    paddingLeft: '@margin',
    paddingRight: '@margin',
  };
}

/**
 * The buttons of `payload.screen.buttons` in a row, each at least 56 dp tall; a touch sends a UserEvent with
 * the button's id, which the skill handles as the voice intent of the same name. `limit` keeps the first few.
 */
export function buttonRow(limit?: number): Component {
  return {
    type: 'Container',
    direction: 'row',
    justifyContent: 'center',
    alignItems: 'center',
    paddingTop: '@gap',
    paddingBottom: '@gap',
    data: '${payload.screen.buttons}',
    items: [
      {
        type: 'AlexaButton',
        ...(limit === undefined ? {} : { when: `\${index < ${limit}}` }),
        buttonText: '${data.text}',
        accessibilityLabel: '${data.text}',
        primaryAction: { type: 'SendEvent', arguments: ['${data.id}'] },
        spacing: '16dp',
        minHeight: '56dp',
        minWidth: '96dp',
      },
    ],
  };
}

/** The pose picture, mirrored (for the other side) while the expression `mirrored` is true. */
export function picture(mirrored: string, width = '@pictureWidth', height = '@pictureHeight'): Component {
  return { type: 'VectorGraphic', source: POSE, width, height, scale: 'best-fit', align: 'center', flip: `\${${mirrored} ? -1 : 1}` };
}

/** A landscape screen's middle: the pose picture on the left, the words beside it. */
export function pictureRow(pictureItem: Component, words: Component[]): Component {
  return {
    type: 'Container',
    direction: 'row',
    grow: 1,
    shrink: 1,
    alignItems: 'center',
    paddingLeft: '@margin',
    paddingRight: '@margin',
    items: [pictureItem, { type: 'Container', grow: 1, shrink: 1, paddingLeft: '@gap', justifyContent: 'center', items: words }],
  };
}

/** A whole document around its main template, with the pose graphic when there is one. */
export function documentOf(description: string, items: Component[], graphic: unknown, commands?: unknown): Component {
  return {
    type: 'APL',
    version: APL_VERSION,
    theme: 'dark',
    description,
    import: IMPORTS,
    background: COLORS.background,
    resources: RESOURCES,
    ...(commands ? { commands } : {}),
    ...(graphic ? { graphics: { [POSE]: graphic } } : {}),
    mainTemplate: { parameters: ['payload'], items },
  };
}
