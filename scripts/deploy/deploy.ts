// `npm run deploy`: the skill and its back end in one command. First run: create the skill (a package without
// endpoints, since the function needs the skill's ID), bootstrap CDK, deploy the stack with that ID, then deploy
// the skill package bound to the function. Later runs update both (each tool skips what did not change). The state
// is saved after every step, so a run that fails half-way resumes there. With `dryRun`, every step is printed and
// nothing is called or written.
import * as path from 'node:path';
import { LOG_HASH_KEY_PARAMETER } from '../../cdk/lib/config';
import { askSkillId, PACKAGE_DIR, prepareAskProject } from './ask-project';
import { keepSourceMap, readStackOutputs } from './cdk-outputs';
import { askProfileName, credentialProblems, type CredentialSources } from './credentials';
import { DeployError } from './errors';
import { buildSkillPackage, deployProblems, fillManifest, readManifest, type ManifestFill } from './manifest';
import { ASK_PROJECT, DEPLOYED_MAP, OUTPUTS_FILE, stackDir } from './paths';
import type { DeploySettings } from './settings';
import { readState, writeState, type DeployState } from './state';
import { commandLine, NPX_TOOLS, runTool, type Command, type ToolCommands } from './tools';

/** What a deploy (or destroy) works with. */
export interface DeployOptions {
  /** The project root: skill-package/, cdk.json, .deploy/. */
  readonly root: string;
  readonly settings: DeploySettings;
  readonly dryRun?: boolean;
  /** Do not stop to ask (CDK's approval of IAM changes, its confirmation of a destroy). */
  readonly yes?: boolean;
  readonly tools?: ToolCommands;
  /** Where credentials are looked for; this process's environment and home by default. */
  readonly credentials?: CredentialSources;
  readonly print?: (line: string) => void;
}

/** Where things are and how to run them, for one stack. */
export interface Context {
  readonly options: DeployOptions;
  readonly dir: string;
  readonly askProject: string;
  readonly askProfile: string;
  readonly tools: ToolCommands;
  readonly print: (line: string) => void;
  state: DeployState;
}

/** The context of a run; throws DeployError, before anything is done, when credentials are missing. */
export function contextOf(options: DeployOptions, needs: { ask: boolean }): Context {
  const credentials = options.credentials ?? { env: process.env, home: process.env.HOME ?? '' };
  const { settings } = options;
  const problems = credentialProblems(credentials, { awsProfile: settings.awsProfile, askProfile: settings.askProfile, ask: needs.ask });
  if (problems.length > 0) throw new DeployError(`Cannot deploy yet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const dir = stackDir(options.root, settings.stackName);
  return {
    options,
    dir,
    askProject: path.join(dir, ASK_PROJECT),
    askProfile: askProfileName(credentials, settings.askProfile),
    tools: options.tools ?? NPX_TOOLS,
    print: options.print ?? ((line) => console.log(line)),
    state: readState(dir),
  };
}

/** Prints a command, and runs it unless this is a dry run. */
export async function run(ctx: Context, command: Command): Promise<void> {
  const where = path.relative(ctx.options.root, command.cwd);
  ctx.print(`      $ ${commandLine(command, ctx.tools)}${where ? `   (in ${where})` : ''}`);
  if (!ctx.options.dryRun) await runTool(command, ctx.tools);
}

/** Saves the state, unless this is a dry run. */
export function save(ctx: Context): void {
  if (!ctx.options.dryRun) writeState(ctx.dir, ctx.state);
}

/** Settings passed on to the stack as CDK context when they are set. */
const STACK_CONTEXT = ['alarmTopicArn', 'reservedConcurrency', 'maxReadUnits', 'maxWriteUnits'] as const;

/** The CDK context and environment of this stack (region, profile). */
export function cdkCommand(ctx: Context, args: readonly string[], skillId: string): Command {
  const { settings } = ctx.options;
  const context = STACK_CONTEXT.flatMap((key) => (settings[key] === undefined ? [] : ['-c', `${key}=${settings[key]}`]));
  return {
    tool: 'cdk',
    cwd: ctx.options.root,
    args: [...args, '-c', `skillId=${skillId}`, '-c', `stackName=${settings.stackName}`, ...context],
    env: { AWS_REGION: settings.region, AWS_DEFAULT_REGION: settings.region, ...(settings.awsProfile ? { AWS_PROFILE: settings.awsProfile } : {}) },
    secrets: [ctx.state.logHashKey],
  };
}

/** Builds the skill package into the ask project (or only checks it, in a dry run) and runs `ask deploy`. */
async function deploySkillPackage(ctx: Context, endpointArn: string | null): Promise<void> {
  const fill: ManifestFill = { endpointArn, privacyPolicyUrl: ctx.options.settings.privacyPolicyUrl, termsOfUseUrl: ctx.options.settings.termsOfUseUrl };
  const out = path.join(ctx.askProject, PACKAGE_DIR);
  ctx.print(`      writes ${path.relative(ctx.options.root, out)}: skill-package/ with skill.json ${endpointArn ? `bound to ${endpointArn}` : 'without endpoints'}`);
  if (!ctx.options.dryRun) {
    buildSkillPackage(path.join(ctx.options.root, 'skill-package'), out, fill);
    prepareAskProject(ctx.askProject, ctx.askProfile, ctx.state.skillId);
  }
  try {
    await run(ctx, { tool: 'ask', args: ['deploy', '--profile', ctx.askProfile], cwd: ctx.askProject });
  } finally {
    // ask-cli records the skill ID as soon as the skill exists, even if a later part of its deploy failed.
    const created = ctx.options.dryRun ? undefined : askSkillId(ctx.askProject, ctx.askProfile);
    if (created && created !== ctx.state.skillId) {
      ctx.state = { ...ctx.state, skillId: created };
      save(ctx);
    }
  }
}

const SKILL_ID_LATER = '<skill ID from step 1>';
const FUNCTION_ARN_LATER = '<SkillFunctionArn from step 3>';

/** Runs (or, in a dry run, prints) every step; resolves to the state at the end. Throws DeployError. */
export async function deploy(options: DeployOptions): Promise<DeployState> {
  const ctx = contextOf(options, { ask: true });
  const { settings, root, dryRun } = options;
  const template = readManifest(path.join(root, 'skill-package'));
  // Refuse placeholder URLs before anything is created; the endpoint is checked again once it is known.
  const early = deployProblems(fillManifest(template, { endpointArn: null, privacyPolicyUrl: settings.privacyPolicyUrl, termsOfUseUrl: settings.termsOfUseUrl }));
  if (early.length > 0) throw new DeployError(`The skill manifest cannot be deployed:\n${early.map((p) => `  - ${p}`).join('\n')}`);
  ctx.print(`Deploy ${settings.stackName} to ${settings.region}${dryRun ? ' (dry run: nothing is called or written)' : ''}`);

  ctx.print(`[1/5] Create the skill${ctx.state.skillId ? `: done, ${ctx.state.skillId}` : ' (its package without endpoints: the function needs its ID first)'}`);
  if (!ctx.state.skillId) {
    await deploySkillPackage(ctx, null);
    if (!dryRun && !ctx.state.skillId) throw new DeployError(`ask deploy created no skill: no skill ID in ${path.join(ctx.askProject, '.ask', 'ask-states.json')}`);
  }
  const skillId = ctx.state.skillId ?? SKILL_ID_LATER;

  const bootstrapped = ctx.state.bootstrapped.includes(settings.region);
  ctx.print(`[2/5] Bootstrap CDK in ${settings.region}${bootstrapped ? ': done' : ' (once per account and region)'}`);
  if (!bootstrapped) {
    await run(ctx, cdkCommand(ctx, ['bootstrap'], skillId));
    ctx.state = { ...ctx.state, bootstrapped: [...ctx.state.bootstrapped, settings.region] };
    save(ctx);
  }

  ctx.print(`[3/5] Deploy the stack ${settings.stackName} (function, table, alarms, dashboard)`);
  const outputs = path.join(ctx.dir, OUTPUTS_FILE);
  const approval = options.yes ? ['--require-approval', 'never'] : [];
  const parameter = `${LOG_HASH_KEY_PARAMETER}=${ctx.state.logHashKey}`;
  // Relative to the project root, where CDK runs.
  const outputsArg = path.relative(root, outputs);
  await run(ctx, cdkCommand(ctx, ['deploy', settings.stackName, '--parameters', parameter, '--outputs-file', outputsArg, ...approval], skillId));
  if (!dryRun) {
    ctx.state = { ...ctx.state, ...readStackOutputs(outputs, settings.stackName) };
    save(ctx);
  }

  const mapTarget = path.join(ctx.dir, DEPLOYED_MAP);
  ctx.print(`[4/5] Keep the deployed bundle's source map for npm run symbolicate: ${path.relative(root, mapTarget)}`);
  if (!dryRun && !keepSourceMap(path.join(root, 'cdk.out'), settings.stackName, mapTarget)) {
    ctx.print('      (no source map found in cdk.out; npm run symbolicate falls back to npm run build\'s)');
  }

  ctx.print('[5/5] Deploy the skill package, bound to the function');
  await deploySkillPackage(ctx, ctx.state.functionArn ?? (dryRun ? FUNCTION_ARN_LATER : null));

  ctx.print(dryRun ? 'Dry run done: nothing was called or written.' : `Done. Skill ${ctx.state.skillId ?? '?'} calls ${ctx.state.functionArn ?? '?'}.`);
  if (!dryRun && ctx.state.dashboardName) ctx.print(`Dashboard: CloudWatch → Dashboards → ${ctx.state.dashboardName}`);
  if (!dryRun) ctx.print(`Try it: the developer console, Test tab (Development), or \`npx ask dialog --skill-id ${ctx.state.skillId ?? '…'} --locale en-US\`: "open sciatica routine".`);
  return ctx.state;
}
