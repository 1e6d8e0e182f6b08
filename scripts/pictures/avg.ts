// SVG drawings to Alexa Vector Graphics: every shape becomes one AVG path with the same outline and style,
// inside a group scaled by the `flip` parameter: 1 as drawn, -1 mirrored about its middle (the other side).
import { SvgFormatError, type SvgDrawing, type SvgShape } from './svg';

/** An AVG path item. */
export interface AvgPath {
  readonly type: 'path';
  readonly pathData: string;
  readonly fill?: string;
  readonly fillOpacity?: number;
  readonly stroke?: string;
  readonly strokeOpacity?: number;
  readonly strokeWidth?: number;
  readonly strokeLineCap?: string;
  readonly strokeLineJoin?: string;
}

/** An AVG graphic with one mirroring group. */
export interface AvgGraphic {
  readonly type: 'AVG';
  readonly version: '1.2';
  readonly description: string;
  readonly width: number;
  readonly height: number;
  readonly parameters: readonly [{ readonly name: 'flip'; readonly type: 'number'; readonly default: 1 }];
  readonly items: readonly [{ readonly type: 'group'; readonly pivotX: number; readonly scaleX: string; readonly items: readonly AvgPath[] }];
}

const num = (value: string | undefined, what: string): number => {
  const n = Number(value ?? '0');
  if (!Number.isFinite(n)) throw new SvgFormatError(`${what} is not a number: ${value}`);
  return n;
};
const fmt = (n: number): string => String(Math.round(n * 1000) / 1000);

/** Points of a polyline or polygon's `points`. */
function pointsOf(shape: SvgShape): number[][] {
  const values = (shape.attributes.points ?? '').trim().split(/[\s,]+/).filter(Boolean).map((v) => num(v, 'points'));
  if (values.length < 4 || values.length % 2 !== 0) throw new SvgFormatError(`<${shape.tag}> needs at least two points`);
  const points: number[][] = [];
  for (let i = 0; i < values.length; i += 2) points.push([values[i] as number, values[i + 1] as number]);
  return points;
}

/** The outline of a shape as SVG path data, which AVG draws the same way. Pure. */
export function pathDataOf(shape: SvgShape): string {
  const a = shape.attributes;
  switch (shape.tag) {
    case 'path':
      if (!a.d?.trim()) throw new SvgFormatError('<path> without d');
      return a.d.trim();
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [num(a.cx, 'cx'), num(a.cy, 'cy')];
      const [rx, ry] = shape.tag === 'circle' ? [num(a.r, 'r'), num(a.r, 'r')] : [num(a.rx, 'rx'), num(a.ry, 'ry')];
      return `M${fmt(cx - rx)},${fmt(cy)} A${fmt(rx)},${fmt(ry)} 0 1,0 ${fmt(cx + rx)},${fmt(cy)} A${fmt(rx)},${fmt(ry)} 0 1,0 ${fmt(cx - rx)},${fmt(cy)} Z`;
    }
    case 'line':
      return `M${fmt(num(a.x1, 'x1'))},${fmt(num(a.y1, 'y1'))} L${fmt(num(a.x2, 'x2'))},${fmt(num(a.y2, 'y2'))}`;
    case 'polyline':
    case 'polygon': {
      const [first, ...rest] = pointsOf(shape).map(([x, y]) => `${fmt(x as number)},${fmt(y as number)}`);
      return `M${first} ${rest.map((p) => `L${p}`).join(' ')}${shape.tag === 'polygon' ? ' Z' : ''}`;
    }
    case 'rect': {
      const [x, y, w, h] = [num(a.x, 'x'), num(a.y, 'y'), num(a.width, 'width'), num(a.height, 'height')];
      const r = Math.min(num(a.rx ?? a.ry, 'rx'), w / 2, h / 2);
      if (r <= 0) return `M${fmt(x)},${fmt(y)} H${fmt(x + w)} V${fmt(y + h)} H${fmt(x)} Z`;
      const arc = (dx: number, dy: number): string => `A${fmt(r)},${fmt(r)} 0 0,1 ${fmt(dx)},${fmt(dy)}`;
      return [
        `M${fmt(x + r)},${fmt(y)} H${fmt(x + w - r)}`, arc(x + w, y + r), `V${fmt(y + h - r)}`, arc(x + w - r, y + h),
        `H${fmt(x + r)}`, arc(x, y + h - r), `V${fmt(y + r)}`, arc(x + r, y), 'Z',
      ].join(' ');
    }
  }
}

/** The AVG path for a shape: its outline and style. SVG fills black by default (never a line); AVG needs it said. Pure. */
export function avgPathOf(shape: SvgShape): AvgPath {
  const s = shape.style;
  const opacity = s.opacity === undefined ? 1 : num(s.opacity, 'opacity');
  const fill = shape.tag === 'line' ? 'none' : (s.fill ?? '#000000');
  const stroke = s.stroke ?? 'none';
  const fillOpacity = opacity * (s['fill-opacity'] === undefined ? 1 : num(s['fill-opacity'], 'fill-opacity'));
  const strokeOpacity = opacity * (s['stroke-opacity'] === undefined ? 1 : num(s['stroke-opacity'], 'stroke-opacity'));
  return {
    type: 'path',
    pathData: pathDataOf(shape),
    ...(fill !== 'none' ? { fill, ...(fillOpacity !== 1 ? { fillOpacity } : {}) } : {}),
    ...(stroke !== 'none'
      ? {
          stroke,
          strokeWidth: num(s['stroke-width'] ?? '1', 'stroke-width'),
          ...(strokeOpacity !== 1 ? { strokeOpacity } : {}),
          ...(s['stroke-linecap'] ? { strokeLineCap: s['stroke-linecap'] } : {}),
          ...(s['stroke-linejoin'] ? { strokeLineJoin: s['stroke-linejoin'] } : {}),
        }
      : {}),
  };
}

/** A drawing as an AVG graphic: same size, one path per shape, mirrored about its middle when `flip` is -1. Pure. */
export function toAvg(drawing: SvgDrawing): AvgGraphic {
  return {
    type: 'AVG',
    version: '1.2',
    description: drawing.title,
    width: drawing.width,
    height: drawing.height,
    parameters: [{ name: 'flip', type: 'number', default: 1 }],
    items: [{ type: 'group', pivotX: drawing.width / 2, scaleX: '${flip}', items: drawing.shapes.map(avgPathOf) }],
  };
}

/** An AVG graphic drawn back as SVG (mirrored if asked), on a background: what the screens script renders. Pure. */
export function avgToSvg(graphic: AvgGraphic, options: { mirror: boolean; background: string; scale?: number }): string {
  const { width, height } = graphic;
  const scale = options.scale ?? 1;
  const attr = (name: string, value: string | number | undefined): string => (value === undefined ? '' : ` ${name}="${value}"`);
  const paths = graphic.items[0].items.map(
    (p) =>
      `<path d="${p.pathData}"${attr('fill', p.fill ?? 'none')}${attr('fill-opacity', p.fillOpacity)}${attr('stroke', p.stroke)}` +
      `${attr('stroke-width', p.strokeWidth)}${attr('stroke-opacity', p.strokeOpacity)}${attr('stroke-linecap', p.strokeLineCap)}` +
      `${attr('stroke-linejoin', p.strokeLineJoin)}/>`,
  );
  const flip = options.mirror ? ` transform="translate(${width},0) scale(-1,1)"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width * scale}" height="${height * scale}">` +
    `<rect width="${width}" height="${height}" fill="${options.background}"/><g${flip}>${paths.join('')}</g></svg>`
  );
}
