// Lambda-like containers for the load test: each runs one request at a time, and a request waits for a free one.
// The skill's store deadline starts when a container takes the request, as a Lambda invocation's clock does, so a
// turn's deadline measures the turn, not the load generator's own queue on a busy machine.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Answerer } from '../alexa/device';

/** `skill` behind `count` containers, with the milliseconds each request spent inside one. */
export function inContainers(skill: Answerer, count: number): { answerer: Answerer; functionMs: number[] } {
  let free = count;
  const waiting: (() => void)[] = [];
  const functionMs: number[] = [];
  const answerer: Answerer = {
    async invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
      if (free > 0) free -= 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      const start = process.hrtime.bigint();
      try {
        return await skill.invoke(envelope);
      } finally {
        functionMs.push(Number(process.hrtime.bigint() - start) / 1e6);
        // Hand the container straight to the next request in line, or free it.
        const next = waiting.shift();
        if (next) next();
        else free += 1;
      }
    },
  };
  return { answerer, functionMs };
}
