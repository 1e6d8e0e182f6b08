// Runs the APL commands of a screen on a clock, as a device would (Sequential, Parallel, Idle, SetValue,
// repeatCount, when, and commands the document defines), and lists every value set and when. The simulator
// shows the countdown from it; tests check that it keeps time with the narration.

/** A value a command set, `at` ms after the commands began. */
export interface AplEvent {
  readonly at: number;
  readonly property: string;
  readonly value: unknown;
}

/** Commands the document defines by name: their parameters and body. */
export type CommandDefinitions = Readonly<Record<string, { readonly parameters?: readonly string[]; readonly commands: readonly unknown[] }>>;

type Scope = Record<string, unknown>;
type Command = Record<string, unknown>;

/** A command or expression this runner does not know. */
export class AplRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AplRunError';
  }
}

const TOKEN = /\s*(\d+(?:\.\d+)?|[A-Za-z_][\w.]*|==|!=|>=|<=|&&|\|\||[-+*/()<>!])/y;

/** Evaluates a small APL expression: numbers, names, + - * /, comparisons, && || and parentheses. */
function evaluate(source: string, scope: Scope): unknown {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const match = TOKEN.exec(source);
    if (!match) {
      if (source.slice(TOKEN.lastIndex).trim() === '') break;
      throw new AplRunError(`cannot read the expression ${source}`);
    }
    tokens.push(match[1] as string);
  }
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const primary = (): unknown => {
    const token = tokens[i++];
    if (token === undefined) throw new AplRunError(`the expression ${source} ends too soon`);
    if (token === '(') {
      const value = or();
      i += 1;
      return value;
    }
    if (token === '-') return -Number(primary());
    if (token === '!') return !primary();
    if (/^\d/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (!(token in scope)) throw new AplRunError(`${token} is not bound in ${source}`);
    return scope[token];
  };
  const binary = (next: () => unknown, ops: readonly string[], apply: (op: string, a: unknown, b: unknown) => unknown) => (): unknown => {
    let value = next();
    while (ops.includes(peek() ?? '')) {
      const op = tokens[i++] as string;
      value = apply(op, value, next());
    }
    return value;
  };
  const product = binary(primary, ['*', '/'], (op, a, b) => (op === '*' ? Number(a) * Number(b) : Number(a) / Number(b)));
  const sum = binary(product, ['+', '-'], (op, a, b) => (op === '+' ? Number(a) + Number(b) : Number(a) - Number(b)));
  const compare = binary(sum, ['>', '<', '>=', '<=', '==', '!='], (op, a, b) => {
    const [x, y] = [Number(a), Number(b)];
    return op === '>' ? x > y : op === '<' ? x < y : op === '>=' ? x >= y : op === '<=' ? x <= y : op === '==' ? a === b : a !== b;
  });
  const and = binary(compare, ['&&'], (_, a, b) => Boolean(a) && Boolean(b));
  const or = binary(and, ['||'], (_, a, b) => Boolean(a) || Boolean(b));
  return or();
}

/** A property value with its `${...}` evaluated: the value itself when the whole string is one expression. */
export function resolve(value: unknown, scope: Scope): unknown {
  if (typeof value !== 'string' || !value.includes('${')) return value;
  const whole = /^\$\{([^}]*)\}$/.exec(value);
  if (whole) return evaluate(whole[1] as string, scope);
  return value.replace(/\$\{([^}]*)\}/g, (_, expression: string) => String(evaluate(expression, scope)));
}

/**
 * Runs `commands` from time 0 with the bound values `bindings` (changed as SetValue runs); returns every value
 * set and when the commands end, in ms. Branches of a Parallel run one after another on the same clock.
 */
export function runCommands(commands: readonly unknown[], definitions: CommandDefinitions, bindings: Scope = {}): { events: AplEvent[]; end: number } {
  const state: Scope = { ...bindings };
  const events: AplEvent[] = [];
  const run = (list: readonly unknown[], start: number, params: Scope): number => {
    let clock = start;
    for (const item of list) {
      const command = item as Command;
      const scope = { ...state, ...params };
      if ('when' in command && !resolve(command.when, scope)) continue;
      const type = String(command.type);
      const definition = definitions[type];
      if (type === 'Sequential') {
        const times = 1 + Number(resolve(command.repeatCount ?? 0, scope));
        for (let n = 0; n < times; n += 1) clock = run(command.commands as unknown[], clock, params);
      } else if (type === 'Parallel') {
        clock = Math.max(clock, ...(command.commands as unknown[]).map((branch) => run([branch], clock, params)));
      } else if (type === 'Idle') {
        clock += Number(resolve(command.delay ?? 0, scope));
      } else if (type === 'SetValue') {
        const property = String(command.property);
        const value = resolve(command.value, scope);
        state[property] = value;
        events.push({ at: clock, property, value });
      } else if (definition) {
        const args = Object.fromEntries((definition.parameters ?? []).map((name) => [name, resolve(command[name], scope)]));
        clock = run(definition.commands, clock, args);
      } else {
        throw new AplRunError(`the command ${type} is not one this runner knows`);
      }
    }
    return clock;
  };
  const end = run(commands, 0, {});
  return { events: events.sort((a, b) => a.at - b.at), end };
}
