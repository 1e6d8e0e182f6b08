// The skill's own metrics (EMF lines written by the function through Powertools) as CloudWatch metrics.
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { METRICS_NAMESPACE, SERVICE_DIMENSION, type MetricName } from '../../lambda/metrics';

/** The sum of one of the skill's counts over `period`, for the deployment whose service name is `service`. */
export function skillMetric(name: MetricName, service: string, period: Duration = Duration.minutes(5)): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: METRICS_NAMESPACE,
    metricName: name,
    dimensionsMap: { [SERVICE_DIMENSION]: service },
    statistic: cloudwatch.Stats.SUM,
    period,
  });
}
