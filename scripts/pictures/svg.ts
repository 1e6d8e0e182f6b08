// A reader for the small SVG the pose pictures are drawn in: a root with a viewBox, groups, and shapes
// (path, circle, ellipse, line, polyline, polygon, rect) with presentation attributes. Anything else is an
// error that names it, so no part of a drawing is ever dropped without a word.

/** One drawn shape, with the style it inherits from its groups, in document order. */
export interface SvgShape {
  readonly tag: 'path' | 'circle' | 'ellipse' | 'line' | 'polyline' | 'polygon' | 'rect';
  readonly attributes: Readonly<Record<string, string>>;
  readonly style: Readonly<Record<string, string>>;
}

/** A drawing: its size (from the viewBox) and its shapes. */
export interface SvgDrawing {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly shapes: readonly SvgShape[];
}

/** The drawing does not use the SVG this reader knows. */
export class SvgFormatError extends Error {
  constructor(message: string, readonly file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'SvgFormatError';
  }
}

const SHAPES = new Set(['path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect']);
/** Presentation attributes passed down from groups to shapes. */
export const STYLE_ATTRIBUTES = ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'fill-opacity', 'stroke-opacity'] as const;
const IGNORED = new Set(['title', 'desc', 'metadata']);

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([a-zA-Z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) attributes[match[1] as string] = match[2] as string;
  return attributes;
}

const styleOf = (attributes: Record<string, string>): Record<string, string> =>
  Object.fromEntries(STYLE_ATTRIBUTES.filter((name) => attributes[name] !== undefined).map((name) => [name, attributes[name] as string]));

/** Reads a drawing; throws SvgFormatError on any element or transform it does not know. Pure. */
export function readSvg(source: string, file?: string): SvgDrawing {
  const text = source.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?xml[^>]*\?>/g, '');
  const stack: Record<string, string>[] = [];
  const shapes: SvgShape[] = [];
  let size: { width: number; height: number } | null = null;
  let title = '';
  for (const tag of text.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>([^<]*)/g)) {
    const [, closing, name = '', rest = '', selfClosing, after = ''] = tag;
    if (closing) {
      if (name === 'g' || name === 'svg') stack.pop();
      continue;
    }
    const attributes = attributesOf(rest);
    if (attributes.transform !== undefined) throw new SvgFormatError(`<${name}> has a transform: draw in place instead`, file);
    if (name === 'title') title = after.trim();
    if (IGNORED.has(name)) continue;
    if (name === 'svg') {
      const box = (attributes.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
      if (box.length !== 4 || box[0] !== 0 || box[1] !== 0 || !(box[2] as number > 0) || !(box[3] as number > 0)) {
        throw new SvgFormatError('the <svg> needs a viewBox "0 0 width height"', file);
      }
      size = { width: box[2] as number, height: box[3] as number };
      stack.push(styleOf(attributes));
    } else if (name === 'g') {
      stack.push({ ...stack[stack.length - 1], ...styleOf(attributes) });
      if (selfClosing) stack.pop();
    } else if (SHAPES.has(name)) {
      shapes.push({ tag: name as SvgShape['tag'], attributes, style: { ...stack[stack.length - 1], ...styleOf(attributes) } });
    } else {
      throw new SvgFormatError(`<${name}> is not a shape the pictures may use`, file);
    }
  }
  if (!size) throw new SvgFormatError('no <svg> root', file);
  if (shapes.length === 0) throw new SvgFormatError('no shapes', file);
  return { ...size, title, shapes };
}
