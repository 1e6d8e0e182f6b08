// `npm run load`: 500 simulated users, 50 at a time, each with two devices finishing routines concurrently,
// through the real skill factory on dynalite (127.0.0.1). Options: --users, --in-flight, --routines, --think-ms,
// --seed, --repeat (runs that many seeds from --seed on), --containers (requests handled at once, like Lambda
// instances; default the stack's reserved concurrency). Prints throughput and latency; exits 1 if any run lost
// or overwrote a write, or gave a failed reply.
import { parseArgs } from 'node:util';
import { LOAD_DEFAULTS, runLoad, type LoadOptions, type LoadReport } from './load/run';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

function options(): LoadOptions & { repeat: number } {
  const { values } = parseArgs({
    options: {
      users: { type: 'string' },
      'in-flight': { type: 'string' },
      routines: { type: 'string' },
      'think-ms': { type: 'string' },
      seed: { type: 'string' },
      repeat: { type: 'string' },
      containers: { type: 'string' },
    },
  });
  const number = (raw: string | undefined, fallback: number, min: number): number => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`load: expected a whole number of at least ${min}, got ${raw}`);
    return value;
  };
  return {
    users: number(values.users, LOAD_DEFAULTS.users, 1),
    inFlight: number(values['in-flight'], LOAD_DEFAULTS.inFlight, 1),
    routinesPerDevice: number(values.routines, LOAD_DEFAULTS.routinesPerDevice, 1),
    thinkMs: number(values['think-ms'], LOAD_DEFAULTS.thinkMs, 0),
    seed: number(values.seed, LOAD_DEFAULTS.seed, 0),
    containers: number(values.containers, LOAD_DEFAULTS.containers, 1),
    repeat: number(values.repeat, 1, 1),
  };
}

/** Prints one run; true when it lost nothing and every reply was good. */
function print(report: LoadReport): boolean {
  const { options: chosen } = report;
  console.log(`load: seed ${chosen.seed}: ${report.turns} turns in ${report.seconds.toFixed(1)} s: ${report.turnsPerSecond.toFixed(0)} turns/s, latency p50 ${report.p50Ms.toFixed(1)} ms, p99 ${report.p99Ms.toFixed(1)} ms, max ${report.maxMs.toFixed(0)} ms; in a container p99 ${report.functionP99Ms.toFixed(1)} ms, max ${report.functionMaxMs.toFixed(0)} ms`);
  console.log(`load: seed ${chosen.seed}: DynamoDB ${report.reads} reads, ${report.writes} writes; ${report.conflictsMerged} saves merged after losing a race to the other device, at most ${report.mostRacesLost} race(s) lost by one save`);
  const completions = chosen.users * 2 * chosen.routinesPerDevice;
  console.log(`load: seed ${chosen.seed}: ${report.lost.length} lost or overwritten writes (${completions} routines finished), ${report.problems.length} failed replies`);
  for (const line of [...report.lost, ...report.problems].slice(0, 20)) console.log(`  ${line}`);
  return report.lost.length === 0 && report.problems.length === 0;
}

async function main(): Promise<void> {
  const { repeat, ...chosen } = options();
  console.log(`load: ${chosen.users} users, ${chosen.inFlight} in flight, 2 devices each finishing ${chosen.routinesPerDevice} routine(s), ${chosen.containers} containers, seeds ${chosen.seed} to ${chosen.seed + repeat - 1}`);
  let failed = 0;
  for (let run = 0; run < repeat; run += 1) {
    if (!print(await runLoad({ ...chosen, seed: chosen.seed + run }))) failed += 1;
  }
  console.log(`load: ${repeat - failed} of ${repeat} run(s) lost nothing and gave no failed reply`);
  if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
