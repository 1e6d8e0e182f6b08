import { INTENT } from '../../lambda/handlers/intents';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { countCalls } from '../../scripts/local-dynamo';
import { useLocalDynamo } from '../support/dynalite';

const store = useLocalDynamo();

type Step = [label: string, say: (t: Conversation) => Promise<unknown>, writes: 0 | 1];

const say = (intent: string, slots: Record<string, string> = {}) => (t: Conversation) => t.say(intent, slots);
const next: Step = ['next', say(INTENT.NEXT), 1];

describe('DynamoDB calls of a scripted routine', () => {
  it('reads once per session and writes once per turn that changed something, never for questions', async () => {
    const client = store.client();
    const calls = countCalls(client);
    const talk = new Conversation(buildSkill({ persistenceAdapter: store.adapter({ client }) }), { userId: 'user-budget' });
    const sessions: Step[][] = [
      [
        ['launch', (t) => t.launch(), 1],
        ['help', say(INTENT.HELP), 0],
        ['start', say(INTENT.START), 1],
        ['explain this exercise', say(INTENT.EXPLAIN), 0],
        ['explain the pigeon stretch', say(INTENT.EXPLAIN, { exercise: 'pigeon stretch' }), 0],
        ['why does this help', say(INTENT.WHY), 0],
        ['how many are left', say(INTENT.HOW_MANY_LEFT), 0],
        ['repeat', say(INTENT.REPEAT), 0],
        next, next, next, next, next, next,
        ['next (finish)', say(INTENT.NEXT), 1],
      ],
      [
        ['launch again', (t) => t.launch(), 0],
        ['how am I doing', say(INTENT.PROGRESS), 0],
        ['help', say(INTENT.HELP), 0],
        ['how many are left', say(INTENT.HOW_MANY_LEFT), 0],
      ],
    ];

    const seen: string[] = [];
    const expected: string[] = [];
    for (const steps of sessions) {
      const readsBefore = calls.get('GetItemCommand') ?? 0;
      for (const [label, step, writes] of steps) {
        const before = calls.get('PutItemCommand') ?? 0;
        await step(talk);
        seen.push(`${label}: ${(calls.get('PutItemCommand') ?? 0) - before} write(s)`);
        expected.push(`${label}: ${writes} write(s)`);
      }
      expect((calls.get('GetItemCommand') ?? 0) - readsBefore).toBe(1);
      await talk.endSession();
    }
    expect(seen).toEqual(expected);
    expect([...calls.keys()].sort()).toEqual(['GetItemCommand', 'PutItemCommand']);
    expect(await store.item('user-budget')).toMatchObject({ progress: { completed: 1 }, version: 9 });
  });
});
