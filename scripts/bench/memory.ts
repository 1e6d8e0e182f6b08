// Peak memory: a child process cold-starts a Lambda bundle and answers 1,000 turns against dynalite.
import { execFile } from 'node:child_process';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { buildLambda } from '../build-lambda';
import { readUserItem } from '../local-dynamo';
import { LAMBDA_NODE_FLAGS, lambdaEnv } from './init';

const run = promisify(execFile);

/** Bundles the memory child (it carries its own request driver) into `outDir`; returns its path. */
export async function buildMemoryChild(root: string, outDir: string): Promise<string> {
  return buildLambda({ projectRoot: root, outDir, entry: path.join('scripts', 'bench', 'memory-child.ts') });
}

/** The user whose turns the memory child plays. */
export const RSS_USER = 'amzn1.ask.account.BENCH-RSS';

/**
 * Peak RSS in MB of one child: cold start of `bundle`, then `turns` turns through its handler. Asynchronous, so
 * that dynalite, running in this process, keeps answering the child.
 */
export async function peakRss(child: string, bundle: string, kind: 'skill' | 'floor', turns: number, endpoint: string, tableName: string): Promise<number> {
  const env = lambdaEnv({ TABLE_NAME: tableName, AWS_ENDPOINT_URL_DYNAMODB: endpoint });
  const { stdout } = await run(process.execPath, [...LAMBDA_NODE_FLAGS, child, bundle, kind, String(turns), RSS_USER], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  // The skill logs a line or two a turn (as it does in Lambda); the child's result is the last line.
  const last = stdout.trim().split('\n').pop() ?? '';
  const { maxRssKb, turns: done } = JSON.parse(last) as { maxRssKb: number; turns: number };
  if (done !== turns) throw new Error(`bench: the memory child answered ${done} of ${turns} turns`);
  return maxRssKb / 1024;
}

/** The memory child's stored item, to show that its turns really reached dynalite (a silent store would be cheaper). */
export async function rssUserItem(admin: DynamoDBClient, tableName: string): Promise<Record<string, unknown>> {
  return (await readUserItem(admin, tableName, RSS_USER)) ?? {};
}
