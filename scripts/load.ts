// `npm run load`: 500 simulated users, 50 at a time, each with two devices finishing routines concurrently,
// through the real skill factory on dynalite (127.0.0.1). Options: --users, --in-flight, --routines, --think-ms,
// --seed. Prints throughput and latency; exits 1 if any user's record lost or overwrote a write.
import { parseArgs } from 'node:util';
import { LOAD_DEFAULTS, runLoad, type LoadOptions } from './load/run';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

function options(): LoadOptions {
  const { values } = parseArgs({
    options: { users: { type: 'string' }, 'in-flight': { type: 'string' }, routines: { type: 'string' }, 'think-ms': { type: 'string' }, seed: { type: 'string' } },
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
  };
}

async function main(): Promise<void> {
  const chosen = options();
  console.log(`load: ${chosen.users} users, ${chosen.inFlight} in flight, 2 devices each finishing ${chosen.routinesPerDevice} routine(s), seed ${chosen.seed}`);
  const report = await runLoad(chosen);
  console.log(`load: ${report.turns} turns in ${report.seconds.toFixed(1)} s: ${report.turnsPerSecond.toFixed(0)} turns/s, latency p50 ${report.p50Ms.toFixed(1)} ms, p99 ${report.p99Ms.toFixed(1)} ms`);
  console.log(`load: DynamoDB ${report.reads} reads, ${report.writes} writes; ${report.conflictsMerged} saves merged after losing a race to the other device`);
  const completions = chosen.users * 2 * chosen.routinesPerDevice;
  console.log(`load: ${report.lost.length} lost or overwritten writes (${completions} routines finished), ${report.problems.length} failed replies`);
  for (const line of [...report.lost, ...report.problems].slice(0, 20)) console.log(`  ${line}`);
  if (report.lost.length > 0 || report.problems.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
