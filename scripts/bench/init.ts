// Module init time: a fresh `node` process that only requires a bundle, timed inside the child around require.
import { execFileSync } from 'node:child_process';
import { LAMBDA_NODE_OPTIONS, SOURCE_MAPS_FLAG } from '../../cdk/lib/bundle';

/** The child's whole program: time the require, print milliseconds. */
const CHILD = `const t = process.hrtime.bigint(); require(process.argv[1]); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;

/** The environment of a cold Lambda: the table name, the log key, a region. */
export function lambdaEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TABLE_NAME: 'bench-users',
    LOG_HASH_KEY: 'bench-log-hash-key-0123456789abcdef',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...extra,
  };
}

/** Node flags of the deployed function (NODE_OPTIONS in cdk/lib/skill-stack.ts). */
export const LAMBDA_NODE_FLAGS: readonly string[] = LAMBDA_NODE_OPTIONS;

/** Whether the deployed function maps stack traces through source maps at run time. */
export const DEPLOYED_WITH_SOURCE_MAPS = LAMBDA_NODE_FLAGS.includes(SOURCE_MAPS_FLAG);

/** Milliseconds to require `bundle` in a fresh process started with `flags` (the deployed ones by default). */
export function initTime(bundle: string, flags: readonly string[] = LAMBDA_NODE_FLAGS): number {
  const out = execFileSync(process.execPath, [...flags, '-e', CHILD, bundle], { env: lambdaEnv(), encoding: 'utf8' });
  const ms = Number(out.trim());
  if (!Number.isFinite(ms)) throw new Error(`bench: the init child printed ${JSON.stringify(out)}`);
  return ms;
}

/** Init times of the skill and the floor as deployed, and of the skill with source maps the other way round. */
export interface InitTimes {
  readonly ours: number[];
  readonly floor: number[];
  /** The skill with --enable-source-maps toggled against the deployed flags. */
  readonly oursToggled: number[];
}

/** Flags of the deployed function with --enable-source-maps toggled. */
export const TOGGLED_FLAGS: readonly string[] = DEPLOYED_WITH_SOURCE_MAPS
  ? LAMBDA_NODE_FLAGS.filter((flag) => flag !== SOURCE_MAPS_FLAG)
  : [...LAMBDA_NODE_FLAGS, SOURCE_MAPS_FLAG];

/** Init times, alternating the three so that machine noise hits them alike. */
export function initTimes(ours: string, floor: string, runs: number): InitTimes {
  const result = { ours: [] as number[], floor: [] as number[], oursToggled: [] as number[] };
  for (let i = 0; i < runs; i += 1) {
    result.ours.push(initTime(ours));
    result.floor.push(initTime(floor));
    result.oursToggled.push(initTime(ours, TOGGLED_FLAGS));
  }
  return result;
}

/** What --enable-source-maps adds to module init, as a fraction of init without it. Pure. */
export function sourceMapCost(withMaps: number, withoutMaps: number): number {
  return withMaps / withoutMaps - 1;
}
