import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import cdkJson from '../../cdk.json';
import { PLACEHOLDER_SKILL_ID } from '../../cdk/lib/config';
import { SkillStack } from '../../cdk/lib/skill-stack';
import { METRIC, METRICS_NAMESPACE } from '../../lambda/metrics';

// Synthesized once for the file, with the CLI's feature flags; no bundling: this file reads the template.
const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
const stack = new SkillStack(app, 'DashboardUnderTest', { skillId: PLACEHOLDER_SKILL_ID });
const template = Template.fromStack(stack);
const functionId = stack.getLogicalId(stack.fn.node.defaultChild as CfnElement);

type Widget = { type: string; properties: { title: string; metrics?: unknown[][]; alarms?: string[] } };

/** The dashboard body as JSON, each CloudFormation reference written as `<ref:LogicalId>` (or the pseudo parameter). */
function dashboardBody(): { widgets: Widget[] } {
  const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
  expect(dashboards).toHaveLength(1);
  const [, parts] = (dashboards[0]?.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const ref = (part as { Ref?: string }).Ref ?? (part as { 'Fn::GetAtt'?: string[] })['Fn::GetAtt']?.[0];
      return `<ref:${ref ?? '?'}>`;
    })
    .join('');
  return JSON.parse(text) as { widgets: Widget[] };
}

const widgets = dashboardBody().widgets;
const metricsOf = (title: string): unknown[][] => widgets.find((w) => w.properties.title === title)?.properties.metrics ?? [];
const skillMetric = (name: string): unknown[] => [METRICS_NAMESPACE, name, 'service', 'DashboardUnderTest'];
const lambdaMetric = (name: string): unknown[] => ['AWS/Lambda', name, 'FunctionName', `<ref:${functionId}>`];

describe('the skill dashboard', () => {
  it('shows routines started and finished, of this stack only', () => {
    expect(metricsOf('Routines (per hour)').map((m) => m.slice(0, 4))).toEqual([skillMetric(METRIC.ROUTINE_STARTED), skillMetric(METRIC.ROUTINE_FINISHED)]);
  });

  it('shows pain and injury reports, warning-sign answers and fallbacks', () => {
    expect(metricsOf('Safety and understanding (per hour)').map((m) => m.slice(0, 4))).toEqual([
      skillMetric(METRIC.PAIN_REPORT),
      skillMetric(METRIC.INJURY_REPORT),
      skillMetric(METRIC.WARNING_SIGN),
      skillMetric(METRIC.FALLBACK),
    ]);
  });

  it('shows failed saves, rejected responses, function errors and throttles', () => {
    expect(metricsOf('Problems (per 5 minutes)').map((m) => m.slice(0, 4))).toEqual([
      skillMetric(METRIC.SAVE_FAILED),
      skillMetric(METRIC.RESPONSE_ERROR),
      lambdaMetric('Errors'),
      lambdaMetric('Throttles'),
    ]);
  });

  it('shows answer time at p50, p99 and maximum, and the number of requests', () => {
    const metrics = metricsOf('Answer time (ms) and requests');
    expect(metrics.map((m) => [...m.slice(0, 4), (m[4] as { stat: string }).stat])).toEqual([
      [...lambdaMetric('Duration'), 'p50'],
      [...lambdaMetric('Duration'), 'p99'],
      [...lambdaMetric('Duration'), 'Maximum'],
      [...lambdaMetric('Invocations'), 'Sum'],
    ]);
  });

  it('shows the state of every alarm of the stack', () => {
    const shown = widgets.find((w) => w.type === 'alarm')?.properties.alarms ?? [];
    expect(shown).toHaveLength(Object.keys(template.findResources('AWS::CloudWatch::Alarm')).length);
    expect(shown).toHaveLength(5);
  });

  it('outputs the dashboard name', () => {
    template.hasOutput('DashboardName', {});
  });
});

describe('the alarms on the skill metrics', () => {
  const alarmOn = (name: string): Record<string, unknown> => ({
    Namespace: METRICS_NAMESPACE,
    MetricName: name,
    Dimensions: [{ Name: 'service', Value: 'DashboardUnderTest' }],
    Statistic: 'Sum',
    Period: 300,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    TreatMissingData: 'notBreaching',
  });

  it('alarms on any failed save', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', alarmOn(METRIC.SAVE_FAILED));
  });

  it('alarms on any response that Alexa rejected', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', alarmOn(METRIC.RESPONSE_ERROR));
  });
});
