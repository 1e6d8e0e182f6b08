import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { LOCALES, loadRoutine } from '../../content';
import { INTENT } from '../../lambda/handlers/intents';
import { PARTITION_KEY, TTL_ATTRIBUTE } from '../../lambda/persistence/table';
import { assetCopyCommands, findProjectRoot, LAMBDA_BUNDLE, lazyModuleCommands } from '../../cdk/lib/bundle';
import { Device } from '../../scripts/alexa/device';
import { LOCAL_SKILL_ID } from '../../scripts/alexa/envelopes';
import { buildLambda } from '../../scripts/build-lambda';
import { createLocalClient, ensureTable, startDynalite, type LocalDynamo } from '../../scripts/local-dynamo';
import { intentRequest, launchRequest } from '../support/envelopes';
import { spokenText } from '../support/ssml';

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

const TABLE_NAME = 'bundle-test-users';
const savedEnv = { ...process.env };
let outDir: string;
let bundle: string;
let dynamo: LocalDynamo;
let client: DynamoDBClient;
let handler: Handler;

// The bundle is built once, as `npm run build` builds it, and loaded like Lambda loads it: the environment
// is read at cold start, so it is set before the module is loaded.
beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-bundle-'));
  [bundle, dynamo] = await Promise.all([buildLambda({ outDir }), startDynalite()]);
  client = createLocalClient(dynamo.endpoint);
  await ensureTable(client, TABLE_NAME);
  Object.assign(process.env, {
    TABLE_NAME,
    SKILL_ID: LOCAL_SKILL_ID,
    LOG_HASH_KEY: 'test-log-hash-key-of-at-least-32-chars',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  });
  ({ handler } = (await import(bundle)) as { handler: Handler });
}, 60_000);

afterAll(async () => {
  process.env = savedEnv;
  client?.destroy();
  await dynamo?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the Lambda bundle', () => {
  it('is written with its source map', () => {
    expect(fs.existsSync(`${bundle}.map`)).toBe(true);
  });

  it('exports an async handler of at most two parameters, as the Node.js 24 runtime requires', () => {
    expect(handler.length).toBeLessThanOrEqual(2);
  });

  it('answers a LaunchRequest with speech', async () => {
    const response = await handler(launchRequest({ userId: 'amzn1.ask.account.BUNDLE-SPEECH' }));
    expect(response.response.outputSpeech).toMatchObject({ type: 'SSML', ssml: expect.stringMatching(/^<speak>.+<\/speak>$/s) });
  });

  it('answers a LaunchRequest without an apology or a storage warning', async () => {
    const { messages } = loadRoutine('en-US');
    const response = await handler(launchRequest({ userId: 'amzn1.ask.account.BUNDLE-WELCOME' }));
    const ssml = JSON.stringify(response.response.outputSpeech);
    expect([messages.error, messages.saveWarning].filter((text) => ssml.includes(text))).toEqual([]);
  });

  it('carries no locale text inside it: each locale file is beside it, read when a request needs it', () => {
    expect(fs.readFileSync(bundle, 'utf8')).not.toContain(loadRoutine('en-US').messages.welcomeFirst);
    expect(fs.readdirSync(path.join(outDir, 'locales')).sort()).toEqual(LOCALES.map((l) => `${l}.json`).sort());
  });

  it("answers in the request's locale from the files beside it: a warning sign in Britain gets 999", async () => {
    const response = await handler(intentRequest(INTENT.WARNING_SIGN, {}, { userId: 'amzn1.ask.account.BUNDLE-GB', locale: 'en-GB' }));
    const ssml = (response.response.outputSpeech as { ssml: string }).ssml;
    expect(spokenText(ssml)).toBe(spokenText(loadRoutine('en-GB').messages.warningAnswer));
    expect(ssml).toContain('<say-as interpret-as="digits">999</say-as>');
  });

  it('saves the user record in DynamoDB through its bundled AWS SDK', async () => {
    const userId = 'amzn1.ask.account.BUNDLE-SAVE';
    await handler(launchRequest({ userId }));
    const { Item } = await client.send(new GetItemCommand({ TableName: TABLE_NAME, Key: { [PARTITION_KEY]: { S: userId } } }));
    expect(Item?.[TTL_ATTRIBUTE]?.N).toMatch(/^\d+$/);
  });

  it('keeps the screen code out of the handler: a speaker never loads it, a screen device loads it from beside the bundle', async () => {
    const screenFile = path.join(outDir, 'screen-module.js');
    expect(fs.readFileSync(bundle, 'utf8')).not.toContain('AlexaProgressBar');
    expect(fs.readFileSync(screenFile, 'utf8')).toContain('AlexaProgressBar');
    const speaker = new Device({ invoke: (event) => handler(event) }, { userId: 'amzn1.ask.account.BUNDLE-SPEAKER' });
    await speaker.launch();
    await speaker.say(INTENT.SIDE_ANSWER, { side: { value: 'left' } });
    expect(require.cache[screenFile]).toBeUndefined();
    const show = new Device({ invoke: (event) => handler(event) }, { userId: 'amzn1.ask.account.BUNDLE-SCREEN-FIRST', screen: true });
    await show.launch();
    expect(require.cache[screenFile]).toBeDefined();
  });

  it('shows a screen with its pose picture, read from the file beside the bundle', async () => {
    expect(LAMBDA_BUNDLE.assets.every(({ to }) => fs.existsSync(path.join(outDir, to)))).toBe(true);
    const show = new Device({ invoke: (event) => handler(event) }, { userId: 'amzn1.ask.account.BUNDLE-SCREEN', screen: true });
    await show.launch();
    const reply = await show.say(INTENT.SIDE_ANSWER, { side: { value: 'left' } });
    const screen = reply.response.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
    expect(screen).toMatchObject({ document: { graphics: { pose: { type: 'AVG' } } } });
  });
});

describe('the lazily required modules the stack bundles beside the handler', () => {
  it('are bundled by esbuild from the project, one command each, into the file the handler requires', () => {
    const root = findProjectRoot();
    const commands = lazyModuleCommands(root, '/asset-output');
    expect(commands).toHaveLength(LAMBDA_BUNDLE.lazyModules.length);
    LAMBDA_BUNDLE.lazyModules.forEach(({ entry, file, require: required }, i) => {
      expect(commands[i]).toContain(`"${path.join(root, entry)}" --bundle --platform=node --format=cjs`);
      expect(commands[i]).toContain(`--outfile="/asset-output/${file}"`);
      expect(`./${path.basename(file, '.js')}`).toBe(required);
      expect(fs.existsSync(path.join(root, entry))).toBe(true);
    });
  });
});

describe('the assets the stack copies beside the bundle', () => {
  it('are files of the project, copied by one command each', () => {
    const root = findProjectRoot();
    const commands = assetCopyCommands(root, '/asset-output');
    expect(commands).toEqual(LAMBDA_BUNDLE.assets.map(({ from, to }) => `cp "${path.join(root, from)}" "/asset-output/${to}"`));
    for (const { from } of LAMBDA_BUNDLE.assets) expect(fs.existsSync(path.join(root, from))).toBe(true);
  });
});
