// `npm run screens`: renders every pose picture the screens show (the AVG in lambda/display/pictures.json,
// drawn back as SVG) to PNG with headless Chromium, for each exercise, form and side, plus an overview sheet.
// Options: --out <dir> (default docs/pictures), --scale <n> (default 2).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { findProjectRoot } from '../cdk/lib/bundle';
import { FORMS, loadRoutine } from '../content';
import { COLORS } from '../lambda/display/documents/theme';
import { pictureKey } from '../lambda/display/forms';
import { pictures } from '../lambda/display/pictures';
import { avgToSvg, type AvgGraphic } from './pictures/avg';
import { renderPngs, svgPage, type RenderRequest } from './render/chromium';

/** One picture to render: its key, the side it faces, and its file. */
export interface PictureFile {
  readonly key: string;
  /** 'right' as drawn, 'left' mirrored, or null for an exercise done once (never mirrored). */
  readonly side: 'left' | 'right' | null;
  readonly file: string;
}

/** Every picture file to write: each exercise in each form, for each side it is done on. */
export function pictureFiles(outDir: string): PictureFile[] {
  const routine = loadRoutine('en-US');
  return routine.exercises.flatMap((exercise) =>
    FORMS.flatMap((form) => {
      const key = pictureKey(exercise.id, form);
      const sides = exercise.perSide ? (['right', 'left'] as const) : [null];
      return sides.map((side) => ({ key, side, file: path.join(outDir, side ? `${key}.${side}.png` : `${key}.png`) }));
    }),
  );
}

const graphicOf = (key: string): AvgGraphic => {
  const graphic = pictures()[key];
  if (!graphic) throw new Error(`no picture ${key} in lambda/display/pictures.json`);
  return graphic as unknown as AvgGraphic;
};

/** An HTML page with every picture in a grid: an exercise a row, a form a column. */
function overviewPage(scale: number): { source: string; width: number; height: number } {
  const routine = loadRoutine('en-US');
  const cell = { width: 240 * scale, height: 160 * scale };
  const head = FORMS.map((form) => `<th>${form}</th>`).join('');
  const rows = routine.exercises
    .map((exercise, i) => {
      const cells = FORMS.map((form) => `<td>${avgToSvg(graphicOf(pictureKey(exercise.id, form)), { mirror: false, background: COLORS.background, scale })}</td>`);
      return `<tr><th class="row">${i + 1}. ${exercise.name}</th>${cells.join('')}</tr>`;
    })
    .join('');
  const style = `html,body{margin:0;overflow:hidden;background:${COLORS.background};color:${COLORS.text};font:${14 * scale}px sans-serif}` +
    `table{border-spacing:${4 * scale}px}th{font-weight:normal;color:${COLORS.soft}}th.row{width:${110 * scale}px;text-align:left}td{padding:0}svg{display:block}`;
  const width = 110 * scale + FORMS.length * (cell.width + 4 * scale) + 12 * scale;
  const height = routine.exercises.length * (cell.height + 4 * scale) + 40 * scale;
  return { source: `<!doctype html><html><head><meta charset="utf-8"><style>${style}</style></head><body><table><tr><th></th>${head}</tr>${rows}</table></body></html>`, width, height };
}

/** Renders every picture and the overview into `outDir`, in one Chromium; resolves to the files written. */
export async function renderScreens(outDir: string, scale = 2): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const jobs: { out: string; request: RenderRequest }[] = pictureFiles(outDir).map(({ key, side, file }) => {
    const graphic = graphicOf(key);
    const svg = avgToSvg(graphic, { mirror: side === 'left', background: COLORS.background, scale });
    return { out: file, request: { html: svgPage(svg), width: graphic.width * scale, height: graphic.height * scale } };
  });
  const overview = overviewPage(scale);
  jobs.push({ out: path.join(outDir, 'overview.png'), request: { html: overview.source, width: overview.width, height: overview.height } });
  const pngs = await renderPngs(jobs.map((job) => job.request));
  jobs.forEach((job, i) => writeFileSync(job.out, pngs[i] as Buffer));
  return jobs.map((job) => job.out);
}

if (require.main === module) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, scale: { type: 'string' } } });
  const root = findProjectRoot();
  const out = path.resolve(values.out ?? path.join(root, 'docs', 'pictures'));
  renderScreens(out, Number(values.scale ?? 2))
    .then((files) => console.log(`${files.length} pictures written to ${path.relative(process.cwd(), out) || '.'}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
