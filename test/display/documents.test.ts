// Every screen's RenderDocument: Amazon's APL linter, the version, the responsive components used as
// documented, text and touch sizes, data the documents bind to, and the response size limit.
import { StaticAplTemplateValidator } from 'apl-suggester';
import { loadRoutine } from '../../content';
import { renderScreen } from '../../lambda/display/apl';
import { APL_VERSION, MIN_TEXT_DP, RESOURCES } from '../../lambda/display/documents/theme';
import { narrationScreen } from '../../lambda/display/exercise-screen';
import { initialState, PACE } from '../../lambda/routine';
import { narrateExercise } from '../../lambda/speech';
import { everyScreen, type ShownScreen } from '../support/screens';

/** Parameters of Amazon's responsive components (alexa-layouts 1.7.0 documentation), plus component properties. */
const DOCUMENTED: Record<string, readonly string[]> = {
  AlexaHeader: ['headerTitle', 'headerSubtitle', 'headerDivider', 'headerBackButton', 'headerAttributionText', 'headerAttributionImage', 'theme'],
  AlexaButton: ['buttonText', 'accessibilityLabel', 'primaryAction', 'buttonStyle', 'theme', 'touchForward'],
  AlexaProgressBar: ['progressBarType', 'progressValue', 'totalValue', 'bufferValue', 'progressFillColor', 'accessibilityLabel', 'isLoading', 'theme'],
};
const COMPONENT_PROPERTIES = ['type', 'when', 'spacing', 'minHeight', 'minWidth', 'paddingLeft', 'paddingRight', 'paddingTop', 'paddingBottom'];

type Node = Record<string, unknown>;

/** Every component of a document, layouts included, wherever it is nested. */
function components(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => components(n, out));
  else if (node && typeof node === 'object') {
    const object = node as Node;
    if (typeof object.type === 'string' && !['APL', 'AVG', 'path', 'group'].includes(object.type)) out.push(object);
    for (const key of ['items', 'item', 'mainTemplate']) if (key in object) components(object[key], out);
  }
  return out;
}

/** A dp size, its resource resolved under every set of resources (each screen profile); NaN when not in dp. */
function dpSizes(value: unknown): number[] {
  const name = typeof value === 'string' && value.startsWith('@') ? value.slice(1) : null;
  const raw = name ? RESOURCES.map((r) => (r as { dimensions?: Record<string, string> }).dimensions?.[name]).filter(Boolean) : [value];
  return raw.map((v) => (typeof v === 'string' && v.endsWith('dp') ? Number(v.slice(0, -2)) : NaN));
}

/** What apl-suggester finds in a document. It logs a note per document, silenced here. */
async function lint(document: unknown): Promise<unknown[]> {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    // The imports are left out: the linter would fetch Amazon's packages from the network to check them.
    // Their components are checked against their documented parameters below instead.
    const { import: _imports, ...rest } = document as Node;
    return await new StaticAplTemplateValidator().validate(rest);
  } finally {
    warn.mockRestore();
  }
}

describe('every screen', () => {
  let screens: ShownScreen[];
  beforeAll(async () => {
    screens = await everyScreen();
  });

  it('passes Amazon\'s APL linter (apl-suggester) with no error and no warning', async () => {
    for (const { state, directive } of screens) expect({ state, results: await lint(directive.document) }).toEqual({ state, results: [] });
  });

  it('would hear from the linter about a fault in a document', async () => {
    const document = structuredClone(screens[0]?.directive.document) as Node;
    ((document.mainTemplate as Node).items as Node[]).push({ type: 'Text', text: 'x', fontSize: 'huge', colour: 'red' });
    expect((await lint(document)).length).toBeGreaterThan(0);
  });

  it('declares an APL version the linter knows, and imports Amazon\'s responsive packages', () => {
    expect(APL_VERSION).toBe('2024.2');
    for (const { directive } of screens) {
      expect(directive.document).toMatchObject({ type: 'APL', version: APL_VERSION });
      expect((directive.document as Node).import).toEqual(expect.arrayContaining([
        expect.objectContaining({ name: 'alexa-layouts' }),
        expect.objectContaining({ name: 'alexa-viewport-profiles' }),
      ]));
    }
  });

  it('has a screen for every state', () => {
    expect(screens.map((s) => s.state)).toEqual([
      'side question', 'exercise 1', 'how many left', 'exercise 2', 'easier form', 'chair form', 'paused', 'it hurts', 'help',
      'explain', 'floor again', 'exercise 3', 'exercise 4', 'finished', 'welcome', 'stopped', 'welcome back', 'goal set', 'reminders', 'injury',
      'warning sign',
    ]);
  });

  it('uses Amazon\'s responsive components only with their documented parameters', () => {
    for (const { state, directive } of screens) {
      for (const component of components(directive.document)) {
        const documented = DOCUMENTED[String(component.type)];
        if (!documented) continue;
        const unknown = Object.keys(component).filter((key) => !documented.includes(key) && !COMPONENT_PROPERTIES.includes(key));
        expect({ state, type: component.type, unknown }).toEqual({ state, type: component.type, unknown: [] });
      }
    }
  });

  it('shows no text under 28 dp on any screen profile', () => {
    for (const { directive } of screens) {
      const sizes = components(directive.document).filter((c) => c.type === 'Text').flatMap((c) => dpSizes(c.fontSize));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(MIN_TEXT_DP);
    }
  });

  it('makes every button a touch target of at least 48 dp that sends its id', () => {
    for (const { directive } of screens) {
      const buttons = components(directive.document).filter((c) => c.type === 'AlexaButton');
      expect(buttons.length).toBeGreaterThan(0);
      const given = (directive.datasources?.screen as { buttons: unknown[] }).buttons;
      for (const touch of given) expect(touch).toEqual({ id: expect.any(String), text: expect.any(String) });
      for (const button of buttons) {
        expect(dpSizes(button.minHeight)[0]).toBeGreaterThanOrEqual(48);
        expect(dpSizes(button.minWidth)[0]).toBeGreaterThanOrEqual(48);
        expect(button.primaryAction).toEqual({ type: 'SendEvent', arguments: ['${data.id}'] });
      }
    }
  });

  it('binds only data its data source has', () => {
    for (const { state, directive } of screens) {
      const used = new Set([...JSON.stringify(directive.document).matchAll(/payload\.screen\.(\w+)/g)].map((m) => m[1]));
      const given = Object.keys((directive.datasources?.screen ?? {}) as Node);
      expect({ state, missing: [...used].filter((field) => !given.includes(field as string)) }).toEqual({ state, missing: [] });
    }
  });

  it('shows the pose on every exercise screen, a picture the document carries', () => {
    for (const { state, directive } of screens.filter((s) => s.state.startsWith('exercise') || /form|explain|again/.test(s.state))) {
      const graphics = (directive.document as Node).graphics as Record<string, Node> | undefined;
      expect({ state, pose: graphics?.pose?.type }).toEqual({ state, pose: 'AVG' });
      expect(components(directive.document).some((c) => c.type === 'VectorGraphic' && c.source === 'pose')).toBe(true);
    }
  });

  it('keeps every response with a screen under Alexa\'s 24 KB limit', () => {
    for (const { state, response } of screens) expect({ state, small: JSON.stringify(response).length < 24 * 1024 }).toEqual({ state, small: true });
  });
});

describe('the longest narrations', () => {
  it('leave room in the 24 KB response for the session: speech and screen under 20 KB for any exercise, form and setting', () => {
    const routine = loadRoutine('en-US');
    let largest = 0;
    routine.exercises.forEach((exercise, index) => {
      for (const easier of [[], [exercise.id]]) {
        for (const chair of [false, true]) {
          for (const [speechRate, countPace] of [[100, PACE.NORMAL], [80, PACE.SLOW]] as const) {
            const base = initialState();
            const settings = { ...base.settings, holdSeconds: 60 as const, repetitions: 3 as const, easier, chair, speechRate, countPace };
            const state = { ...base, status: 'active' as const, exercise: index, startSide: 'left' as const, settings };
            const told = narrateExercise(routine, state, { chimes: true, short: false, rate: speechRate, tip: true });
            const ssml = told.speech.render(speechRate);
            const bytes = Buffer.byteLength(ssml) + Buffer.byteLength(JSON.stringify(renderScreen(narrationScreen(routine, state, ssml, told.timeline))));
            largest = Math.max(largest, bytes);
          }
        }
      }
    });
    expect(largest).toBeGreaterThan(8000);
    expect(largest).toBeLessThan(20 * 1024);
  });
});
