import { INTENT } from '../../lambda/handlers/intents';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { countCalls } from '../../scripts/local-dynamo';
import { useLocalDynamo } from '../support/dynalite';
import { listeningClock, type ListeningClock } from '../support/listening';

const store = useLocalDynamo();

type Step = [label: string, say: (t: Conversation, clock: ListeningClock) => Promise<unknown>, writes: 0 | 1];

const say = (intent: string, slots: Record<string, string> = {}) => (t: Conversation) => t.say(intent, slots);
/** The user speaks up a few seconds into the last answer, before any round of it is done. */
const early = (intent: string, slots: Record<string, string> = {}) => (t: Conversation, clock: ListeningClock) => {
  clock.interruptAt(5);
  return t.say(intent, slots);
};
const next: Step = ['next', say(INTENT.NEXT), 1];

describe('DynamoDB calls of a scripted routine', () => {
  it('reads once per session and writes once per turn that changed something; a question writes only when it moves the place on', async () => {
    const client = store.client();
    const calls = countCalls(client);
    const clock = listeningClock(new Date('2026-11-26T08:00:00Z'));
    const skill = buildSkill({ persistenceAdapter: store.adapter({ client, clock: clock.now }), clock: clock.now });
    const talk = new Conversation(skill, { userId: 'user-budget', now: clock.now, onReply: clock.onReply });
    const sessions: Step[][] = [
      [
        ['launch (the notice is heard)', (t) => t.launch(), 1],
        ['help', say(INTENT.HELP), 0],
        ['start (which side?)', say(INTENT.START), 0],
        ['left (exercise 1 starts)', say(INTENT.SIDE_ANSWER, { side: 'left' }), 1],
        ['explain this exercise, early', early(INTENT.EXPLAIN), 0],
        ['explain the pigeon stretch', say(INTENT.EXPLAIN, { exercise: 'pigeon stretch' }), 0],
        ['why does this help', say(INTENT.WHY), 0],
        ['where am I', say(INTENT.WHERE_AM_I), 0],
        ['how many are left', say(INTENT.HOW_MANY_LEFT), 0],
        ['repeat (exercise 1 again)', say(INTENT.REPEAT), 1],
        ['how many are left, once exercise 1 was heard', say(INTENT.HOW_MANY_LEFT), 1],
        ['how am I doing', say(INTENT.PROGRESS), 0],
        next, next, next,
        ['next (finish)', say(INTENT.NEXT), 1],
      ],
      [
        ['launch again', (t) => t.launch(), 0],
        ['how am I doing', say(INTENT.PROGRESS), 0],
        ['help', say(INTENT.HELP), 0],
        ['how many are left', say(INTENT.HOW_MANY_LEFT), 0],
        ['where am I', say(INTENT.WHERE_AM_I), 0],
      ],
    ];

    const seen: string[] = [];
    const expected: string[] = [];
    for (const steps of sessions) {
      const readsBefore = calls.get('GetItemCommand') ?? 0;
      for (const [label, step, writes] of steps) {
        const before = calls.get('PutItemCommand') ?? 0;
        await step(talk, clock);
        seen.push(`${label}: ${(calls.get('PutItemCommand') ?? 0) - before} write(s)`);
        expected.push(`${label}: ${writes} write(s)`);
      }
      expect((calls.get('GetItemCommand') ?? 0) - readsBefore).toBe(1);
      await talk.endSession();
    }
    expect(seen).toEqual(expected);
    expect([...calls.keys()].sort()).toEqual(['GetItemCommand', 'PutItemCommand']);
    expect(await store.item('user-budget')).toMatchObject({ progress: { completed: 1 }, version: 8 });
  });
});
