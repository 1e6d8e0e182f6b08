// The pose pictures: one drawing for every exercise in every form, converted to AVG without losing a shape,
// and the generated pictures.json in step with the drawings.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FORMS, loadRoutine } from '../../content';
import { pictureKey } from '../../lambda/display/forms';
import { pictures } from '../../lambda/display/pictures';
import { avgPathOf, avgToSvg, pathDataOf, toAvg } from '../../scripts/pictures/avg';
import { picturesJson, PICTURE_PATHS } from '../../scripts/pictures/generate';
import { readSvg, STYLE_ATTRIBUTES, SvgFormatError, type SvgShape } from '../../scripts/pictures/svg';

const ROOT = resolve(__dirname, '..', '..');
const routine = loadRoutine('en-US');
const drawingsDir = join(ROOT, PICTURE_PATHS.drawings);
const drawings = readdirSync(drawingsDir).filter((f) => f.endsWith('.svg'));
const drawing = (file: string) => readSvg(readFileSync(join(drawingsDir, file), 'utf8'), file);

/** Points a path passes through (each command's end point; arcs included). */
function endPoints(pathData: string): number[][] {
  const points: number[][] = [];
  let current = [0, 0];
  for (const [, command, args] of pathData.matchAll(/([MLHVAZ])([^MLHVAZ]*)/g)) {
    const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === 'H') current = [n[0] as number, current[1] as number];
    else if (command === 'V') current = [current[0] as number, n[0] as number];
    else if (command === 'A') current = [n[5] as number, n[6] as number];
    else if (command === 'M' || command === 'L') current = [n[0] as number, n[1] as number];
    else continue;
    points.push(current);
  }
  return points;
}

/** True when a point lies on the outline of a shape (within a thousandth). */
function onOutline(shape: SvgShape, [x, y]: number[]): boolean {
  const a = Object.fromEntries(Object.entries(shape.attributes).map(([k, v]) => [k, Number(v)]));
  const near = (p: number, q: number): boolean => Math.abs(p - q) < 1e-3;
  switch (shape.tag) {
    case 'circle':
      return near(Math.hypot((x as number) - (a.cx as number), (y as number) - (a.cy as number)), a.r as number);
    case 'rect': {
      const [left, top, right, bottom] = [a.x as number, a.y as number, (a.x as number) + (a.width as number), (a.y as number) + (a.height as number)];
      const inside = (x as number) >= left - 1e-3 && (x as number) <= right + 1e-3 && (y as number) >= top - 1e-3 && (y as number) <= bottom + 1e-3;
      return inside && (near(x as number, left) || near(x as number, right) || near(y as number, top) || near(y as number, bottom));
    }
    case 'line':
      return (near(x as number, a.x1 as number) && near(y as number, a.y1 as number)) || (near(x as number, a.x2 as number) && near(y as number, a.y2 as number));
    default:
      return true;
  }
}

describe('the pose pictures', () => {
  it('has a drawing and a picture for every exercise in every form, and no others', () => {
    const expected = routine.exercises.flatMap((e) => FORMS.map((form) => pictureKey(e.id, form))).sort();
    expect(drawings.map((f) => f.replace(/\.svg$/, '')).sort()).toEqual(expected);
    expect(Object.keys(pictures()).sort()).toEqual(expected);
  });

  it('keeps lambda/display/pictures.json in step with the drawings (run `npm run pictures`)', () => {
    expect(readFileSync(join(ROOT, PICTURE_PATHS.output), 'utf8')).toBe(picturesJson(ROOT));
  });

  it('turns every shape of every drawing into one AVG path, in order, with the same outline and style', () => {
    for (const file of drawings) {
      const svg = drawing(file);
      const avg = toAvg(svg);
      const paths = avg.items[0].items;
      expect({ file, paths: paths.length }).toEqual({ file, paths: svg.shapes.length });
      svg.shapes.forEach((shape, i) => {
        const path = paths[i];
        if (shape.tag === 'path') expect(path?.pathData).toBe(shape.attributes.d);
        for (const point of endPoints(path?.pathData ?? '')) expect({ file, i, on: onOutline(shape, point) }).toEqual({ file, i, on: true });
        if (shape.style.stroke && shape.style.stroke !== 'none') {
          expect(path).toMatchObject({ stroke: shape.style.stroke, strokeWidth: Number(shape.style['stroke-width'] ?? 1) });
        }
        if (shape.style.fill && shape.style.fill !== 'none' && shape.tag !== 'line') expect(path?.fill).toBe(shape.style.fill);
      });
      expect(avg).toMatchObject({ type: 'AVG', width: svg.width, height: svg.height, description: svg.title });
      expect(svg.title.length).toBeGreaterThan(10);
    }
  });

  it('draws every shape with a fill or a stroke from the skill\'s colours', () => {
    const palette = new Set(['#9FC3D6', '#6E8FA3', '#F2C14E', '#F4F1EA', '#5E7D8F', '#2B4557', '#EE8D5C']);
    for (const file of drawings) {
      for (const shape of drawing(file).shapes) {
        const colours = [shape.style.fill, shape.style.stroke].filter((c) => c && c !== 'none');
        expect(colours.length).toBeGreaterThan(0);
        for (const colour of colours) expect({ file, colour, known: palette.has(colour as string) }).toEqual({ file, colour, known: true });
      }
    }
  });

  it('marks the working leg of every per-side exercise in the accent colour', () => {
    for (const exercise of routine.exercises.filter((e) => e.perSide)) {
      for (const form of FORMS) {
        const shapes = drawing(`${pictureKey(exercise.id, form)}.svg`).shapes;
        expect({ form, accent: shapes.some((s) => s.style.stroke === '#F2C14E') }).toEqual({ form, accent: true });
      }
    }
  });

  it('mirrors a picture about its middle through the flip parameter', () => {
    const avg = toAvg(drawing(drawings[0] as string));
    expect(avg.parameters).toEqual([{ name: 'flip', type: 'number', default: 1 }]);
    expect(avg.items[0]).toMatchObject({ type: 'group', pivotX: avg.width / 2, scaleX: '${flip}' });
    expect(avgToSvg(avg, { mirror: true, background: '#000' })).toContain(`transform="translate(${avg.width},0) scale(-1,1)"`);
    expect(avgToSvg(avg, { mirror: false, background: '#000' })).not.toContain('transform');
  });

  it('converts each kind of shape to the outline SVG would draw', () => {
    const shape = (tag: SvgShape['tag'], attributes: Record<string, string>): SvgShape => ({ tag, attributes, style: { fill: '#F2C14E' } });
    expect(pathDataOf(shape('circle', { cx: '10', cy: '20', r: '5' }))).toBe('M5,20 A5,5 0 1,0 15,20 A5,5 0 1,0 5,20 Z');
    expect(pathDataOf(shape('line', { x1: '1', y1: '2', x2: '3', y2: '4' }))).toBe('M1,2 L3,4');
    expect(pathDataOf(shape('polygon', { points: '0,0 10,0 5,8' }))).toBe('M0,0 L10,0 L5,8 Z');
    expect(pathDataOf(shape('rect', { x: '0', y: '0', width: '10', height: '4' }))).toBe('M0,0 H10 V4 H0 Z');
    expect(avgPathOf({ tag: 'line', attributes: { x1: '0', y1: '0', x2: '1', y2: '1' }, style: {} })).not.toHaveProperty('fill');
    expect(avgPathOf({ tag: 'path', attributes: { d: 'M0,0 L1,1 L0,1 Z' }, style: {} })).toMatchObject({ fill: '#000000' });
    expect(STYLE_ATTRIBUTES).toContain('stroke-linecap');
  });

  it('refuses what it cannot convert, naming it, so no part of a drawing is dropped', () => {
    const wrap = (inner: string): string => `<svg viewBox="0 0 10 10">${inner}</svg>`;
    expect(() => readSvg(wrap('<text x="1" y="1">hi</text>'), 'a.svg')).toThrow(SvgFormatError);
    expect(() => readSvg(wrap('<text x="1" y="1">hi</text>'), 'a.svg')).toThrow(/a\.svg: <text>/);
    expect(() => readSvg(wrap('<g transform="scale(2)"><circle cx="1" cy="1" r="1"/></g>'))).toThrow(/transform/);
    expect(() => readSvg('<svg><circle cx="1" cy="1" r="1"/></svg>')).toThrow(/viewBox/);
    expect(() => readSvg(wrap(''))).toThrow(/no shapes/);
  });
});
