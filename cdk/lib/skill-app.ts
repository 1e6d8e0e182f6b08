// Puts one skill stack per Alexa region into a CDK app and runs cdk-nag's AwsSolutions checks on them (any
// finding fails synth). Each stack has its own function and table, in the AWS region beside Alexa's endpoint.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readStackConfig, StackConfigError } from './config';
import { awsRegionOf, localesIn, type AlexaRegion } from './regions';
import { SkillStack } from './skill-stack';
import { validateAllLocales } from '../../content/validate';

/** The stack name of a region: North America keeps the plain name, so an earlier single-region deploy keeps its table. Pure. */
export const regionalStackName = (stackName: string, region: AlexaRegion): string => (region === 'NA' ? stackName : `${stackName}-${region}`);

/** Adds the checked skill stacks to `app`, one per region, configured from the app's context and `env`; throws StackConfigError. */
export function buildSkillApp(app: App, env: NodeJS.ProcessEnv = process.env): SkillStack[] {
  const config = readStackConfig((key) => app.node.tryGetContext(key), env);
  // The locale files go beside the bundle as they are: each is checked against the content schema first.
  validateAllLocales();
  const account = env.CDK_DEFAULT_ACCOUNT;
  const stacks = config.regions.map((region) => {
    const locales = localesIn(region, config.locales);
    return new SkillStack(app, regionalStackName(config.stackName, region), {
      env: { region: awsRegionOf(region), ...(account ? { account } : {}) },
      skillId: config.skillId,
      alexaRegion: region,
      ...(config.alarmTopicArn ? { alarmTopicArn: config.alarmTopicArn } : {}),
      reservedConcurrency: config.reservedConcurrency,
      maxReadUnits: config.maxReadUnits,
      maxWriteUnits: config.maxWriteUnits,
      description: `Sciatica Routine Alexa skill, ${region} endpoint (${locales.join(', ') || 'no locale'}): Lambda function, DynamoDB user table, Alexa trigger, alarms`,
    });
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stacks;
}

/** The CLI entry: a configuration error ends the run with its message alone, not a stack trace. */
export function runSkillApp(): void {
  try {
    buildSkillApp(new App());
  } catch (error) {
    if (!(error instanceof StackConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exitCode = 1;
  }
}
