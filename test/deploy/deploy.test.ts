// The deploy orchestration with ask-cli and the CDK CLI replaced by a recording stub (fake-tool.js), run for real:
// first run, later run, missing credentials, a failure half-way and the run that resumes, the dry run, destroy.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { deploy, type DeployOptions } from '../../scripts/deploy/deploy';
import { destroy } from '../../scripts/deploy/destroy';
import { DeployError } from '../../scripts/deploy/errors';
import type { SkillManifest } from '../../scripts/deploy/manifest';
import { loadSettings } from '../../scripts/deploy/settings';
import { readState } from '../../scripts/deploy/state';
import type { ToolCommands } from '../../scripts/deploy/tools';
import { lintSkillPackage } from '../../scripts/model-lint';

const REPO = path.join(__dirname, '..', '..');
const FAKE = path.join(__dirname, 'fake-tool.js');
const TOOLS: ToolCommands = { ask: [process.execPath, FAKE, 'ask'], cdk: [process.execPath, FAKE, 'cdk'] };
const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:111122223333:function:SciaticaRoutine-SkillFunction-AbC123';
const EU_ARN = 'arn:aws:lambda:eu-west-1:111122223333:function:SciaticaRoutine-EU-SkillFunction-AbC123';
const FE_ARN = 'arn:aws:lambda:us-west-2:111122223333:function:SciaticaRoutine-FE-SkillFunction-AbC123';
/** The app's stacks: one per Alexa region, North America's under the plain name. */
const STACKS = ['SciaticaRoutine', 'SciaticaRoutine-EU', 'SciaticaRoutine-FE'];
const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'];
const PRIVACY = 'https://stretch.example-host.net/sciatica/privacy.html';
const TERMS = 'https://stretch.example-host.net/sciatica/terms.html';

interface Call {
  tool: 'ask' | 'cdk';
  args: string[];
  cwd: string;
  region?: string;
  awsProfile?: string;
  manifest?: SkillManifest;
  files?: string[];
  skillIdBefore?: string | null;
}

let work: string;
let root: string;
let home: string;
let printed: string[];

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'deploy-'));
  root = path.join(work, 'project');
  home = path.join(work, 'home');
  cpSync(path.join(REPO, 'skill-package'), path.join(root, 'skill-package'), { recursive: true });
  mkdirSync(path.join(home, '.aws'), { recursive: true });
  writeFileSync(path.join(home, '.aws', 'credentials'), '[default]\naws_access_key_id = AKIAFAKE\naws_secret_access_key = fake\n');
  mkdirSync(path.join(home, '.ask'), { recursive: true });
  writeFileSync(path.join(home, '.ask', 'cli_config'), JSON.stringify({ profiles: { default: { vendor_id: 'M1FAKE' } } }));
  process.env.FAKE_TOOLS_LOG = path.join(work, 'calls.jsonl');
  printed = [];
});

afterEach(() => {
  delete process.env.FAKE_TOOLS_FAIL;
  delete process.env.FAKE_ASK_FAILS_AFTER_CREATE;
  rmSync(work, { recursive: true, force: true });
});

/** Options of a run in the temporary project, with settings as a deployer would write them. */
function options(extra: Partial<DeployOptions> = {}, settings: Record<string, unknown> = {}): DeployOptions {
  const file = path.join(root, '.deploy', 'settings.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, ...settings }));
  return {
    root,
    settings: loadSettings(file, {}),
    tools: TOOLS,
    credentials: { env: {}, home },
    print: (line) => void printed.push(line),
    yes: true,
    ...extra,
  };
}

/** The calls the stub recorded, and forgets them. */
function calls(): Call[] {
  const file = process.env.FAKE_TOOLS_LOG as string;
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Call);
  rmSync(file);
  return lines;
}

const named = (call: Call): string => `${call.tool} ${call.args[0]}`;
const option = (call: Call | undefined, name: string): string | undefined => call?.args[call.args.indexOf(name) + 1];
const state = () => readState(path.join(root, '.deploy', 'SciaticaRoutine'));

describe('the first deploy', () => {
  it("creates the skill, bootstraps CDK, deploys a stack per region with the skill ID, then binds each region to its function", async () => {
    await deploy(options());
    const made = calls();
    expect(made.map(named)).toEqual(['ask deploy', 'cdk bootstrap', 'cdk deploy', 'ask deploy']);
    const [create, bootstrap, stack, bind] = made as [Call, Call, Call, Call];
    expect(create.skillIdBefore).toBeNull();
    expect(create.manifest?.manifest.apis?.custom?.endpoint).toBeUndefined();
    expect(create.manifest?.manifest.events).toBeUndefined();
    expect(create.cwd).toBe(path.join(root, '.deploy', 'SciaticaRoutine', 'ask'));
    for (const cdk of [bootstrap, stack]) {
      expect(cdk.args).toEqual(expect.arrayContaining(['-c', `skillId=${SKILL_ID}`, '-c', 'stackName=SciaticaRoutine', '-c', 'regions=NA,EU,FE']));
      expect(cdk.region).toBe('us-east-1');
      expect(cdk.cwd).toBe(root);
    }
    expect(stack.args.slice(0, 4)).toEqual(['deploy', ...STACKS]);
    expect(option(stack, '--parameters')).toBe(`LogHashKey=${state().logHashKey}`);
    expect(option(stack, '--require-approval')).toBe('never');
    expect(bind.skillIdBefore).toBe(SKILL_ID);
    expect(bind.manifest?.manifest.apis?.custom?.endpoint).toEqual({ uri: FUNCTION_ARN });
    expect(bind.manifest?.manifest.events?.endpoint).toEqual({ uri: FUNCTION_ARN });
    const regions = { NA: { endpoint: { uri: FUNCTION_ARN } }, EU: { endpoint: { uri: EU_ARN } }, FE: { endpoint: { uri: FE_ARN } } };
    expect(bind.manifest?.manifest.apis?.custom?.regions).toEqual(regions);
    expect(bind.manifest?.manifest.events?.regions).toEqual(regions);
  });

  it('passes the stack caps of the settings to CDK', async () => {
    await deploy(options({}, { reservedConcurrency: 'off', maxWriteUnits: 120 }));
    const stack = calls().find((call) => named(call) === 'cdk deploy');
    expect(stack?.args).toEqual(expect.arrayContaining(['-c', 'reservedConcurrency=off', '-c', 'maxWriteUnits=120']));
    expect(stack?.args.join(' ')).not.toMatch(/maxReadUnits/);
  });

  it('deploys the privacy policy and terms URLs of the settings, and the icons', async () => {
    await deploy(options());
    const bind = calls().pop();
    const published = Object.keys(bind?.manifest?.manifest.publishingInformation?.locales ?? {});
    expect(published).toEqual(expect.arrayContaining(['en-US', 'en-GB', 'es-ES', 'fr-FR', 'de-DE']));
    expect(bind?.manifest?.manifest.privacyAndCompliance?.locales).toEqual(
      Object.fromEntries(published.map((locale) => [locale, { privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS }])),
    );
    expect(bind?.files).toEqual(expect.arrayContaining([path.join('assets', 'images', 'icon-108.png'), path.join('assets', 'images', 'icon-512.png')]));
  });

  it('leaves a package that passes the model and certification lint', async () => {
    await deploy(options());
    expect(lintSkillPackage(path.join(root, '.deploy', 'SciaticaRoutine', 'ask', 'skill-package'), 'deploy')).toEqual([]);
  });

  it('saves the skill ID, the function ARN, the log key and the source map, outside the tracked files', async () => {
    await deploy(options());
    expect(state()).toMatchObject({ skillId: SKILL_ID, functionArn: FUNCTION_ARN, bootstrapped: REGIONS, logHashKey: expect.stringMatching(/^[\w-]{43}$/) });
    expect(state().functionArns).toEqual({ NA: FUNCTION_ARN, EU: EU_ARN, FE: FE_ARN });
    expect(existsSync(path.join(root, '.deploy', 'SciaticaRoutine', 'index.js.map'))).toBe(true);
    expect(readFileSync(path.join(REPO, '.gitignore'), 'utf8').split('\n')).toContain('.deploy/');
  });

  it('never changes the checked-in skill package', async () => {
    const before = readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8');
    await deploy(options());
    expect(readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8')).toBe(before);
  });
});

describe('a later deploy', () => {
  it('updates the stack and the same skill, with the same log key, and creates and bootstraps nothing', async () => {
    await deploy(options());
    const key = state().logHashKey;
    calls();
    await deploy(options());
    const made = calls();
    expect(made.map(named)).toEqual(['cdk deploy', 'ask deploy']);
    expect(option(made[0], '--parameters')).toBe(`LogHashKey=${key}`);
    expect(made[1]?.skillIdBefore).toBe(SKILL_ID);
    expect(made[1]?.manifest?.manifest.apis?.custom?.endpoint).toEqual({ uri: FUNCTION_ARN });
  });

  it("deploys only the regions the settings' locales need, with their profile, bootstrapping each region once", async () => {
    mkdirSync(path.join(home, '.aws'), { recursive: true });
    writeFileSync(path.join(home, '.aws', 'config'), '[profile eu-team]\nregion = eu-west-1\n');
    await deploy(options({}, { locales: ['en-GB', 'de-DE'], awsProfile: 'eu-team', stackName: 'SciaticaEurope' }));
    const made = calls();
    expect(made.map(named)).toEqual(['ask deploy', 'cdk bootstrap', 'cdk deploy', 'ask deploy']);
    expect(made.filter((c) => c.tool === 'cdk').map((c) => [c.region, c.awsProfile])).toEqual([
      ['eu-west-1', 'eu-team'],
      ['eu-west-1', 'eu-team'],
    ]);
    expect(made[2]?.args.slice(0, 2)).toEqual(['deploy', 'SciaticaEurope-EU']);
    expect(made[2]?.args).toEqual(expect.arrayContaining(['-c', 'locales=en-GB,de-DE', '-c', 'regions=EU']));
    const eu = 'arn:aws:lambda:eu-west-1:111122223333:function:SciaticaEurope-EU-SkillFunction-AbC123';
    const bound = made[3]?.manifest?.manifest;
    expect(bound?.apis?.custom).toMatchObject({ endpoint: { uri: eu }, regions: { EU: { endpoint: { uri: eu } } } });
    expect(Object.keys(bound?.publishingInformation?.locales ?? {}).sort()).toEqual(['de-DE', 'en-GB']);
    expect(made[3]?.files?.filter((f) => f.endsWith('.json') && f.startsWith(path.join('interactionModels', 'custom', '')))).toEqual([
      path.join('interactionModels', 'custom', 'de-DE.json'),
      path.join('interactionModels', 'custom', 'en-GB.json'),
    ]);
    expect(readState(path.join(root, '.deploy', 'SciaticaEurope')).bootstrapped).toEqual(['eu-west-1']);

    // Adding a locale of another region bootstraps that region alone, and deploys both stacks.
    await deploy(options({}, { locales: ['en-GB', 'de-DE', 'en-AU'], awsProfile: 'eu-team', stackName: 'SciaticaEurope' }));
    const again = calls();
    expect(again.map(named)).toEqual(['cdk bootstrap', 'cdk deploy', 'ask deploy']);
    expect(again[1]?.args.slice(0, 3)).toEqual(['deploy', 'SciaticaEurope-EU', 'SciaticaEurope-FE']);
    expect(readState(path.join(root, '.deploy', 'SciaticaEurope')).bootstrapped).toEqual(['eu-west-1', 'us-west-2']);
  });

  it('makes the default endpoint the function of the region setting, which must be one it deploys', async () => {
    await deploy(options({}, { region: 'eu-west-1' }));
    const bind = calls().pop();
    expect(bind?.manifest?.manifest.apis?.custom?.endpoint).toEqual({ uri: EU_ARN });
    expect(bind?.cwd).toBeDefined();
    await expect(deploy(options({}, { locales: ['en-AU'], region: 'eu-west-1' }))).rejects.toThrow(/region eu-west-1 .* is not one the settings deploy: us-west-2/);
  });

  it('refuses regions that leave out one a locale needs, before anything is done', async () => {
    await expect(deploy(options({}, { locales: ['en-US', 'de-DE'], regions: ['NA'] }))).rejects.toThrow(/need the region\(s\) EU, which regions leaves out/);
    expect(calls()).toEqual([]);
  });
});

describe('a deploy without credentials', () => {
  it('stops before any step and says how to set up AWS and ask-cli', async () => {
    const run = deploy(options({ credentials: { env: {}, home: path.join(work, 'empty-home') } }));
    await expect(run).rejects.toThrow(DeployError);
    await expect(deploy(options({ credentials: { env: {}, home: path.join(work, 'empty-home') } }))).rejects.toThrow(
      /No AWS credentials found\. Run `aws configure`[\s\S]*No ask-cli profile named default\. Run `npx ask configure`/,
    );
    expect(calls()).toEqual([]);
  });

  it('names the AWS profile of the settings that does not exist', async () => {
    await expect(deploy(options({}, { awsProfile: 'missing-profile' }))).rejects.toThrow(/No AWS profile named missing-profile/);
    expect(calls()).toEqual([]);
  });
});

describe('a deploy that fails half-way', () => {
  it('keeps what was done, and the next run resumes at the stack deploy', async () => {
    process.env.FAKE_TOOLS_FAIL = 'cdk deploy';
    await expect(deploy(options())).rejects.toThrow(/cdk failed/);
    expect(calls().map(named)).toEqual(['ask deploy', 'cdk bootstrap', 'cdk deploy']);
    expect(state()).toMatchObject({ skillId: SKILL_ID, bootstrapped: REGIONS });
    expect(state().functionArn).toBeUndefined();

    delete process.env.FAKE_TOOLS_FAIL;
    await deploy(options());
    const made = calls();
    expect(made.map(named)).toEqual(['cdk deploy', 'ask deploy']);
    expect(made[1]?.manifest?.manifest.apis?.custom?.endpoint).toEqual({ uri: FUNCTION_ARN });
    expect(state().functionArn).toBe(FUNCTION_ARN);
  });

  it('keeps the skill that ask-cli created before it failed, and never creates a second one', async () => {
    process.env.FAKE_TOOLS_FAIL = 'ask deploy';
    process.env.FAKE_ASK_FAILS_AFTER_CREATE = 'yes';
    await expect(deploy(options())).rejects.toThrow(/ask failed/);
    expect(state().skillId).toBe(SKILL_ID);
    calls();

    delete process.env.FAKE_TOOLS_FAIL;
    await deploy(options());
    expect(calls().map(named)).toEqual(['cdk bootstrap', 'cdk deploy', 'ask deploy']);
  });
});

describe('the dry run', () => {
  it('prints every step and command, with the log key masked, and calls and writes nothing', async () => {
    await deploy(options({ dryRun: true }));
    expect(calls()).toEqual([]);
    expect(existsSync(path.join(root, '.deploy', 'SciaticaRoutine'))).toBe(false);
    const text = printed.join('\n');
    for (const step of ['[1/5] Create the skill', '[2/5] Bootstrap CDK in us-east-1, eu-west-1, us-west-2', '[3/5] Deploy the stacks SciaticaRoutine, SciaticaRoutine-EU, SciaticaRoutine-FE', '[4/5] Keep', '[5/5] Deploy the skill package']) {
      expect(text).toContain(step);
    }
    expect(text).toMatch(/ask deploy --profile default/);
    expect(text).toMatch(/cdk deploy SciaticaRoutine SciaticaRoutine-EU SciaticaRoutine-FE --parameters LogHashKey=\*\*\*\* /);
    expect(text).toContain("-c 'skillId=<skill ID from step 1>'");
    expect(text).toContain('bound to NA <SkillFunctionArn from step 3>, EU <SkillFunctionArn from step 3>, FE <SkillFunctionArn from step 3>');
  });

  it('after a deploy, shows only the steps a later run takes, with the real skill ID', async () => {
    await deploy(options());
    calls();
    printed = [];
    await deploy(options({ dryRun: true }));
    expect(calls()).toEqual([]);
    expect(printed.join('\n')).toContain(`[1/5] Create the skill: done, ${SKILL_ID}`);
    expect(printed.join('\n')).toContain(`skillId=${SKILL_ID}`);
  });
});

describe('a placeholder in the settings', () => {
  it('is refused before anything is created', async () => {
    await expect(deploy(options({}, { privacyPolicyUrl: 'https://example.com/privacy' }))).rejects.toThrow(/privacyPolicyUrl is a placeholder/);
    expect(calls()).toEqual([]);
  });
});

describe('destroy', () => {
  it("deletes the stacks of the deployed skill's regions, keeps the skill ID and the log key, forgets the functions", async () => {
    await deploy(options());
    const before = state();
    calls();
    await destroy(options());
    const [call] = calls();
    expect(call?.args.slice(0, 5)).toEqual(['destroy', ...STACKS, '--force']);
    expect(call?.args).toEqual(expect.arrayContaining([`skillId=${SKILL_ID}`]));
    expect(state()).toMatchObject({ skillId: SKILL_ID, logHashKey: before.logHashKey });
    expect(state().functionArn).toBeUndefined();
    expect(state().functionArns).toBeUndefined();
    expect(printed.join('\n')).toContain(`npx ask smapi delete-skill --skill-id ${SKILL_ID}`);
  });

  it('needs AWS credentials only, not ask-cli', async () => {
    rmSync(path.join(home, '.ask'), { recursive: true });
    await destroy(options());
    expect(calls().map(named)).toEqual(['cdk destroy']);
  });

  it('in a dry run prints the command and calls nothing', async () => {
    await destroy(options({ dryRun: true, yes: false }));
    expect(calls()).toEqual([]);
    expect(printed.join('\n')).toMatch(/cdk destroy SciaticaRoutine SciaticaRoutine-EU SciaticaRoutine-FE -c /);
  });
});
