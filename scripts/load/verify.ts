// After a load run: each user's stored record must hold every routine their devices finished, once, and the
// position their last turns left (0 lost or overwritten writes).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadRoutine, LOCALES } from '../../content';
import { PARTITION_KEY, TTL_ATTRIBUTE, UserRecordSchema, VERSION_ATTRIBUTE } from '../../lambda/persistence';
import { RECENT_COMPLETIONS_KEPT } from '../../lambda/progress';
import { STATUS } from '../../lambda/routine';
import { readUserItem } from '../local-dynamo';

/** What one user's turns produced. */
export interface UserExpectation {
  readonly userId: string;
  /** Request ids of the turns that finished a routine, on either device. */
  readonly finishedBy: readonly string[];
}

/** Why the user's stored record is not what their turns produced; empty when it is. */
export async function verifyUser(client: DynamoDBClient, tableName: string, expected: UserExpectation): Promise<string[]> {
  const { userId, finishedBy } = expected;
  const item = await readUserItem(client, tableName, userId);
  if (!item) return [`${userId}: no record stored`];
  const { [PARTITION_KEY]: _key, [TTL_ATTRIBUTE]: _ttl, [VERSION_ATTRIBUTE]: _version, ...fields } = item;
  const parsed = UserRecordSchema.safeParse(fields);
  if (!parsed.success) return [`${userId}: stored record does not parse`];
  const { progress, routine } = parsed.data;
  const problems: string[] = [];
  if (progress.completed !== finishedBy.length) problems.push(`${userId}: ${progress.completed} completions stored, ${finishedBy.length} finished`);
  if (finishedBy.length <= RECENT_COMPLETIONS_KEPT) {
    const missing = finishedBy.filter((id) => !progress.recent.some((kept) => kept.endsWith(`#${id}`)));
    if (missing.length > 0) problems.push(`${userId}: completions of ${missing.join(', ')} missing`);
  }
  // Each device's last turn finished a routine, so the last write left the routine finished at its last exercise.
  const exercises = loadRoutine(LOCALES[0]).exercises;
  if (routine.status !== STATUS.FINISHED || routine.exercise !== exercises.length - 1) {
    problems.push(`${userId}: position ${routine.status} at exercise index ${routine.exercise}, expected finished at ${exercises.length - 1}`);
  }
  return problems;
}
