// The pose pictures as Alexa Vector Graphics, generated from content/pictures/*.svg (`npm run pictures`).
// They are a file beside the code, not part of the bundle (see LAMBDA_BUNDLE.assets): read on the first
// screen a container shows, so a turn on a speaker never loads them and a cold start never parses them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An AVG graphic, as JSON. */
export type Graphic = Record<string, unknown>;

/** The file's name, beside this module in the source and beside the bundle in the Lambda. */
export const PICTURES_FILE = 'pictures.json';

let loaded: Readonly<Record<string, Graphic>> | null = null;

/** Every picture by key (`<exercise id>.<form>`); read once, on first use. */
export function pictures(): Readonly<Record<string, Graphic>> {
  loaded ??= JSON.parse(readFileSync(join(__dirname, PICTURES_FILE), 'utf8')) as Record<string, Graphic>;
  return loaded;
}

/** The picture of a key, or null when there is none. */
export function pictureGraphic(key: string): Graphic | null {
  return pictures()[key] ?? null;
}
