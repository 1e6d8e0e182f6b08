// The skill's back end: the Lambda function, its DynamoDB user table, the Alexa trigger, logs, alarms and dashboard.
import * as path from 'node:path';
import { CfnOutput, CfnParameter, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { LOG_KEY_MIN_LENGTH } from '../../lambda/logger';
import { PARTITION_KEY, TTL_ATTRIBUTE } from '../../lambda/persistence/table';
import { SkillAlarms } from './alarms';
import { assetCopyCommands, lazyModuleCommands, copyLocalesCommands, findProjectRoot, LAMBDA_BUNDLE, LAMBDA_NODE_OPTIONS } from './bundle';
import { LOG_HASH_KEY_PARAMETER, STACK_DEFAULTS } from './config';
import { SkillDashboard } from './dashboard';
import type { AlexaRegion } from './regions';

/**
 * The item operations the function may perform on its table, and no others: the adapter gets, puts (conditional
 * writes) and, on SkillDisabled, deletes a user's record. No UpdateItem: the adapter never uses it.
 */
export const TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'] as const;

/** How long the function's logs are kept (PRIVACY.md says so). */
export const LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

/** The stack's inputs (see config.ts for where they come from). */
export interface SkillStackProps extends StackProps {
  /** The Alexa skill allowed to invoke the function, and that the function accepts requests from. */
  readonly skillId: string;
  /** An existing SNS topic for alarm notifications. */
  readonly alarmTopicArn?: string;
  /** The Alexa endpoint region this stack serves (NA when omitted): it names the output the manifest needs. */
  readonly alexaRegion?: AlexaRegion;
  /** Where package.json and lambda/ live; found from the working directory when omitted. */
  readonly projectRoot?: string;
  /** Requests the function may run at once, or 'off' to reserve none (default STACK_DEFAULTS). */
  readonly reservedConcurrency?: number | 'off';
  /** The table's on-demand ceilings, in read and write request units a second (default STACK_DEFAULTS). */
  readonly maxReadUnits?: number;
  readonly maxWriteUnits?: number;
}

/**
 * The skill's back end in one AWS region. No physical names, so two stacks (staging, production, or two
 * regions) fit in one account; each region's function reaches only its own table.
 */
export class SkillStack extends Stack {
  readonly table: dynamodb.Table;
  readonly fn: nodejs.NodejsFunction;
  readonly alarms: SkillAlarms;

  constructor(scope: Construct, id: string, props: SkillStackProps) {
    super(scope, id, props);
    const projectRoot = props.projectRoot ?? findProjectRoot();

    // The users' places and progress: retained when the stack is deleted, so a teardown never loses user data.
    this.table = new dynamodb.Table(this, 'UserTable', {
      partitionKey: { name: PARTITION_KEY, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // On-demand with a ceiling: past it DynamoDB throttles (the user hears that progress may not be saved)
      // instead of billing without limit.
      maxReadRequestUnits: props.maxReadUnits ?? STACK_DEFAULTS.maxReadUnits,
      maxWriteRequestUnits: props.maxWriteUnits ?? STACK_DEFAULTS.maxWriteUnits,
    });

    // Operational logs only (no user IDs are logged), so they go with the stack.
    const logGroup = new logs.LogGroup(this, 'FunctionLogs', {
      retention: LOG_RETENTION,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An environment variable read once at cold start: no call to SSM or Secrets Manager on the way to the first
    // answer. Lambda encrypts it at rest; whoever may read the function's configuration may read the key.
    const logHashKey = new CfnParameter(this, LOG_HASH_KEY_PARAMETER, {
      type: 'String',
      noEcho: true,
      minLength: LOG_KEY_MIN_LENGTH,
      description: 'Secret that keys the user and session tags in the logs (HMAC); made and kept by npm run deploy',
    });

    // Our own role instead of the AWSLambdaBasicExecutionRole managed policy, which may write to every log group.
    const role = new iam.Role(this, 'FunctionRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Sciatica Routine skill function: its own log group and item access to its user table',
    });
    logGroup.grantWrite(role);

    const reserved = props.reservedConcurrency ?? STACK_DEFAULTS.reservedConcurrency;
    this.fn = new nodejs.NodejsFunction(this, 'SkillFunction', {
      entry: path.join(projectRoot, LAMBDA_BUNDLE.entry),
      handler: LAMBDA_BUNDLE.handler,
      projectRoot,
      depsLockFilePath: path.join(projectRoot, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      // Alexa waits about 8 s for an answer. 512 MB buys the CPU for a cold start (module load and the first
      // DynamoDB call) in well under a second; a 7 s timeout ends a stuck call before Alexa gives up, so it is
      // logged and counted as an error instead of running on after nobody listens.
      memorySize: 512,
      timeout: Duration.seconds(7),
      // A ceiling on instances at once: a flood of requests is throttled (and alarmed) instead of scaling the bill.
      ...(reserved === 'off' ? {} : { reservedConcurrentExecutions: reserved }),
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      environment: {
        TABLE_NAME: this.table.tableName,
        SKILL_ID: props.skillId,
        LOG_HASH_KEY: logHashKey.valueAsString,
        // The logs' `service` key and the metrics' `service` dimension: each stack's own.
        POWERTOOLS_SERVICE_NAME: this.stackName,
        ...(LAMBDA_NODE_OPTIONS.length > 0 ? { NODE_OPTIONS: LAMBDA_NODE_OPTIONS.join(' ') } : {}),
      },
      bundling: {
        forceDockerBundling: false,
        format: nodejs.OutputFormat.CJS,
        target: LAMBDA_BUNDLE.target,
        minify: LAMBDA_BUNDLE.minify,
        // The map ships beside index.js for `npm run symbolicate`; Node does not read it (see LAMBDA_NODE_OPTIONS).
        sourceMap: LAMBDA_BUNDLE.sourceMap,
        sourcesContent: LAMBDA_BUNDLE.sourcesContent,
        // The runtime ships an AWS SDK v3, but its version moves under us; bundling pins the one we test.
        bundleAwsSDK: true,
        // The screen code is required by path when a screen device asks, from its own file (see lazyModuleCommands).
        externalModules: LAMBDA_BUNDLE.lazyModules.map((m) => m.require),
        // The pose pictures and each locale's words go beside the bundle, read when first needed.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => [
            ...assetCopyCommands(inputDir, outputDir),
            ...copyLocalesCommands(inputDir, outputDir),
            ...lazyModuleCommands(inputDir, outputDir),
          ],
        },
      },
    });
    this.table.grant(this.fn, ...TABLE_ACTIONS);

    // The Alexa Skills Kit trigger: only this skill may invoke the function.
    this.fn.addPermission('AlexaSkillsKitTrigger', {
      principal: new iam.ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });

    this.alarms = new SkillAlarms(this, 'Alarms', {
      fn: this.fn,
      service: this.stackName,
      ...(props.alarmTopicArn ? { alarmTopicArn: props.alarmTopicArn } : {}),
    });
    const { dashboard } = new SkillDashboard(this, 'Dashboard', { fn: this.fn, service: this.stackName, alarms: this.alarms.all() });

    const region = props.alexaRegion ?? 'NA';
    new CfnOutput(this, 'SkillFunctionArn', {
      value: this.fn.functionArn,
      description: `The ${region} endpoint of the skill; npm run deploy writes it into the manifest it deploys (apis.custom.regions.${region}, events.regions.${region})`,
    });
    new CfnOutput(this, 'AlexaRegion', { value: region, description: 'The Alexa endpoint region this stack serves' });
    new CfnOutput(this, 'TableName', { value: this.table.tableName, description: 'The DynamoDB table of user records' });
    new CfnOutput(this, 'DashboardName', { value: dashboard.dashboardName, description: 'The CloudWatch dashboard of the skill' });
  }
}
