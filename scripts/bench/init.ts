// Module init time: a fresh `node` process that only requires a bundle, timed inside the child around require.
import { execFileSync } from 'node:child_process';

/** The child's whole program: time the require, print milliseconds. */
const CHILD = `const t = process.hrtime.bigint(); require(process.argv[1]); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;

/** The environment of a cold Lambda: the table name, a region, source maps on as the stack deploys them. */
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
export const LAMBDA_NODE_FLAGS = ['--enable-source-maps'] as const;

/** Milliseconds to require `bundle` in a fresh process. */
export function initTime(bundle: string): number {
  const out = execFileSync(process.execPath, [...LAMBDA_NODE_FLAGS, '-e', CHILD, bundle], { env: lambdaEnv(), encoding: 'utf8' });
  const ms = Number(out.trim());
  if (!Number.isFinite(ms)) throw new Error(`bench: the init child printed ${JSON.stringify(out)}`);
  return ms;
}

/** Init times of two bundles, alternating so that machine noise hits both alike. */
export function initTimes(ours: string, floor: string, runs: number): { ours: number[]; floor: number[] } {
  const result = { ours: [] as number[], floor: [] as number[] };
  for (let i = 0; i < runs; i += 1) {
    result.ours.push(initTime(ours));
    result.floor.push(initTime(floor));
  }
  return result;
}
