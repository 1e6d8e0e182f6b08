// The load test: many users at once, each with two devices finishing routines concurrently, through the real
// skill factory on dynalite; afterwards every user's record is checked against what their turns produced.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadRoutine, LOCALES } from '../../content';
import { logText, type AppLogger } from '../../lambda/logger';
import { DynamoPersistenceAdapter } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import { STACK_DEFAULTS } from '../../cdk/lib/config';
import { AlexaSide, skillFacts } from '../alexa/alexa-side';
import { Device, type Reply } from '../alexa/device';
import { LOCAL_SKILL_ID } from '../alexa/envelopes';
import { spokenText } from '../alexa/ssml';
import { quantile } from '../bench/stats';
import { countCalls, createLocalClient, ensureTable, startDynalite } from '../local-dynamo';
import { inContainers } from './containers';
import { playDevice, seededRandom, type DeviceLog } from './user';
import { verifyUser, type UserExpectation } from './verify';

const FACTS = skillFacts(LOCAL_SKILL_ID, LOCALES[0]);

/** How big a load run is. */
export interface LoadOptions {
  readonly users: number;
  /** Users playing at the same time (each with two devices, so twice as many sessions). */
  readonly inFlight: number;
  /** Routines each device finishes. */
  readonly routinesPerDevice: number;
  readonly thinkMs: number;
  readonly seed: number;
  /** Requests handled at once, each by its own container (the stack's reserved concurrency by default). */
  readonly containers: number;
}

/** Defaults of `npm run load`. */
export const LOAD_DEFAULTS: LoadOptions = {
  users: 500,
  inFlight: 50,
  routinesPerDevice: 1,
  thinkMs: 200,
  seed: 1,
  containers: STACK_DEFAULTS.reservedConcurrency,
};

/** What a load run measured and found. */
export interface LoadReport {
  readonly options: LoadOptions;
  readonly turns: number;
  readonly seconds: number;
  readonly turnsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Time inside a container (what Lambda bills and its timeout counts), p99 and longest. */
  readonly functionP99Ms: number;
  readonly functionMaxMs: number;
  readonly reads: number;
  readonly writes: number;
  /** Saves that lost a race to the user's other device and were merged (expected, not a loss). */
  readonly conflictsMerged: number;
  /** The most races one save lost in a row before it landed (or gave up). */
  readonly mostRacesLost: number;
  /** Users whose record is not what their turns produced, with why: lost or overwritten writes. */
  readonly lost: readonly string[];
  /** Replies that showed a failure (apology, save warning, error log). */
  readonly problems: readonly string[];
}

/** Runs `count` jobs with at most `limit` at a time. */
async function pool(count: number, limit: number, job: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await job(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

/** A logger that counts merged conflicts and keeps every warning and error. */
function countingLogger(sink: { merged: number; mostLost: number; problems: string[] }): AppLogger {
  return {
    info: (message, extra) => {
      if (message !== 'save conflict, merging') return;
      sink.merged += 1;
      sink.mostLost = Math.max(sink.mostLost, Number(extra?.lost ?? 0));
    },
    warn: (message, extra) => void sink.problems.push(`warn: ${logText(message, extra)}`),
    error: (message, extra) => void sink.problems.push(`error: ${logText(message, extra)}`),
  };
}

/** A reply's failure as the user would hear it, or null. */
function judge(reply: Reply): string | null {
  const { messages } = loadRoutine(LOCALES[0]);
  const words = spokenText(reply.ssml);
  if (!reply.ssml) return `${reply.request.request.type} answered without speech`;
  if (words.includes(spokenText(messages.error))) return 'the catch-all apology was spoken';
  if (words.includes(spokenText(messages.saveWarning))) return 'the save warning was spoken: a write was lost';
  return null;
}

/** Plays every user against a table on `client` and checks their records; `table` must exist. */
export async function playLoad(client: DynamoDBClient, table: string, options: LoadOptions): Promise<LoadReport> {
  const calls = countCalls(client);
  const sink = { merged: 0, mostLost: 0, problems: [] as string[] };
  const skill = buildSkill({ persistenceAdapter: new DynamoPersistenceAdapter({ client, tableName: table }), logger: countingLogger(sink) });
  const { answerer, functionMs } = inContainers(skill, options.containers);
  const expectations: UserExpectation[] = [];
  const logs: DeviceLog[] = [];
  const start = process.hrtime.bigint();
  await pool(options.users, options.inFlight, async (index) => {
    const userId = `amzn1.ask.account.LOAD-${options.seed}-${index}`;
    const random = seededRandom(options.seed * 100_003 + index);
    const habits = { random, thinkMs: options.thinkMs, pauseChance: 0.1, stopChance: 0.05 };
    // Alexa's side of the routine offer that follows a first routine; each user has their own routines.
    const alexa = new AlexaSide(FACTS, null);
    const devices = [0, 1].map((d) => new Device(answerer, { userId, deviceId: `amzn1.ask.device.LOAD-${index}-${d}`, screen: d === 0, alexa }));
    const played = await Promise.all(devices.map((device) => playDevice(device, options.routinesPerDevice, habits, judge)));
    logs.push(...played);
    expectations.push({ userId, finishedBy: played.flatMap((log) => log.finishedBy) });
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const [reads, writes] = [calls.get('GetItemCommand') ?? 0, calls.get('PutItemCommand') ?? 0];
  const lost: string[] = [];
  for (const expectation of expectations) lost.push(...(await verifyUser(client, table, expectation)));
  const latencies = logs.flatMap((log) => log.latencies).sort((a, b) => a - b);
  return {
    options,
    turns: latencies.length,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    maxMs: latencies[latencies.length - 1] ?? 0,
    functionP99Ms: quantile(functionMs.sort((a, b) => a - b), 0.99),
    functionMaxMs: functionMs[functionMs.length - 1] ?? 0,
    reads,
    writes,
    conflictsMerged: sink.merged,
    mostRacesLost: sink.mostLost,
    lost,
    problems: [...logs.flatMap((log) => log.problems), ...sink.problems],
  };
}

/** Starts dynalite on 127.0.0.1, creates the user table, plays the load and stops everything. */
export async function runLoad(options: LoadOptions = LOAD_DEFAULTS): Promise<LoadReport> {
  const dynamo = await startDynalite();
  const client = createLocalClient(dynamo.endpoint);
  try {
    await ensureTable(client, 'load-users');
    return await playLoad(client, 'load-users', options);
  } finally {
    client.destroy();
    await dynamo.close();
  }
}
