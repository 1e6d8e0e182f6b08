// DynamoDB calls per turn over a scripted full routine, counted on the client, against dynalite.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { INTENT, SLOT } from '../../lambda/handlers/intents';
import { DynamoPersistenceAdapter, PARTITION_KEY, TTL_ATTRIBUTE, VERSION_ATTRIBUTE, WRITER_ATTRIBUTE } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import { Device, type Reply } from '../alexa/device';
import type { SlotFill } from '../alexa/envelopes';
import { countCalls, readUserItem } from '../local-dynamo';

type Step = (device: Device) => Promise<Reply | null>;
const say = (intent: string, slots: Record<string, SlotFill> = {}): Step => (d) => d.say(intent, slots);
const next = say(INTENT.NEXT);
const left = { [SLOT.SIDE]: { value: 'left', resolved: { name: 'left', id: 'left' } } };

/** Sessions of a user's first days: a whole routine, questions, pause and resume, start over, another whole routine. */
export const SCRIPT: readonly (readonly Step[])[] = [
  [(d) => d.launch(), say(INTENT.HELP), say(INTENT.SET_SIDE, left), say(INTENT.EXPLAIN), say(INTENT.WHY), say(INTENT.HOW_MANY_LEFT),
    say(INTENT.REPEAT), next, next, next, next, next, next, next],
  [(d) => d.launch(), say(INTENT.PROGRESS), say(INTENT.START), next, next, say(INTENT.PAUSE), say(INTENT.HOW_MANY_LEFT), say(INTENT.STOP)],
  [(d) => d.launch(), say(INTENT.YES), next, say(INTENT.SET_HOLD, { [SLOT.SECONDS]: { value: '45' } }), say(INTENT.EASIER), next, (d) => d.endSession()],
  [(d) => d.launch(), say(INTENT.NO), say(INTENT.YES), say(INTENT.SKIP), next, say(INTENT.PREVIOUS), next, next, next, next, next, next],
];

/** What the script cost in DynamoDB calls. */
export interface CallBudget {
  readonly sessions: number;
  readonly turns: number;
  /** The most GetItem calls any session made. */
  readonly maxReadsPerSession: number;
  /** Turns after which the stored record had changed, and the most PutItem calls one of them made. */
  readonly changingTurns: number;
  readonly maxWritesPerChangingTurn: number;
  /** PutItem calls made by turns that changed nothing (should be 0). */
  readonly writesOnUnchangedTurns: number;
  readonly reads: number;
  readonly writes: number;
}

/** The stored record without the key, TTL, version and writer: what a turn changes. */
async function storedRecord(admin: DynamoDBClient, tableName: string, userId: string): Promise<string> {
  const item = await readUserItem(admin, tableName, userId);
  if (!item) return '';
  const { [PARTITION_KEY]: _k, [TTL_ATTRIBUTE]: _t, [VERSION_ATTRIBUTE]: _v, [WRITER_ATTRIBUTE]: _w, ...record } = item;
  return JSON.stringify(record);
}

/** Runs SCRIPT on a fresh user through `client` (counted) and reads the stored record through `admin` (not counted). */
export async function callBudget(client: DynamoDBClient, admin: DynamoDBClient, tableName: string): Promise<CallBudget> {
  const counts = countCalls(client);
  const userId = 'amzn1.ask.account.BENCH-CALLS';
  const device = new Device(buildSkill({ persistenceAdapter: new DynamoPersistenceAdapter({ client, tableName }) }), { userId });
  const reads = (): number => counts.get('GetItemCommand') ?? 0;
  const writes = (): number => counts.get('PutItemCommand') ?? 0;
  let turns = 0, maxReads = 0, changing = 0, maxWrites = 0, wasted = 0;
  for (const session of SCRIPT) {
    const readsBefore = reads();
    for (const step of session) {
      const [before, writesBefore] = [await storedRecord(admin, tableName, userId), writes()];
      const reply = await step(device);
      turns += 1;
      const made = writes() - writesBefore;
      if ((await storedRecord(admin, tableName, userId)) !== before) {
        changing += 1;
        maxWrites = Math.max(maxWrites, made);
      } else wasted += made;
      if (reply?.ended || reply?.handingOff) break;
    }
    await device.endSession();
    maxReads = Math.max(maxReads, reads() - readsBefore);
  }
  return {
    sessions: SCRIPT.length, turns, maxReadsPerSession: maxReads, changingTurns: changing, maxWritesPerChangingTurn: maxWrites,
    writesOnUnchangedTurns: wasted, reads: reads(), writes: writes(),
  };
}
