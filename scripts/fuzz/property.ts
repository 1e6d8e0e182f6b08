// The fuzzer's property: every response of any conversation is good (see checks.ts).
import fc from 'fast-check';
import { scenarios, type Scenario } from './arbitraries';
import { describeFinding, runScenario } from './run';

/** Thrown with the shrunk conversation and what was wrong with it. */
export class ConversationFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConversationFailure';
  }
}

/** The property fast-check checks: a conversation of up to `maxActions` actions never gives a bad response. */
export function conversationsProperty(maxActions = 40): fc.IAsyncPropertyWithHooks<[Scenario]> {
  return fc.asyncProperty(scenarios(maxActions), async (scenario) => {
    const finding = await runScenario(scenario);
    if (finding) throw new ConversationFailure(describeFinding(finding));
  });
}
