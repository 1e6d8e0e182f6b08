import { App, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import cdkJson from '../../cdk.json';
import { LOG_HASH_KEY_PARAMETER, PLACEHOLDER_SKILL_ID } from '../../cdk/lib/config';
import { SkillStack } from '../../cdk/lib/skill-stack';
import { PARTITION_KEY, TTL_ATTRIBUTE } from '../../lambda/persistence/table';

const TOPIC_ARN = 'arn:aws:sns:eu-west-1:123456789012:on-call';

// Synthesized once for the file, with the CLI's feature flags; bundling is skipped because this file reads
// the template, not the code.
const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
const stack = new SkillStack(app, 'SkillStackUnderTest', { skillId: PLACEHOLDER_SKILL_ID, alarmTopicArn: TOPIC_ARN });
const template = Template.fromStack(stack);
const tableId = stack.getLogicalId(stack.table.node.defaultChild as CfnElement);
const functionId = stack.getLogicalId(stack.fn.node.defaultChild as CfnElement);
const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };

function alarmOn(metricName: string): Record<string, unknown> {
  return { Namespace: 'AWS/Lambda', MetricName: metricName, Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }] };
}

describe('the skill function', () => {
  it('runs on nodejs24.x', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs24.x' });
  });

  it('runs on arm64', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Architectures: ['arm64'] });
  });

  it('has 512 MB and times out at 7 s, before Alexa gives up at 8 s', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { MemorySize: 512, Timeout: 7 });
  });

  it('receives the table name and the skill ID', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TABLE_NAME: { Ref: tableId }, SKILL_ID: PLACEHOLDER_SKILL_ID }) },
    });
  });

  it('receives the log key from a NoEcho stack parameter of at least 32 characters', () => {
    template.hasParameter(LOG_HASH_KEY_PARAMETER, { Type: 'String', NoEcho: true, MinLength: 32 });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ LOG_HASH_KEY: { Ref: LOG_HASH_KEY_PARAMETER } }) },
    });
  });

  it('names its logs and metrics after the stack, so two stacks keep theirs apart', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'SkillStackUnderTest' }) },
    });
  });

  it('does not parse its source map at cold start (it costs more than 5% of init; see npm run bench)', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ NODE_OPTIONS: Match.absent() }) },
    });
  });

  it('logs JSON at INFO level', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO' }),
    });
  });

  it('runs at most 10 requests at once by default', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 10 });
  });

  it('logs to the stack log group', () => {
    const logGroupId = Object.keys(template.findResources('AWS::Logs::LogGroup'))[0];
    template.hasResourceProperties('AWS::Lambda::Function', { LoggingConfig: Match.objectLike({ LogGroup: { Ref: logGroupId } }) });
  });
});

describe('the Alexa Skills Kit trigger', () => {
  it('lets only the skill with the given ID invoke the function', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: PLACEHOLDER_SKILL_ID,
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
  });

  it('is the only invoke permission', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 1);
  });
});

describe('the user table', () => {
  it('is keyed by the adapter partition key, a string', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: PARTITION_KEY, KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: PARTITION_KEY, AttributeType: 'S' }],
    });
  });

  it('bills on demand', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST' });
  });

  it('reads at most 100 request units a second by default', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { OnDemandThroughput: Match.objectLike({ MaxReadRequestUnits: 100 }) });
  });

  it('writes at most 300 request units a second by default', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { OnDemandThroughput: Match.objectLike({ MaxWriteRequestUnits: 300 }) });
  });

  it('has point-in-time recovery', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('expires records on the attribute the adapter writes', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    });
  });

  it('is encrypted with a KMS key', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true } });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('is protected against deletion', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
  });

  it('has no physical name', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { TableName: Match.absent() });
  });
});

describe('the function permissions', () => {
  type Statement = { Action: string | string[]; Resource: unknown };
  const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement as Statement[],
  );
  const listOf = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
  const dynamoStatements = statements.filter((statement) => listOf(statement.Action).some((action) => action.startsWith('dynamodb:')));

  it('allow exactly get, put, update and delete item, and no other DynamoDB action', () => {
    const actions = dynamoStatements.flatMap((statement) => listOf(statement.Action));
    expect(actions.sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem']);
  });

  it('allow DynamoDB access to the user table only', () => {
    expect(dynamoStatements.flatMap((statement) => listOf(statement.Resource))).toEqual([tableArn]);
  });

  it('come from no managed policy', () => {
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });
});

describe('operations', () => {
  it('keeps the function logs for 30 days', () => {
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('alarms on any function error', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { ...alarmOn('Errors'), Statistic: 'Sum', Threshold: 1 });
  });

  it('alarms on any throttle', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { ...alarmOn('Throttles'), Statistic: 'Sum', Threshold: 1 });
  });

  it('alarms on a request slower than 6 s', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...alarmOn('Duration'),
      Statistic: 'Maximum',
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 6000,
    });
  });

  it('notifies the alarm topic from every alarm', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.map((alarm) => alarm.Properties.AlarmActions)).toEqual(alarms.map(() => [TOPIC_ARN]));
    expect(alarms).toHaveLength(5);
  });

  it('outputs the function ARN', () => {
    template.hasOutput('SkillFunctionArn', { Value: { 'Fn::GetAtt': [functionId, 'Arn'] } });
  });
});

describe('the caps, when set', () => {
  const capped = new SkillStack(new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } }), 'CappedStack', {
    skillId: PLACEHOLDER_SKILL_ID,
    reservedConcurrency: 'off',
    maxReadUnits: 40,
    maxWriteUnits: 80,
  });
  const cappedTemplate = Template.fromStack(capped);

  it('reserve no concurrency when reservedConcurrency is off', () => {
    cappedTemplate.hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: Match.absent() });
  });

  it('set the table read ceiling given', () => {
    cappedTemplate.hasResourceProperties('AWS::DynamoDB::Table', { OnDemandThroughput: Match.objectLike({ MaxReadRequestUnits: 40 }) });
  });

  it('set the table write ceiling given', () => {
    cappedTemplate.hasResourceProperties('AWS::DynamoDB::Table', { OnDemandThroughput: Match.objectLike({ MaxWriteRequestUnits: 80 }) });
  });
});
