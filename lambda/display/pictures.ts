// The pose pictures as Alexa Vector Graphics, generated from content/pictures/*.svg (`npm run pictures`).
// They are read on the first screen a container shows, so a turn on a speaker never loads them.

/** An AVG graphic, as JSON. */
export type Graphic = Record<string, unknown>;

let loaded: Readonly<Record<string, Graphic>> | null = null;

/** Every picture by key (`<exercise id>.<form>`); read once, on first use. */
export function pictures(): Readonly<Record<string, Graphic>> {
  // A require here, not an import: esbuild then wraps the JSON in a function that runs on first call, which
  // keeps the pictures out of the Lambda's cold start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./pictures.json') as Record<string, Graphic>;
  return loaded;
}

/** The picture of a key, or null when there is none. */
export function pictureGraphic(key: string): Graphic | null {
  return pictures()[key] ?? null;
}
