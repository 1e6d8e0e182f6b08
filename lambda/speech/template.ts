// Fills `{name}` placeholders in content texts.

/** Values a template may use. */
export type TemplateVars = Readonly<Record<string, string | number>>;

/** Thrown when a text asks for a value nobody gave: a content bug, caught by the content tests. */
export class MissingTemplateValueError extends Error {
  constructor(readonly key: string, readonly template: string) {
    super(`Template value "${key}" missing for: ${template}`);
    this.name = 'MissingTemplateValueError';
  }
}

/** The template with every `{key}` replaced by its value. Pure. */
export function fill(template: string, vars: TemplateVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new MissingTemplateValueError(key, template);
    return String(value);
  });
}
