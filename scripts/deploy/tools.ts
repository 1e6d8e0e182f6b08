// Running ask-cli and the CDK CLI: both are dev dependencies, run with npx (nothing global, nothing downloaded).
import { spawn } from 'node:child_process';
import { DeployError } from './errors';

/** The command-line tools a deploy runs. */
export type Tool = 'ask' | 'cdk';

/** How to start each tool: the program and its leading arguments. Tests put recording stubs here. */
export type ToolCommands = Readonly<Record<Tool, readonly string[]>>;

/** The project's own ask-cli and CDK CLI; `--no-install` makes npx fail rather than download anything. */
export const NPX_TOOLS: ToolCommands = {
  ask: ['npx', '--no-install', 'ask'],
  cdk: ['npx', '--no-install', 'cdk'],
};

/** One run of a tool. */
export interface Command {
  readonly tool: Tool;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Variables added to the environment of the run. */
  readonly env?: Readonly<Record<string, string>>;
  /** Values never to print (the log key). */
  readonly secrets?: readonly string[];
}

const quote = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/** The command as a shell line, with environment variables first and secrets masked. Pure. */
export function commandLine(command: Command, tools: ToolCommands = NPX_TOOLS): string {
  const mask = (text: string): string => (command.secrets ?? []).reduce((out, secret) => out.split(secret).join('****'), text);
  const env = Object.entries(command.env ?? {}).map(([key, value]) => `${key}=${quote(value)}`);
  return mask([...env, ...tools[command.tool], ...command.args].map((part, i) => (i < env.length ? part : quote(part))).join(' '));
}

/** Runs a tool with the terminal attached (so CDK can ask to approve IAM changes); rejects on a non-zero exit. */
export function runTool(command: Command, tools: ToolCommands = NPX_TOOLS): Promise<void> {
  const [program, ...lead] = tools[command.tool];
  if (!program) throw new DeployError(`No command configured for ${command.tool}`);
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...lead, ...command.args], { cwd: command.cwd, env: { ...process.env, ...command.env }, stdio: 'inherit' });
    child.on('error', (error) => reject(new DeployError(`Could not start ${command.tool}: ${error.message}`, { cause: error })));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new DeployError(`${command.tool} failed (${signal ?? `exit code ${String(code)}`}): ${commandLine(command, tools)}`));
    });
  });
}
