import { App } from 'aws-cdk-lib';
import { DEFAULT_STACK_NAME, PLACEHOLDER_SKILL_ID, readStackConfig, STACK_DEFAULTS, StackConfigError } from '../../cdk/lib/config';
import { buildSkillApp } from '../../cdk/lib/skill-app';
import { LOCALES } from '../../content';

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const noContext = (): undefined => undefined;
const context = (values: Record<string, string>) => (key: string) => values[key];

describe('readStackConfig', () => {
  it('throws a StackConfigError when no skill ID is given', () => {
    expect(() => readStackConfig(noContext, {})).toThrow(StackConfigError);
  });

  it('says how to pass the skill ID when it is missing', () => {
    expect(() => readStackConfig(noContext, {})).toThrow(/-c skillId=amzn1\.ask\.skill\..*SKILL_ID=/);
  });

  it('treats an empty skill ID as missing', () => {
    expect(() => readStackConfig(context({ skillId: '' }), { SKILL_ID: '' })).toThrow(/No Alexa skill ID/);
  });

  it('rejects a skill ID that is not an Alexa skill ID', () => {
    expect(() => readStackConfig(context({ skillId: 'my-skill' }), {})).toThrow(/Invalid skillId/);
  });

  it('uses the placeholder skill ID when allowed and none is given', () => {
    expect(readStackConfig(context({ allowPlaceholderSkillId: 'true' }), {}).skillId).toBe(PLACEHOLDER_SKILL_ID);
  });

  it('prefers a given skill ID over the allowed placeholder', () => {
    expect(readStackConfig(context({ allowPlaceholderSkillId: 'true' }), { SKILL_ID }).skillId).toBe(SKILL_ID);
  });

  it('reads the skill ID from SKILL_ID', () => {
    expect(readStackConfig(noContext, { SKILL_ID }).skillId).toBe(SKILL_ID);
  });

  it('prefers the context over the environment', () => {
    expect(readStackConfig(context({ skillId: SKILL_ID }), { SKILL_ID: PLACEHOLDER_SKILL_ID }).skillId).toBe(SKILL_ID);
  });

  it('names the stack SciaticaRoutine by default', () => {
    expect(readStackConfig(noContext, { SKILL_ID }).stackName).toBe(DEFAULT_STACK_NAME);
  });

  it('reads the stack name from STACK_NAME', () => {
    expect(readStackConfig(noContext, { SKILL_ID, STACK_NAME: 'SciaticaStaging' }).stackName).toBe('SciaticaStaging');
  });

  it('rejects a stack name CloudFormation would refuse', () => {
    expect(() => readStackConfig(context({ skillId: SKILL_ID, stackName: 'my_stack' }), {})).toThrow(/Invalid stackName/);
  });

  it('reads an optional alarm topic ARN', () => {
    const arn = 'arn:aws:sns:eu-west-1:123456789012:on-call';
    expect(readStackConfig(noContext, { SKILL_ID, ALARM_TOPIC_ARN: arn }).alarmTopicArn).toBe(arn);
  });
});

describe('readStackConfig: locales and regions', () => {
  it('offers every locale of the skill, and deploys the regions they need, by default', () => {
    const config = readStackConfig(noContext, { SKILL_ID });
    expect(config.locales).toEqual([...LOCALES]);
    expect(config.regions).toEqual(['NA', 'EU', 'FE']);
  });

  it('deploys only the regions the chosen locales need', () => {
    expect(readStackConfig(context({ locales: 'en-GB, en-IN' }), { SKILL_ID }).regions).toEqual(['EU']);
    expect(readStackConfig(noContext, { SKILL_ID, SKILL_LOCALES: 'en-US,en-AU' }).regions).toEqual(['NA', 'FE']);
  });

  it('rejects a locale the skill does not speak, naming the setting', () => {
    expect(() => readStackConfig(context({ locales: 'en-US,it-IT' }), { SKILL_ID })).toThrow(/Invalid locales/);
  });

  it('accepts regions that cover the locales, and deploys the ones given', () => {
    expect(readStackConfig(context({ locales: 'en-US', regions: 'NA,EU' }), { SKILL_ID }).regions).toEqual(['NA', 'EU']);
  });

  it('refuses regions that leave out a region a locale needs, and names it', () => {
    expect(() => readStackConfig(context({ locales: 'en-US,en-AU', regions: 'NA' }), { SKILL_ID })).toThrow(/need the region\(s\) FE/);
  });

  it('rejects a region that is not an Alexa region', () => {
    expect(() => readStackConfig(context({ regions: 'NA,SA' }), { SKILL_ID })).toThrow(/Invalid regions/);
  });
});

describe('readStackConfig caps', () => {
  it('uses the default caps when none are given', () => {
    expect(readStackConfig(noContext, { SKILL_ID })).toMatchObject(STACK_DEFAULTS);
  });

  it('reads the reserved concurrency from the context', () => {
    expect(readStackConfig(context({ skillId: SKILL_ID, reservedConcurrency: '25' }), {}).reservedConcurrency).toBe(25);
  });

  it('reads the reserved concurrency from RESERVED_CONCURRENCY', () => {
    expect(readStackConfig(noContext, { SKILL_ID, RESERVED_CONCURRENCY: '5' }).reservedConcurrency).toBe(5);
  });

  it('reserves none when told off', () => {
    expect(readStackConfig(noContext, { SKILL_ID, RESERVED_CONCURRENCY: 'off' }).reservedConcurrency).toBe('off');
  });

  it.each(['0', 'many', '2.5'])('rejects a reserved concurrency of %s', (value) => {
    expect(() => readStackConfig(noContext, { SKILL_ID, RESERVED_CONCURRENCY: value })).toThrow(/Invalid reservedConcurrency/);
  });

  it('reads the table ceilings from MAX_READ_UNITS and MAX_WRITE_UNITS', () => {
    expect(readStackConfig(noContext, { SKILL_ID, MAX_READ_UNITS: '50', MAX_WRITE_UNITS: '75' })).toMatchObject({ maxReadUnits: 50, maxWriteUnits: 75 });
  });

  it('rejects a table ceiling below 1', () => {
    expect(() => readStackConfig(context({ skillId: SKILL_ID, maxWriteUnits: '0' }), {})).toThrow(/Invalid maxWriteUnits/);
  });
});

describe('buildSkillApp', () => {
  const noBundling = { 'aws:cdk:bundling-stacks': [] };

  it('refuses to build the app without a skill ID', () => {
    expect(() => buildSkillApp(new App(), {})).toThrow(StackConfigError);
  });

  it('builds one stack per region, North America under the plain stack name, in the AWS region of each endpoint', () => {
    const app = new App({ context: { skillId: SKILL_ID, stackName: 'SciaticaStaging', ...noBundling } });
    expect(buildSkillApp(app, {}).map((s) => [s.stackName, s.region])).toEqual([
      ['SciaticaStaging', 'us-east-1'],
      ['SciaticaStaging-EU', 'eu-west-1'],
      ['SciaticaStaging-FE', 'us-west-2'],
    ]);
  });

  it('builds only the stacks of the chosen locales', () => {
    const app = new App({ context: { skillId: SKILL_ID, locales: 'en-GB', ...noBundling } });
    expect(buildSkillApp(app, {}).map((s) => s.stackName)).toEqual(['SciaticaRoutine-EU']);
  });
});
