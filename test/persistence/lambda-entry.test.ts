import { useLocalDynamo } from '../support/dynalite';
import { LOCAL_SKILL_ID } from '../../scripts/alexa/envelopes';
import { launchRequest } from '../support/envelopes';
import { coldStart } from '../support/lambda';

const store = useLocalDynamo();


describe('the Lambda entry point', () => {
  const original = { ...process.env };
  // The SDK reads endpoint and credentials when the first request is sent, so the environment stays set during the test.
  beforeEach(() => {
    Object.assign(process.env, {
      TABLE_NAME: store.tableName,
      SKILL_ID: LOCAL_SKILL_ID,
      LOG_HASH_KEY: 'test-log-hash-key-of-at-least-32-chars',
      AWS_ENDPOINT_URL_DYNAMODB: store.endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    });
  });
  afterEach(() => {
    process.env = { ...original };
  });

  it('is an async handler of at most two parameters, as the Node.js 24 runtime requires', () => {
    expect(coldStart().length).toBeLessThanOrEqual(2);
  });

  it('answers a launch and saves to the table that TABLE_NAME and AWS_ENDPOINT_URL_DYNAMODB point at', async () => {
    const response = await coldStart()(launchRequest({ userId: 'user-lambda' }), {});
    expect(JSON.stringify(response.response.outputSpeech)).toMatch(/not medical advice/);
    expect(JSON.stringify(response.response.outputSpeech)).not.toMatch(/may not be able to save/);
    expect(await store.item('user-lambda')).toMatchObject({ version: 1, routine: { safetyNoticeHeard: true } });
  });

  it('fails at cold start naming TABLE_NAME when it is missing', () => {
    delete process.env.TABLE_NAME;
    expect(() => coldStart()).toThrow(/TABLE_NAME/);
  });

  it('fails at cold start naming LOG_HASH_KEY when the deployment gave no log key', () => {
    delete process.env.LOG_HASH_KEY;
    expect(() => coldStart()).toThrow(/LOG_HASH_KEY/);
  });
});
