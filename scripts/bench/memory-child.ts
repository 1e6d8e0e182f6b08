// Child process of the memory benchmark (bundled and run by memory.ts): a cold start of a Lambda bundle, then
// turns through its handler; prints the peak RSS. argv: <bundle> <skill|floor> <turns> <userId>.
import { createRequire } from 'node:module';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { INTENT, SLOT } from '../../lambda/handlers/intents';
import { Device } from '../alexa/device';

type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

async function main(): Promise<void> {
  const [bundle = '', kind = 'skill', count = '1000', userId = 'amzn1.ask.account.BENCH-RSS'] = process.argv.slice(2);
  const { handler } = createRequire(__filename)(bundle) as { handler: Handler };
  const device = new Device({ invoke: handler }, { userId });
  const turns = Number(count);
  let done = 0;
  const turn = async (send: () => Promise<unknown>): Promise<void> => {
    await send();
    done += 1;
  };
  while (done < turns) {
    await turn(() => device.launch());
    if (kind === 'floor') continue;
    // The starting side is chosen first (a first launch asks for it), then the routine starts or carries on.
    if (done < turns) await turn(() => device.say(INTENT.SET_SIDE, { [SLOT.SIDE]: { value: 'left', resolved: { name: 'left', id: 'left' } } }));
    if (done < turns) await turn(() => device.say(INTENT.START));
    while (device.inSession && !device.handingOff && done < turns) await turn(() => device.say(INTENT.NEXT));
    // The first routine hands over to Alexa's routine offer: the user walks away from it.
    if (device.handingOff) await device.endSession('USER_INITIATED');
  }
  // The last line: the skill's own log and metric lines come before it, as in Lambda.
  process.stdout.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, turns: done })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
