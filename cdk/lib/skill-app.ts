// Puts the skill stack into a CDK app and runs cdk-nag's AwsSolutions checks on it (any finding fails synth).
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readStackConfig, StackConfigError } from './config';
import { SkillStack } from './skill-stack';

/** Adds the checked skill stack to `app`, configured from the app's context and `env`; throws StackConfigError. */
export function buildSkillApp(app: App, env: NodeJS.ProcessEnv = process.env): SkillStack {
  const config = readStackConfig((key) => app.node.tryGetContext(key), env);
  const stack = new SkillStack(app, config.stackName, {
    skillId: config.skillId,
    ...(config.alarmTopicArn ? { alarmTopicArn: config.alarmTopicArn } : {}),
    reservedConcurrency: config.reservedConcurrency,
    maxReadUnits: config.maxReadUnits,
    maxWriteUnits: config.maxWriteUnits,
    description: 'Sciatica Routine Alexa skill: Lambda function, DynamoDB user table, Alexa trigger, alarms',
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
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
