// One stack per Alexa region: each in the AWS region beside Alexa's endpoint, with its own function and table,
// and no access to another region's data. Read from the synthesized templates, one region at a time.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import cdkJson from '../../cdk.json';
import { copyLocalesCommands, findProjectRoot } from '../../cdk/lib/bundle';
import { PLACEHOLDER_SKILL_ID } from '../../cdk/lib/config';
import { ALEXA_REGIONS, REGION_ORDER, RegionError, localesIn, regionOf, regionsFor, type AlexaRegion } from '../../cdk/lib/regions';
import { buildSkillApp } from '../../cdk/lib/skill-app';
import { LOCALES } from '../../content';

describe('the Alexa regions', () => {
  it('serve every locale of the skill from exactly one region', () => {
    for (const locale of LOCALES) {
      expect({ locale, regions: REGION_ORDER.filter((r) => (ALEXA_REGIONS[r].locales as readonly string[]).includes(locale)) }).toEqual({ locale, regions: [regionOf(locale)] });
    }
  });

  it.each([
    ['en-US', 'NA'], ['en-CA', 'NA'], ['en-GB', 'EU'], ['en-IN', 'EU'], ['en-AU', 'FE'],
  ])('serves %s from %s', (locale, region) => {
    expect(regionOf(locale)).toBe(region);
  });

  it('puts each region beside its Alexa endpoint: North America in us-east-1, Europe and India in eu-west-1, the Far East in us-west-2', () => {
    expect(REGION_ORDER.map((r) => [r, ALEXA_REGIONS[r].awsRegion])).toEqual([['NA', 'us-east-1'], ['EU', 'eu-west-1'], ['FE', 'us-west-2']]);
  });

  it('needs the regions of the locales, each once, North America first', () => {
    expect(regionsFor(['en-AU', 'en-GB', 'en-US', 'en-CA'])).toEqual(['NA', 'EU', 'FE']);
    expect(regionsFor(['en-IN'])).toEqual(['EU']);
    expect(regionsFor([])).toEqual([]);
  });

  it('refuses a locale the skill does not speak', () => {
    expect(() => regionsFor(['en-US', 'ja-JP'])).toThrow(RegionError);
  });

  it('lists the chosen locales a region serves', () => {
    expect(localesIn('EU', ['en-US', 'en-GB', 'en-IN'])).toEqual(['en-GB', 'en-IN']);
  });
});

// Every region's stack, synthesized once, without bundling: these tests read templates, not code.
const app = new App({ context: { ...cdkJson.context, skillId: PLACEHOLDER_SKILL_ID, 'aws:cdk:bundling-stacks': [] } });
const stacks = buildSkillApp(app, {});
const byRegion = (region: AlexaRegion) => {
  const stack = stacks.find((s) => s.region === ALEXA_REGIONS[region].awsRegion);
  if (!stack) throw new Error(`no stack for ${region}`);
  return { stack, template: Template.fromStack(stack) };
};

describe.each(REGION_ORDER)('the %s stack', (region) => {
  const { stack, template } = byRegion(region);
  const tableId = stack.getLogicalId(stack.table.node.defaultChild as CfnElement);
  const functionId = stack.getLogicalId(stack.fn.node.defaultChild as CfnElement);

  it(`is deployed to ${ALEXA_REGIONS[region].awsRegion}`, () => {
    expect(stack.region).toBe(ALEXA_REGIONS[region].awsRegion);
  });

  it('has its own function and its own retained table', () => {
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
  });

  it('gives its function the name of its own table, and access to no other', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ TABLE_NAME: { Ref: tableId } }) } });
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const dynamo = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.map((s) => s.Resource)).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
  });

  it('lets only the skill invoke its function', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'alexa-appkit.amazon.com', EventSourceToken: PLACEHOLDER_SKILL_ID, FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] } });
  });

  it(`outputs its function ARN for the manifest's ${region} endpoint`, () => {
    template.hasOutput('SkillFunctionArn', { Value: { 'Fn::GetAtt': [functionId, 'Arn'] } });
    template.hasOutput('AlexaRegion', { Value: region });
  });
});

describe('the locale files at bundling', () => {
  it('are copied beside the bundle by the bundling hook', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-hook-'));
    try {
      for (const command of copyLocalesCommands(findProjectRoot(), out)) execFileSync('sh', ['-c', command]);
      expect(fs.readdirSync(path.join(out, 'locales')).sort()).toEqual(LOCALES.map((l) => `${l}.json`).sort());
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
