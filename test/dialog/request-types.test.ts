// Every request type Alexa may send gets a valid answer; none throws.
import type { RequestEnvelope } from 'ask-sdk-model';
import { InMemoryPersistenceAdapter } from '../../lambda/persistence';
import type { AppLogger } from '../../lambda/logger';
import { buildSkill } from '../../lambda/skill';
import { intentRequest, launchRequest } from '../support/envelopes';

/** A skill on an in-memory store, with every log line kept. */
function skillWithLogs() {
  const logs: { level: string; message: string; extra: Record<string, unknown> }[] = [];
  const keep = (level: string) => (message: string, extra: Record<string, unknown> = {}) => void logs.push({ level, message, extra });
  const logger: AppLogger = { info: keep('info'), warn: keep('warn'), error: keep('error') };
  return { skill: buildSkill({ persistenceAdapter: new InMemoryPersistenceAdapter(), logger }), logs };
}

/** An envelope from the test device whose request is `request` (type and fields), with the usual id, time and locale. */
function requestOf(request: Record<string, unknown>): RequestEnvelope {
  const envelope = launchRequest();
  return { ...envelope, request: { ...envelope.request, ...request } } as RequestEnvelope;
}

describe('System.ExceptionEncountered', () => {
  const exception = requestOf({
    type: 'System.ExceptionEncountered',
    error: { type: 'INVALID_RESPONSE', message: 'Invalid directive' },
    cause: { requestId: 'amzn1.echo-api.request.earlier' },
  });

  it('is answered with an empty response', async () => {
    const response = await skillWithLogs().skill.invoke(exception);
    expect(response.response).toEqual({});
  });

  it('is logged as an error with its error and cause', async () => {
    const { skill, logs } = skillWithLogs();
    await skill.invoke(exception);
    expect(logs).toContainEqual({
      level: 'error',
      message: expect.any(String),
      extra: expect.objectContaining({ errorType: 'INVALID_RESPONSE', errorMessage: 'Invalid directive', causeRequestId: 'amzn1.echo-api.request.earlier' }),
    });
  });
});

describe('request types the skill has no handler for', () => {
  it.each([
    'CanFulfillIntentRequest',
    'Messaging.MessageReceived',
    'AlexaSkillEvent.SkillEnabled',
    'AlexaSkillEvent.SkillPermissionAccepted',
    'AlexaSkillEvent.SkillAccountLinked',
    'Connections.Response',
    'Reminders.ReminderCreated',
    'Some.Request.Not.Yet.Invented',
  ])('answers %s with an empty response and logs no error', async (type) => {
    const { skill, logs } = skillWithLogs();
    const response = await skill.invoke(requestOf({ type }));
    expect(response.response).toEqual({});
    expect(logs.filter((line) => line.level !== 'info')).toEqual([]);
  });
});

describe('an intent the skill has no handler for', () => {
  it('still gets the spoken apology', async () => {
    const { skill, logs } = skillWithLogs();
    const response = await skill.invoke(intentRequest('NoSuchIntent'));
    expect(JSON.stringify(response.response.outputSpeech)).toMatch(/something went wrong/);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'error', message: 'request failed' }));
  });
});
