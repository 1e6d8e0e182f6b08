// A skill wired to the local stand-in for Alexa's APIs (127.0.0.1), with Alexa's side of the hand-offs, an
// in-memory store, a fixed clock and a logger that keeps what it was told.
import { buildSkill } from '../../lambda/skill';
import { estimatedPlaySeconds } from '../../lambda/speech';
import { INTENT } from '../../lambda/handlers/intents';
import { InMemoryPersistenceAdapter } from '../../lambda/persistence';
import type { AppLogger } from '../../lambda/logger';
import { AlexaSide, skillFacts, type SkillFacts } from '../../scripts/alexa/alexa-side';
import { LocalAlexaApi } from '../../scripts/alexa/api-server';
import { LOCAL_SKILL_ID } from '../../scripts/alexa/envelopes';
import { Conversation } from './conversation';
import { TEST_DEVICE, TEST_NOW } from './envelopes';

/** One log line the skill wrote. */
export interface LogLine {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly extra?: Record<string, unknown>;
}

/** What a test needs around the skill: the stand-in, the store, the conversation, the logs and the clock. */
export interface ApiSetup {
  readonly api: LocalAlexaApi;
  readonly store: InMemoryPersistenceAdapter;
  readonly talk: Conversation;
  readonly logs: LogLine[];
  setNow(moment: Date): void;
  /** A second conversation of the same user on the same device (a new session each time it is made). */
  another(): Conversation;
}

/** A skill talking to a fresh stand-in; `zone` is the device's time zone, `budgetMs` the turn's API budget. */
export async function setupWithAlexaApi(options: { zone?: string; budgetMs?: number; now?: Date; skill?: Partial<SkillFacts> } = {}): Promise<ApiSetup> {
  const api = await LocalAlexaApi.start(options.zone ?? 'America/Los_Angeles');
  const store = new InMemoryPersistenceAdapter();
  const logs: LogLine[] = [];
  const log = (level: LogLine['level']) => (message: string, extra?: Record<string, unknown>) => void logs.push({ level, message, ...(extra ? { extra } : {}) });
  const logger: AppLogger = { info: log('info'), warn: log('warn'), error: log('error') };
  let now = options.now ?? TEST_NOW;
  const skill = buildSkill({ persistenceAdapter: store, clock: () => now, logger, ...(options.budgetMs ? { apiBudgetMs: options.budgetMs } : {}) });
  const alexa = new AlexaSide({ ...skillFacts(LOCAL_SKILL_ID, TEST_DEVICE.locale), ...options.skill }, api);
  // The clock moves on by each answer's playing time, as if the user listened to the end.
  const onReply = (turn: { ssml: string }) => void (now = new Date(now.getTime() + Math.round(estimatedPlaySeconds(turn.ssml) * 1000)));
  const conversation = () => new Conversation(skill, { now: () => now, api, alexa, onReply });
  return { api, store, talk: conversation(), logs, setNow: (moment) => (now = moment), another: conversation };
}

/** Launches, starts on the left side (or says yes to begin), and says next until the routine is finished. */
export async function finishRoutine(talk: Conversation): Promise<Awaited<ReturnType<Conversation['say']>>> {
  const first = await talk.launch();
  if (/Which side/.test(first.text)) await talk.say(INTENT.SIDE_ANSWER, { side: { value: 'left', resolved: { name: 'left', id: 'left' } } });
  else await talk.say(INTENT.YES);
  for (let i = 0; i < 20; i += 1) {
    const turn = await talk.say(INTENT.NEXT);
    if (/That's the whole routine/.test(turn.text)) return turn;
  }
  throw new Error('finishRoutine: the routine did not finish after 20 nexts');
}

/** A stand-in for each test of the file, closed after it: `const start = alexaApiPerTest()`, then `await start()`. */
export function alexaApiPerTest(): (options?: Parameters<typeof setupWithAlexaApi>[0]) => Promise<ApiSetup> {
  let open: ApiSetup | null = null;
  afterEach(async () => {
    await open?.api.close();
    open = null;
  });
  return async (options) => (open = await setupWithAlexaApi(options));
}
