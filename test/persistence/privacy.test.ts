// What the user record may hold: preferences and what was done, never a condition, a symptom or words the
// user said (Alexa's health data policy). Checked on the record's own schema, so a new field must pass too.
import { z } from 'zod';
import { UserRecordSchema } from '../../lambda/persistence';

type JsonSchema = { [key: string]: unknown };

/** Every property name and every string field of a JSON schema, with its path. */
function walk(schema: JsonSchema, path: string, out: { names: string[]; strings: { path: string; schema: JsonSchema }[] }): void {
  if (schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'))) out.strings.push({ path, schema });
  for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    out.names.push(`${path}.${name}`);
    walk(child, `${path}.${name}`, out);
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames'] as const) {
    const child = schema[key];
    if (child && typeof child === 'object') walk(child as JsonSchema, `${path}[${key}]`, out);
  }
  for (const child of (schema.anyOf ?? []) as JsonSchema[]) walk(child, path, out);
}

const record = z.toJSONSchema(UserRecordSchema as unknown as z.ZodType, { unrepresentable: 'any' }) as JsonSchema;
const found = { names: [] as string[], strings: [] as { path: string; schema: JsonSchema }[] };
walk(record, 'record', found);

describe('the user record', () => {
  it('has no field that names a health condition, a symptom or pain', () => {
    expect(found.names.filter((n) => /pain|hurt|symptom|condition|affected|injur|sore|numb|health|diagnos/i.test(n))).toEqual([]);
    expect(found.names.length).toBeGreaterThan(15);
  });

  it('holds no free text: every string is a fixed choice, or an identifier or date with a pattern', () => {
    const free = found.strings.filter(({ schema }) => schema.enum === undefined && schema.const === undefined && typeof schema.pattern !== 'string');
    expect(free.map((f) => f.path)).toEqual([]);
    for (const { schema } of found.strings.filter((s) => typeof s.schema.pattern === 'string')) expect(new RegExp(schema.pattern as string).test('my left leg hurts')).toBe(false);
  });
});
