import { App } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import cdkJson from '../../cdk.json';
import { PLACEHOLDER_SKILL_ID } from '../../cdk/lib/config';
import { buildSkillApp } from '../../cdk/lib/skill-app';

// The CLI's feature flags, a placeholder skill ID, and no bundling: the checks read the template, not the code.
const context = { ...cdkJson.context, skillId: PLACEHOLDER_SKILL_ID, 'aws:cdk:bundling-stacks': [] };

describe('the skill app under cdk-nag AwsSolutions checks', () => {
  const app = new App({ context });
  buildSkillApp(app, {});

  it('synthesizes: no finding, error or warning, is left unacknowledged', () => {
    expect(() => app.synth()).not.toThrow();
  });

  it('lists no unacknowledged finding when checked directly', () => {
    const findings = new AwsSolutionsChecks().validateScope(app).violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath ?? '?'}`),
    );
    expect(findings).toEqual([]);
  });
});

describe('buildSkillApp', () => {
  it('registers the checks, so a finding fails synthesis', () => {
    const app = new App({ context });
    const [stack] = buildSkillApp(app, {});
    new dynamodb.Table(stack!, 'WithoutRecovery', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
    expect(() => app.synth()).toThrow(/AwsSolutions-DDB3/);
  });
});
