// The benchmark's floor: the least an ask-sdk-core skill on DynamoDB can be. One LaunchRequest handler that
// reads the user's item and writes it back, through the same DynamoDB client the skill uses.
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SkillBuilders, getRequestType, type Skill } from 'ask-sdk-core';

/** The floor skill on a table keyed by `userId`: one read and one write a turn. */
export function buildFloorSkill(client: DynamoDBClient, tableName: string): Skill {
  return SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
      async handle(input) {
        const Key = { userId: { S: input.requestEnvelope.context.System.user.userId } };
        const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key, ConsistentRead: true }));
        const visits = Number(Item?.visits?.N ?? '0') + 1;
        await client.send(new PutItemCommand({ TableName: tableName, Item: { ...Key, visits: { N: String(visits) } } }));
        return input.responseBuilder.speak(`Visit ${visits}.`).reprompt('Still there?').getResponse();
      },
    })
    .create();
}
