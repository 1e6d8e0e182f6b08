// The logging and metrics ports as Lambda runs them: Powertools Logger (JSON lines) and Metrics (Embedded Metric Format).
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import * as z from 'zod/mini';
import type { AppLogger } from './logger';
import { METRICS_NAMESPACE, type AppMetrics } from './metrics';

/** The ports, and the two calls around each invocation. */
export interface Observability {
  readonly logger: AppLogger;
  readonly metrics: AppMetrics;
  /** Adds the Lambda context (function request id, cold start) to the log lines of this invocation. */
  begin(context: unknown): void;
  /** Writes the metrics counted in this invocation as one EMF line; writes nothing when none were counted. */
  flush(): void;
}

/** The fields of a Lambda context that Powertools reads; anything else (a test's `{}`) is not a Lambda context. */
const LambdaContextSchema = z.looseObject({ awsRequestId: z.string(), functionName: z.string() });

/**
 * Powertools behind the skill's ports. The service name (the metrics' `service` dimension and a key of every log
 * line) comes from POWERTOOLS_SERVICE_NAME, which the stack sets to its own name.
 */
export function powertools(): Observability {
  const logger = new Logger();
  const metrics = new Metrics({ namespace: METRICS_NAMESPACE });
  // Powertools takes extra keys as rest arguments and rejects an `undefined` one, so AppLogger is mapped onto it.
  // An Error anywhere in the extra keys is written with its name, message, stack and cause.
  return {
    logger: {
      info: (message, extra = {}) => logger.info(message, extra),
      warn: (message, extra = {}) => logger.warn(message, extra),
      error: (message, extra = {}) => logger.error(message, extra),
    },
    metrics: { count: (name) => void metrics.addMetric(name, MetricUnit.Count, 1) },
    begin(context) {
      if (LambdaContextSchema.safeParse(context).success) logger.addContext(context as Parameters<Logger['addContext']>[0]);
    },
    flush() {
      // Publishing with nothing stored prints a warning on every quiet invocation.
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
}
