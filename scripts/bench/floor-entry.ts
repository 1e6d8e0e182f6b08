// The floor skill as a Lambda entry, shaped like lambda/index.ts: bundled by `npm run bench` for size and init time.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildFloorSkill } from './floor-skill';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is not set');

const skill = buildFloorSkill(new DynamoDBClient({ region: process.env.AWS_REGION ?? 'us-east-1', maxAttempts: 2 }), tableName);

/** Lambda handler of the floor skill. */
export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
