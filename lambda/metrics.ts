// The metrics contract the skill needs: counts of what users do and of what went wrong. Handlers record events
// through it without knowing that Lambda publishes them with Powertools in Embedded Metric Format.

/** Every metric the skill records, by name; the CloudWatch dashboard and alarms in cdk/ read the same names. */
export const METRIC = {
  /** A routine began at its first exercise (a first start, a start after finishing, or a start over). */
  ROUTINE_STARTED: 'RoutineStarted',
  /** A routine reached its end. */
  ROUTINE_FINISHED: 'RoutineFinished',
  /** The user said it hurts. Counted only: nothing about it is stored for the user. */
  PAIN_REPORT: 'PainReport',
  /** The user said they were hurt (a fall, dizziness, something popped). Counted only, as above. */
  INJURY_REPORT: 'InjuryReport',
  /** The user named a warning sign and heard the answer to get medical help now. Counted only, as above. */
  WARNING_SIGN: 'WarningSignAnswer',
  /** Alexa matched nothing the skill understands. */
  FALLBACK: 'Fallback',
  /** A turn's changes could not be saved (the user hears a warning). */
  SAVE_FAILED: 'SaveFailed',
  /** Alexa ended a session because it rejected a response of the skill (SessionEndedRequest, reason ERROR). */
  RESPONSE_ERROR: 'AlexaResponseError',
} as const;

/** A metric name. */
export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** CloudWatch namespace of the skill's metrics; each deployment's are told apart by the `service` dimension. */
export const METRICS_NAMESPACE = 'SciaticaRoutine';

/** The dimension Powertools adds to every metric, set to the stack name (POWERTOOLS_SERVICE_NAME). */
export const SERVICE_DIMENSION = 'service';

/** Counts events; one call is one occurrence. */
export interface AppMetrics {
  count(name: MetricName): void;
}

/** Metrics that go nowhere (tests, the simulator). */
export const noMetrics: AppMetrics = { count: () => undefined };
