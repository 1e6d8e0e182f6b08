// The Lambda entry point: the skill is built once per container and answers each request.
import { Logger } from '@aws-lambda-powertools/logger';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from './config';
import type { AppLogger } from './logger';
import { createDynamoClient, DynamoPersistenceAdapter } from './persistence';
import { buildSkill } from './skill';

const { tableName, skillId } = loadConfig();

const powertools = new Logger({ serviceName: 'sciatica-routine' });
// Powertools takes extra keys as rest arguments and rejects an `undefined` one, so AppLogger is mapped onto it.
const logger: AppLogger = {
  info: (message, extra = {}) => powertools.info(message, extra),
  warn: (message, extra = {}) => powertools.warn(message, extra),
  error: (message, extra = {}) => powertools.error(message, extra),
};

const skill = buildSkill({
  persistenceAdapter: new DynamoPersistenceAdapter({ client: createDynamoClient(), tableName }),
  logger,
  skillId,
});

/** Lambda handler: async with two parameters, since the Node.js 24 runtime refuses callback handlers. */
export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
