// The Lambda entry point: the skill is built once per container and answers each request.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from './config';
import { createDynamoClient, DynamoPersistenceAdapter } from './persistence';
import { powertools } from './powertools';
import { buildSkill } from './skill';

const { tableName, skillId, logKey } = loadConfig();
const observability = powertools();

const skill = buildSkill({
  persistenceAdapter: new DynamoPersistenceAdapter({ client: createDynamoClient(), tableName }),
  logger: observability.logger,
  metrics: observability.metrics,
  logKey,
  skillId,
});

/** Lambda handler: async with two parameters, since the Node.js 24 runtime refuses callback handlers. */
export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
  observability.begin(context);
  try {
    return await skill.invoke(event, context);
  } finally {
    observability.flush();
  }
};
