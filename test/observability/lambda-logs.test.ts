// The Lambda's own log and metric lines over a scripted session: the handler of lambda/index.ts, cold-started as
// Lambda starts it, on dynalite, with Powertools writing to stdout as it does in Lambda.
import type { RequestEnvelope } from 'ask-sdk-model';
import { INTENT } from '../../lambda/handlers/intents';
import { idTag } from '../../lambda/logger';
import { METRIC, METRICS_NAMESPACE } from '../../lambda/metrics';
import { Device, type Answerer } from '../../scripts/alexa/device';
import { LOCAL_SKILL_ID } from '../../scripts/alexa/envelopes';
import { coldStart, outputLines, type Handler } from '../support/lambda';
import { createLocalClient, ensureTable, startDynalite, type LocalDynamo } from '../../scripts/local-dynamo';

const LOG_HASH_KEY = 'scripted-session-log-key-0123456789abcdef';
// Ids and a token that must never be written: distinctive, so a search of the output cannot miss them.
const USER_ID = 'amzn1.ask.account.RAW-USER-ID-4F2A9C';
const DEVICE_ID = 'amzn1.ask.device.RAW-DEVICE-ID-7B1E3D';
const API_TOKEN = 'eyJRAW-API-ACCESS-TOKEN.9d8c7b';
const LAMBDA_CONTEXT = {
  awsRequestId: 'lambda-request-1',
  functionName: 'SkillFunction',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:SkillFunction',
  memoryLimitInMB: '512',
};

interface Emf {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] };
  [metric: string]: unknown;
}



/** The handler as Alexa calls it: a device id and an API token in every request, and a Lambda context. */
function lambdaDevice(handler: Handler): Device {
  const answerer: Answerer = {
    invoke: (envelope) => {
      envelope.context.System.device = { ...envelope.context.System.device, deviceId: DEVICE_ID } as typeof envelope.context.System.device;
      envelope.context.System.apiAccessToken = API_TOKEN;
      return handler(envelope, LAMBDA_CONTEXT);
    },
  };
  return new Device(answerer, { userId: USER_ID, deviceId: DEVICE_ID });
}

describe('the log and metric lines of a scripted session', () => {
  const original = { ...process.env };
  let lines: Record<string, unknown>[] = [];
  const sessionIds: string[] = [];

  let dynamo: LocalDynamo;

  // One session for the whole file: each test reads a different fact of the same lines.
  beforeAll(async () => {
    dynamo = await startDynalite();
    const admin = createLocalClient(dynamo.endpoint);
    await ensureTable(admin, 'log-test-users');
    admin.destroy();
    Object.assign(process.env, {
      TABLE_NAME: 'log-test-users',
      SKILL_ID: LOCAL_SKILL_ID,
      LOG_HASH_KEY,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      POWERTOOLS_SERVICE_NAME: 'SciaticaRoutineTest',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    });
    lines = await outputLines(async () => {
      const device = lambdaDevice(coldStart());
      const said = async (reply: Promise<{ request: RequestEnvelope; ssml: string }>): Promise<string> => {
        const { request, ssml } = await reply;
        if (request.session) sessionIds.push(request.session.sessionId);
        return ssml;
      };
      await said(device.launch());
      await said(device.say(INTENT.SIDE_ANSWER, { side: { value: 'left', resolved: { name: 'left', id: 'left' } } }));
      await said(device.say('ItHurtsIntent'));
      await said(device.say('AMAZON.FallbackIntent'));
      const ended = await device.endSession('ERROR', { type: 'INVALID_RESPONSE', message: 'The response is invalid.' });
      if (ended?.request.session) sessionIds.push(ended.request.session.sessionId);
      await said(device.launch());
      await said(device.say('AMAZON.YesIntent'));
      for (let i = 0; i < 12; i += 1) {
        if (/whole routine/.test(await said(device.say('AMAZON.NextIntent')))) break;
      }
    });
  }, 30_000);

  afterAll(async () => {
    process.env = { ...original };
    await dynamo?.close();
  });

  const logLines = (): Record<string, unknown>[] => lines.filter((line) => !('_aws' in line));
  const emfLines = (): Emf[] => lines.filter((line): line is Emf => '_aws' in line);

  it('writes a log line for every request, each with the request id, type, user and session tags', () => {
    const handled = logLines().filter((line) => line.message === 'request handled');
    expect(handled.length).toBeGreaterThanOrEqual(6);
    for (const line of logLines()) {
      const tags = line.intent === INTENT.IT_HURTS ? {} : { user: idTag(USER_ID, LOG_HASH_KEY), session: expect.stringMatching(/^[0-9a-f]{16}$/) };
      expect(line).toMatchObject({
        requestId: expect.stringMatching(/^amzn1\.echo-api\.request\./),
        requestType: expect.any(String),
        ...tags,
        function_request_id: LAMBDA_CONTEXT.awsRequestId,
        service: 'SciaticaRoutineTest',
      });
    }
  });

  it('leaves the user and session tags off the lines of "it hurts"', () => {
    const pain = logLines().filter((line) => line.intent === INTENT.IT_HURTS);
    expect(pain.length).toBeGreaterThan(0);
    expect(pain.filter((line) => 'user' in line || 'session' in line)).toEqual([]);
  });

  it('names the intent on the lines of intent requests', () => {
    const intents = logLines().filter((line) => line.requestType === 'IntentRequest').map((line) => line.intent);
    expect(intents).toEqual(expect.arrayContaining([INTENT.SIDE_ANSWER, INTENT.IT_HURTS, INTENT.FALLBACK, INTENT.NEXT]));
  });

  it('never writes the raw user id, device id, session id or API token', () => {
    const written = JSON.stringify(lines);
    expect(sessionIds.length).toBeGreaterThan(0);
    for (const secret of [USER_ID, DEVICE_ID, API_TOKEN, ...sessionIds]) expect(written).not.toContain(secret);
  });

  it('logs no error but the one Alexa reported: every request of the session was answered', () => {
    expect(logLines().filter((line) => line.level === 'ERROR').map((line) => line.message)).toEqual(['Alexa ended the session on an error']);
  });

  it('logs a session that Alexa ended on an error as an error, with Alexa\'s error type and message', () => {
    expect(logLines()).toContainEqual(
      expect.objectContaining({
        level: 'ERROR',
        message: 'Alexa ended the session on an error',
        requestType: 'SessionEndedRequest',
        alexaErrorType: 'INVALID_RESPONSE',
        alexaErrorMessage: 'The response is invalid.',
      }),
    );
  });

  it('writes the counts as Embedded Metric Format lines in the skill namespace, by service', () => {
    const counted = emfLines().flatMap((line) => line._aws.CloudWatchMetrics.flatMap((set) => set.Metrics.map((m) => m.Name)));
    expect(new Set(counted)).toEqual(
      new Set([METRIC.ROUTINE_STARTED, METRIC.PAIN_REPORT, METRIC.FALLBACK, METRIC.ROUTINE_FINISHED, METRIC.RESPONSE_ERROR]),
    );
    for (const line of emfLines()) {
      expect(line._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: METRICS_NAMESPACE, Dimensions: [['service']] });
      expect(line.service).toBe('SciaticaRoutineTest');
    }
  });

  it('counts one routine started and one finished, and writes no metric line for a quiet request', () => {
    const value = (name: string): number[] => emfLines().flatMap((line) => (name in line ? [line[name]].flat() as number[] : []));
    expect(value(METRIC.ROUTINE_STARTED)).toEqual([1]);
    expect(value(METRIC.ROUTINE_FINISHED)).toEqual([1]);
    expect(emfLines().length).toBeLessThan(logLines().filter((line) => line.message === 'request handled').length);
  });
});
