// The check of a locale's content against its schema: run by the tests, `npm run build` and the CDK app before a
// file goes beside the bundle. The skill itself reads the checked files without building the schema.
import { LOCALES } from './locales';
import { resolveLocale } from './index';
import { RoutineSchema, type Routine } from './schema';

/** Thrown when a locale's content breaks the schema, or needs the schema to change it (untrimmed text, say). */
export class ContentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ContentError';
  }
}

/** A locale's whole content, checked: valid, and exactly as the skill reads it (the schema changes nothing). */
export function validateLocale(locale: string, read?: (locale: string) => unknown): Routine {
  const raw = read ? resolveLocale(locale, read) : resolveLocale(locale);
  const parsed = RoutineSchema.safeParse(raw);
  if (!parsed.success) throw new ContentError(`content of ${locale} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, { cause: parsed.error });
  if (!sameContent(parsed.data, raw)) throw new ContentError(`content of ${locale} is changed by its schema (untrimmed or upper-case text): write it as the schema leaves it`);
  return parsed.data;
}

/** Whether two JSON values are equal, whatever the order of their keys. Pure. */
function sameContent(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameContent(x, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameContent((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Every locale's content, checked; throws on the first broken one. */
export function validateAllLocales(): void {
  for (const locale of LOCALES) validateLocale(locale);
}
