// What the deploy remembers of a stack between runs (.deploy/<stack>/state.json, git-ignored): the skill it
// created, the log key it made, and what is done. Written after each step, so a failed run resumes where it stopped.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { LOG_KEY_MIN_LENGTH } from '../../lambda/logger';
import { DeployError } from './errors';
import { STATE_FILE } from './paths';

const StateSchema = z.object({
  /** The skill created by the first run; later runs update it. */
  skillId: z.string().regex(/^amzn1\.ask\.skill\.[A-Za-z0-9-]+$/).optional(),
  /** The secret of the user tags in the logs; made once, so tags stay stable from one deploy to the next. */
  logHashKey: z.string().min(LOG_KEY_MIN_LENGTH),
  /** Regions where `cdk bootstrap` has run for this stack. */
  bootstrapped: z.array(z.string()).default([]),
  /** The function the skill calls, from the last stack deploy. */
  functionArn: z.string().optional(),
  dashboardName: z.string().optional(),
});

/** A stack's deploy state. */
export type DeployState = z.infer<typeof StateSchema>;

/** A new secret for the log tags: 32 random bytes. */
export const newLogHashKey = (): string => randomBytes(32).toString('base64url');

/** The state in `dir`, or a fresh one (with a new log key) when there is none yet. Throws DeployError if damaged. */
export function readState(dir: string): DeployState {
  const file = path.join(dir, STATE_FILE);
  if (!existsSync(file)) return { logHashKey: newLogHashKey(), bootstrapped: [] };
  const parsed = StateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new DeployError(`${file} is damaged (${parsed.error.issues[0]?.message ?? 'invalid'}); fix or delete it.`, { cause: parsed.error });
  return parsed.data;
}

/** Saves the state in `dir`; readable by the owner only, since it holds the log key. */
export function writeState(dir: string, state: DeployState): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}
