// CloudWatch alarms: the function failing, throttled or close to Alexa's deadline, saves refused, and responses
// that Alexa rejected.
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { METRIC } from '../../lambda/metrics';
import { skillMetric } from './skill-metrics';

/** Alexa gives up after about 8 s; a request slower than this is one cold start away from silence. */
export const DURATION_ALARM_MS = 6000;

/** What the alarms watch and whom they tell. */
export interface SkillAlarmsProps {
  readonly fn: lambda.IFunction;
  /** The service name of the skill's metrics (the stack name). */
  readonly service: string;
  /** An existing SNS topic (on-call, e-mail) to notify; without it the alarms only show in the console. */
  readonly alarmTopicArn?: string;
}

/** Five alarms; no traffic counts as healthy, so an idle skill stays green. */
export class SkillAlarms extends Construct {
  readonly errors: cloudwatch.Alarm;
  readonly throttles: cloudwatch.Alarm;
  readonly duration: cloudwatch.Alarm;
  readonly saveFailures: cloudwatch.Alarm;
  readonly responseErrors: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const period = Duration.minutes(5);
    const common = {
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    };
    this.errors = props.fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }).createAlarm(this, 'Errors', {
      ...common,
      threshold: 1,
      alarmDescription: 'The skill function failed (an uncaught error or a timeout): the user heard nothing useful.',
    });
    this.throttles = props.fn.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }).createAlarm(this, 'Throttles', {
      ...common,
      threshold: 1,
      alarmDescription: 'Lambda throttled the skill function: requests were refused (its reserved concurrency, or the account limit, was reached).',
    });
    // Maximum, not p99: at a voice skill's volume they are nearly the same, and every slow answer is heard.
    this.duration = props.fn.metricDuration({ period, statistic: cloudwatch.Stats.MAXIMUM }).createAlarm(this, 'Duration', {
      ...common,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      threshold: DURATION_ALARM_MS,
      alarmDescription: `A request took over ${DURATION_ALARM_MS} ms; Alexa abandons a skill that does not answer in about 8 s.`,
    });
    this.saveFailures = skillMetric(METRIC.SAVE_FAILED, props.service, period).createAlarm(this, 'SaveFailures', {
      ...common,
      threshold: 1,
      alarmDescription: 'A turn could not save the user\'s place or progress (DynamoDB refused or failed); the user heard a warning.',
    });
    this.responseErrors = skillMetric(METRIC.RESPONSE_ERROR, props.service, period).createAlarm(this, 'ResponseErrors', {
      ...common,
      threshold: 1,
      alarmDescription: 'Alexa rejected a response of the skill and ended the session (SessionEndedRequest reason ERROR); see the error log line.',
    });
    if (props.alarmTopicArn) {
      const action = new actions.SnsAction(sns.Topic.fromTopicArn(this, 'Topic', props.alarmTopicArn));
      for (const alarm of this.all()) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }
  }

  /** Every alarm, for notification and the dashboard. */
  all(): cloudwatch.Alarm[] {
    return [this.errors, this.throttles, this.duration, this.saveFailures, this.responseErrors];
  }
}
