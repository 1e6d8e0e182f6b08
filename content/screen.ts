// The schema of the words a device with a screen shows: titles, phases, buttons and short lines, per locale.
// Screen words are read across a room: short, plain, and never the only place a safety fact is given.
import * as z from 'zod/mini';
import { BUTTON_IDS, PHASE_IDS, SCREEN_LINE_PLACEHOLDERS, type ScreenLineKey } from './screen-words';

export { BUTTON_IDS, PHASE_IDS, SCREEN_LINE_PLACEHOLDERS } from './screen-words';
export type { ButtonId, PhaseId, ScreenLineArgs, ScreenLineKey } from './screen-words';

/** A short line of screen text. */
const Line = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));
/** A button label: a word or two, so it fits a 48 dp touch target on a small round screen. */
const Label = z.string().check(z.trim(), z.minLength(1), z.maxLength(16));

const lineKeys = Object.keys(SCREEN_LINE_PLACEHOLDERS) as ScreenLineKey[];
const usesOnly = (key: ScreenLineKey) =>
  Line.check(
    z.refine(
      (text) => [...text.matchAll(/\{(\w+)\}/g)].every((m) => (SCREEN_LINE_PLACEHOLDERS[key] as readonly string[]).includes(m[1] as string)),
      `screen line ${key} uses a placeholder it does not declare`,
    ),
  );

/** An object with one short text for each key. */
const texts = <K extends string>(keys: readonly K[], schema: typeof Line) => z.object(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, typeof Line>);

export const ScreenWordsSchema = z.object({
  lines: z.object(Object.fromEntries(lineKeys.map((k) => [k, usesOnly(k)])) as Record<ScreenLineKey, typeof Line>),
  /** The subtitle of each form (the FORMS of schema.ts); the default form has none. */
  forms: z.object({ floor: z.string().check(z.maxLength(0)), easier: Line, chair: Line, chairEasier: Line }),
  phases: texts(PHASE_IDS, Line),
  buttons: texts(BUTTON_IDS, Label),
  /** What is normal and what is not, shown with "it hurts". */
  painLines: z.array(Line).check(z.minLength(1), z.maxLength(3)),
  /** The signs that need medical help at once, one a line. */
  warningSigns: z.array(Line).check(z.minLength(3), z.maxLength(5)),
  /** What to do now, shown when the user names a warning sign. */
  urgentLines: z.array(Line).check(z.minLength(1), z.maxLength(3)),
  /** What to do after a fall, dizziness or something that popped. */
  injuryLines: z.array(Line).check(z.minLength(1), z.maxLength(3)),
  /** Things to say, shown with help. */
  helpPhrases: z.array(Line).check(z.minLength(3), z.maxLength(8)),
});

export type ScreenWords = z.infer<typeof ScreenWordsSchema>;
