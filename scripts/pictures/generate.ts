// `npm run pictures`: converts the pose drawings in content/pictures/ (one SVG per exercise and form) into
// the AVG pictures the screens show, lambda/display/pictures.json. A test fails when that file is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { findProjectRoot } from '../../cdk/lib/bundle';
import { toAvg, type AvgGraphic } from './avg';
import { readSvg } from './svg';

/** Where the drawings are, and where the pictures go, from the project root. */
export const PICTURE_PATHS = { drawings: path.join('content', 'pictures'), output: path.join('lambda', 'display', 'pictures.json') } as const;

/** Every drawing's key (its file name without `.svg`) and its AVG picture, in name order. */
export function convertDrawings(root = findProjectRoot()): Record<string, AvgGraphic> {
  const folder = path.join(root, PICTURE_PATHS.drawings);
  const files = readdirSync(folder).filter((f) => f.endsWith('.svg')).sort();
  return Object.fromEntries(files.map((file) => [file.slice(0, -'.svg'.length), toAvg(readSvg(readFileSync(path.join(folder, file), 'utf8'), file))]));
}

/** The text of pictures.json for the current drawings. */
export function picturesJson(root = findProjectRoot()): string {
  return `${JSON.stringify(convertDrawings(root), null, 1)}\n`;
}

if (require.main === module) {
  const root = findProjectRoot();
  const out = path.join(root, PICTURE_PATHS.output);
  writeFileSync(out, picturesJson(root));
  console.log(`${Object.keys(convertDrawings(root)).length} pictures written to ${path.relative(process.cwd(), out)}`);
}
