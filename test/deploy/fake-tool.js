// A recording stand-in for ask-cli and the CDK CLI in deploy tests: `node fake-tool.js <ask|cdk> <args...>`.
// It appends each call (tool, arguments, working directory, region and profile) to $FAKE_TOOLS_LOG as a JSON line,
// and leaves behind what the real tool would: ask-cli's skill ID in .ask/ask-states.json, CDK's outputs file and
// the cloud assembly's template and source map. $FAKE_TOOLS_FAIL ("cdk deploy", "ask deploy") makes that call fail
// after recording it; with $FAKE_ASK_FAILS_AFTER_CREATE the failing ask deploy has already created the skill.
const fs = require('node:fs');
const path = require('node:path');

const [tool, ...args] = process.argv.slice(2);
const cwd = process.cwd();
const call = { tool, args, cwd, region: process.env.AWS_REGION, awsProfile: process.env.AWS_PROFILE };
const command = `${tool} ${args[0]}`;
const failing = process.env.FAKE_TOOLS_FAIL === command;

function option(name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function askDeploy() {
  const profile = option('--profile');
  const resources = JSON.parse(fs.readFileSync(path.join(cwd, 'ask-resources.json'), 'utf8'));
  const src = resources.profiles[profile].skillMetadata.src;
  call.manifest = JSON.parse(fs.readFileSync(path.join(cwd, src, 'skill.json'), 'utf8'));
  call.files = fs.readdirSync(path.join(cwd, src), { recursive: true }).map(String).sort();
  const statesFile = path.join(cwd, '.ask', 'ask-states.json');
  const states = fs.existsSync(statesFile) ? JSON.parse(fs.readFileSync(statesFile, 'utf8')) : { askcliStatesVersion: '2020-03-31', profiles: {} };
  call.skillIdBefore = states.profiles[profile]?.skillId ?? null;
  if (failing && !process.env.FAKE_ASK_FAILS_AFTER_CREATE) return;
  if (!call.skillIdBefore) {
    states.profiles[profile] = { ...states.profiles[profile], skillId: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555' };
    fs.mkdirSync(path.dirname(statesFile), { recursive: true });
    fs.writeFileSync(statesFile, JSON.stringify(states, null, 2));
  }
}

function cdkDeploy() {
  if (failing) return;
  const stack = args[1];
  const outputs = { [stack]: { SkillFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION}:111122223333:function:${stack}-SkillFunction-AbC123`, TableName: `${stack}-UserTable`, DashboardName: `${stack}-Dashboard` } };
  fs.writeFileSync(option('--outputs-file'), JSON.stringify(outputs));
  const asset = 'asset.0123abcd';
  fs.mkdirSync(path.join(cwd, 'cdk.out', asset), { recursive: true });
  fs.writeFileSync(path.join(cwd, 'cdk.out', asset, 'index.js.map'), JSON.stringify({ version: 3, sources: ['../../lambda/index.ts'], mappings: '' }));
  const template = { Resources: { SkillFunction: { Type: 'AWS::Lambda::Function', Metadata: { 'aws:asset:path': asset } } } };
  fs.writeFileSync(path.join(cwd, 'cdk.out', `${stack}.template.json`), JSON.stringify(template));
}

if (command === 'ask deploy') askDeploy();
if (command === 'cdk deploy') cdkDeploy();
fs.appendFileSync(process.env.FAKE_TOOLS_LOG, `${JSON.stringify(call)}\n`);
if (failing) process.exitCode = 1;
