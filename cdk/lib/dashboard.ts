// One CloudWatch dashboard for the skill: what users do, what went wrong, how fast it answers, and the alarms.
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { METRIC } from '../../lambda/metrics';
import { skillMetric } from './skill-metrics';

/** What the dashboard shows. */
export interface SkillDashboardProps {
  readonly fn: lambda.IFunction;
  /** The service name of the skill's metrics (the stack name). */
  readonly service: string;
  readonly alarms: readonly cloudwatch.IAlarm[];
}

/** Hourly sums read well at a voice skill's volume; problems and latency keep five-minute detail. */
const HOUR = Duration.hours(1);
const FIVE_MINUTES = Duration.minutes(5);

/** The dashboard; no physical name, so each stack gets its own. */
export class SkillDashboard extends Construct {
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: SkillDashboardProps) {
    super(scope, id);
    const { fn, service } = props;
    const count = (name: (typeof METRIC)[keyof typeof METRIC], period: Duration, label: string): cloudwatch.Metric =>
      skillMetric(name, service, period).with({ label });
    const latency = (statistic: string, label: string): cloudwatch.Metric => fn.metricDuration({ statistic, period: FIVE_MINUTES, label });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
      widgets: [
        [
          new cloudwatch.GraphWidget({
            title: 'Routines (per hour)',
            width: 12,
            left: [count(METRIC.ROUTINE_STARTED, HOUR, 'started'), count(METRIC.ROUTINE_FINISHED, HOUR, 'finished')],
          }),
          new cloudwatch.GraphWidget({
            title: 'Safety and understanding (per hour)',
            width: 12,
            left: [
              count(METRIC.PAIN_REPORT, HOUR, 'pain reports'),
              count(METRIC.INJURY_REPORT, HOUR, 'injury reports'),
              count(METRIC.WARNING_SIGN, HOUR, 'warning-sign answers'),
              count(METRIC.FALLBACK, HOUR, 'not understood (fallback)'),
            ],
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Problems (per 5 minutes)',
            width: 12,
            left: [
              count(METRIC.SAVE_FAILED, FIVE_MINUTES, 'saves failed'),
              count(METRIC.RESPONSE_ERROR, FIVE_MINUTES, 'responses Alexa rejected'),
              fn.metricErrors({ statistic: cloudwatch.Stats.SUM, period: FIVE_MINUTES, label: 'function errors' }),
              fn.metricThrottles({ statistic: cloudwatch.Stats.SUM, period: FIVE_MINUTES, label: 'throttles' }),
            ],
          }),
          new cloudwatch.GraphWidget({
            title: 'Answer time (ms) and requests',
            width: 12,
            left: [latency(cloudwatch.Stats.p(50), 'p50'), latency(cloudwatch.Stats.p(99), 'p99'), latency(cloudwatch.Stats.MAXIMUM, 'max')],
            right: [fn.metricInvocations({ statistic: cloudwatch.Stats.SUM, period: FIVE_MINUTES, label: 'requests' })],
          }),
        ],
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', width: 24, alarms: [...props.alarms] })],
      ],
    });
  }
}
