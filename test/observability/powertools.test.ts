// The Powertools adapters as Lambda runs them: what reaches stdout and stderr.
import { errorFields, keyedLogger } from '../../lambda/logger';
import { METRIC, METRICS_NAMESPACE } from '../../lambda/metrics';
import { powertools } from '../../lambda/powertools';
import { outputLines } from '../support/lambda';


describe('the Powertools logger behind AppLogger', () => {
  const original = { ...process.env };
  beforeEach(() => Object.assign(process.env, { POWERTOOLS_LOG_LEVEL: 'INFO', POWERTOOLS_SERVICE_NAME: 'SciaticaRoutineTest' }));
  afterEach(() => {
    process.env = { ...original };
  });

  it('writes an error with its name, message, stack and cause', async () => {
    const { logger } = powertools();
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:8000');
    const [line] = await outputLines(() => logger.error('state save failed', errorFields(new Error('The store is unavailable', { cause }))));
    expect(line).toMatchObject({
      level: 'ERROR',
      message: 'state save failed',
      error: {
        name: 'Error',
        message: 'The store is unavailable',
        stack: expect.stringContaining('powertools.test.ts'),
        cause: { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:8000', stack: expect.any(String) },
      },
    });
  });

  it('keeps the keys of a keyed logger on the line', async () => {
    const { logger } = powertools();
    const [line] = await outputLines(() => keyedLogger(logger, { requestId: 'r-1', user: 'abc' }).warn('stored record replaced', { problem: 'schema' }));
    expect(line).toMatchObject({ level: 'WARN', requestId: 'r-1', user: 'abc', problem: 'schema', service: 'SciaticaRoutineTest' });
  });

  it('adds the Lambda context to the lines of an invocation, and ignores what is not one', async () => {
    const { logger, begin } = powertools();
    begin({});
    expect((await outputLines(() => logger.info('without')))[0]).not.toHaveProperty('function_request_id');
    begin({ awsRequestId: 'lambda-1', functionName: 'SkillFunction' });
    expect((await outputLines(() => logger.info('with')))[0]).toMatchObject({ function_request_id: 'lambda-1', function_name: 'SkillFunction' });
  });
});

describe('the Powertools metrics behind AppMetrics', () => {
  it('writes nothing when nothing was counted', async () => {
    const { flush } = powertools();
    expect(await outputLines(() => flush())).toEqual([]);
  });

  it('writes the counts of an invocation as one EMF line, then starts again from nothing', async () => {
    const { metrics, flush } = powertools();
    const lines = await outputLines(() => {
      metrics.count(METRIC.FALLBACK);
      metrics.count(METRIC.FALLBACK);
      metrics.count(METRIC.PAIN_REPORT);
      flush();
      flush();
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      _aws: { CloudWatchMetrics: [{ Namespace: METRICS_NAMESPACE, Metrics: expect.arrayContaining([{ Name: METRIC.FALLBACK, Unit: 'Count' }]) }] },
      [METRIC.FALLBACK]: [1, 1],
      [METRIC.PAIN_REPORT]: 1,
    });
  });
});
