// `npm run deploy`: the skill and its back end in one command. First run: create the skill (a package without
// endpoints, since the functions need the skill's ID), bootstrap CDK, deploy one stack per Alexa region the chosen
// locales need (each with its own function and table, in that region) with that ID, then deploy the skill package
// bound to each region's function. Later runs update both (each tool skips what did not change). The state is
// saved after every step, so a run that fails half-way resumes there. With `dryRun`, every step is printed and
// nothing is called or written.
import * as path from 'node:path';
import { LOG_HASH_KEY_PARAMETER, regionsToDeploy, StackConfigError } from '../../cdk/lib/config';
import { alexaRegionOfAws, awsRegionOf, type AlexaRegion } from '../../cdk/lib/regions';
import { regionalStackName } from '../../cdk/lib/skill-app';
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

/** A stack of the app: one per Alexa region, North America's under the plain stack name. */
export interface RegionStack {
  readonly region: AlexaRegion;
  readonly awsRegion: string;
  readonly stack: string;
}

/** What a deploy deploys: the stacks of the regions the locales need (and any more the settings add), and the default endpoint's region. */
export interface DeployPlan {
  readonly stacks: readonly RegionStack[];
  readonly defaultRegion: AlexaRegion;
}

/** The plan of the settings. Throws DeployError for a region setting that leaves out a locale's, or a default endpoint in no deployed region. Pure. */
export function planOf(settings: DeploySettings): DeployPlan {
  let regions: AlexaRegion[];
  try {
    regions = regionsToDeploy(settings.locales, settings.regions);
  } catch (error) {
    if (error instanceof StackConfigError) throw new DeployError(`${error.message} (settings: locales, regions).`, { cause: error });
    throw error;
  }
  const defaultRegion = settings.region === undefined ? (regions[0] as AlexaRegion) : alexaRegionOfAws(settings.region);
  if (!regions.includes(defaultRegion)) {
    throw new DeployError(`region ${String(settings.region)} (the default endpoint's) is not one the settings deploy: ${regions.map(awsRegionOf).join(', ')}.`);
  }
  return { stacks: regions.map((region) => ({ region, awsRegion: awsRegionOf(region), stack: regionalStackName(settings.stackName, region) })), defaultRegion };
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

/** Settings passed on to the stacks as CDK context when they are set. */
const STACK_CONTEXT = ['alarmTopicArn', 'reservedConcurrency', 'maxReadUnits', 'maxWriteUnits'] as const;

/**
 * A CDK command with the app's context (skill ID, stack name, the locales and regions, so it synthesizes exactly the
 * stacks of the plan, and the stacks' settings) and environment (the default endpoint's region, the profile).
 */
export function cdkCommand(ctx: Context, args: readonly string[], skillId: string): Command {
  const { settings } = ctx.options;
  const plan = planOf(settings);
  const region = awsRegionOf(plan.defaultRegion);
  const context = STACK_CONTEXT.flatMap((key) => (settings[key] === undefined ? [] : ['-c', `${key}=${settings[key]}`]));
  return {
    tool: 'cdk',
    cwd: ctx.options.root,
    args: [
      ...args,
      '-c', `skillId=${skillId}`,
      '-c', `stackName=${settings.stackName}`,
      '-c', `locales=${settings.locales.join(',')}`,
      '-c', `regions=${plan.stacks.map((s) => s.region).join(',')}`,
      ...context,
    ],
    env: { AWS_REGION: region, AWS_DEFAULT_REGION: region, ...(settings.awsProfile ? { AWS_PROFILE: settings.awsProfile } : {}) },
    secrets: [ctx.state.logHashKey],
  };
}

/** The manifest's fill: the settings' locales and URLs, and the endpoints (none while the skill is created). */
function fillOf(settings: DeploySettings, endpoints: ManifestFill['endpoints']): ManifestFill {
  const { defaultRegion } = planOf(settings);
  return { endpoints, defaultRegion, locales: settings.locales, privacyPolicyUrl: settings.privacyPolicyUrl, termsOfUseUrl: settings.termsOfUseUrl };
}

/** Builds the skill package into the ask project (or only checks it, in a dry run) and runs `ask deploy`. */
async function deploySkillPackage(ctx: Context, endpoints: ManifestFill['endpoints']): Promise<void> {
  const fill = fillOf(ctx.options.settings, endpoints);
  const out = path.join(ctx.askProject, PACKAGE_DIR);
  const bound = endpoints ? Object.entries(endpoints).map(([region, arn]) => `${region} ${arn}`).join(', ') : '';
  ctx.print(`      writes ${path.relative(ctx.options.root, out)}: skill-package/ with skill.json ${endpoints ? `bound to ${bound}` : 'without endpoints'}`);
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
  const plan = planOf(settings);
  const template = readManifest(path.join(root, 'skill-package'));
  // Refuse placeholder URLs before anything is created; the endpoints are checked again once they are known.
  const early = deployProblems(fillManifest(template, fillOf(settings, null)));
  if (early.length > 0) throw new DeployError(`The skill manifest cannot be deployed:\n${early.map((p) => `  - ${p}`).join('\n')}`);
  const where = plan.stacks.map((s) => `${s.region} ${s.awsRegion}`).join(', ');
  ctx.print(`Deploy ${settings.stackName} for ${settings.locales.join(', ')} to ${where}${dryRun ? ' (dry run: nothing is called or written)' : ''}`);

  ctx.print(`[1/5] Create the skill${ctx.state.skillId ? `: done, ${ctx.state.skillId}` : ' (its package without endpoints: the functions need its ID first)'}`);
  if (!ctx.state.skillId) {
    await deploySkillPackage(ctx, null);
    if (!dryRun && !ctx.state.skillId) throw new DeployError(`ask deploy created no skill: no skill ID in ${path.join(ctx.askProject, '.ask', 'ask-states.json')}`);
  }
  const skillId = ctx.state.skillId ?? SKILL_ID_LATER;

  const awsRegions = plan.stacks.map((s) => s.awsRegion);
  const unbootstrapped = awsRegions.filter((r) => !ctx.state.bootstrapped.includes(r));
  ctx.print(`[2/5] Bootstrap CDK in ${awsRegions.join(', ')}${unbootstrapped.length === 0 ? ': done' : ' (once per account and region)'}`);
  if (unbootstrapped.length > 0) {
    // Without an environment argument, CDK bootstraps the environment of every stack of the app: the plan's regions.
    await run(ctx, cdkCommand(ctx, ['bootstrap'], skillId));
    ctx.state = { ...ctx.state, bootstrapped: [...ctx.state.bootstrapped, ...unbootstrapped] };
    save(ctx);
  }

  const stacks = plan.stacks.map((s) => s.stack);
  ctx.print(`[3/5] Deploy the stack${stacks.length > 1 ? 's' : ''} ${stacks.join(', ')} (in each region: function, table, alarms, dashboard)`);
  const outputs = path.join(ctx.dir, OUTPUTS_FILE);
  const approval = options.yes ? ['--require-approval', 'never'] : [];
  // Every stack takes the same log key, so a user's tag is the same in each region's logs.
  const parameter = `${LOG_HASH_KEY_PARAMETER}=${ctx.state.logHashKey}`;
  // Relative to the project root, where CDK runs.
  const outputsArg = path.relative(root, outputs);
  await run(ctx, cdkCommand(ctx, ['deploy', ...stacks, '--parameters', parameter, '--outputs-file', outputsArg, ...approval], skillId));
  if (!dryRun) {
    const deployed = plan.stacks.map((s) => ({ ...s, ...readStackOutputs(outputs, s.stack) }));
    const home = deployed.find((s) => s.region === plan.defaultRegion) ?? deployed[0];
    const dashboards = Object.fromEntries(deployed.flatMap((s) => (s.dashboardName ? [[s.region, s.dashboardName]] : [])));
    ctx.state = {
      ...ctx.state,
      functionArn: home?.functionArn,
      functionArns: Object.fromEntries(deployed.map((s) => [s.region, s.functionArn])),
      ...(home?.dashboardName ? { dashboardName: home.dashboardName } : {}),
      dashboardNames: dashboards,
    };
    save(ctx);
  }

  const mapTarget = path.join(ctx.dir, DEPLOYED_MAP);
  ctx.print(`[4/5] Keep the deployed bundle's source map for npm run symbolicate: ${path.relative(root, mapTarget)}`);
  // Every region runs the same bundle: one map serves them all.
  if (!dryRun && !keepSourceMap(path.join(root, 'cdk.out'), stacks[0] as string, mapTarget)) {
    ctx.print('      (no source map found in cdk.out; npm run symbolicate falls back to npm run build\'s)');
  }

  ctx.print(`[5/5] Deploy the skill package, each region bound to its function`);
  const later = Object.fromEntries(plan.stacks.map((s) => [s.region, FUNCTION_ARN_LATER]));
  await deploySkillPackage(ctx, ctx.state.functionArns ?? (dryRun ? later : null));

  const bound = Object.entries(ctx.state.functionArns ?? {}).map(([region, arn]) => `${region}: ${arn}`).join(', ');
  ctx.print(dryRun ? 'Dry run done: nothing was called or written.' : `Done. Skill ${ctx.state.skillId ?? '?'} calls ${bound || '?'}.`);
  for (const [region, name] of Object.entries(dryRun ? {} : (ctx.state.dashboardNames ?? {}))) {
    ctx.print(`Dashboard (${region}): CloudWatch in ${awsRegionOf(region as AlexaRegion)} → Dashboards → ${name}`);
  }
  if (!dryRun) ctx.print(`Try it: the developer console, Test tab (Development), or \`npx ask dialog --skill-id ${ctx.state.skillId ?? '…'} --locale ${settings.locales[0] ?? 'en-US'}\`.`);
  return ctx.state;
}
