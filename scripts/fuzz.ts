// `npm run fuzz`: 10,000 random conversations against the real skill factory (in-memory store), each response
// checked. Options: --runs N, --seed S, --max-actions N. Exits 1 with the shrunk conversation on a failure.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { ssmlChecked } from './alexa/ssml';
import { conversationsProperty } from './fuzz/property';
import { fuzzStats } from './fuzz/run';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' }, 'max-actions': { type: 'string', default: '40' } } });
  const numRuns = Number(values.runs);
  const maxActions = Number(values['max-actions']);
  const seed = values.seed === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(values.seed);
  if (!Number.isInteger(numRuns) || numRuns < 1 || !Number.isInteger(maxActions) || maxActions < 1 || !Number.isInteger(seed)) {
    throw new Error('usage: npm run fuzz -- [--runs N] [--seed S] [--max-actions N]');
  }
  console.log(`fuzz: ${numRuns} conversations of up to ${maxActions} actions, seed ${seed}`);
  const start = process.hrtime.bigint();
  const result = await fc.check(conversationsProperty(maxActions), { numRuns, seed });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.failed) {
    console.error(fc.defaultReportMessage(result));
    if (result.errorInstance instanceof Error) console.error(`\n${result.errorInstance.message}`);
    process.exitCode = 1;
    return;
  }
  const { conversations, requests, completions } = fuzzStats;
  console.log(`fuzz: ${result.numRuns} conversations passed in ${seconds.toFixed(1)} s`);
  console.log(`fuzz: ${requests} requests answered (${conversations} conversations played), ${completions} routines finished, ${ssmlChecked()} distinct SSML strings checked`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
