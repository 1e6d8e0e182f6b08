// Requests with no answer to speak: the session ending, and the user disabling the skill.
import type { RequestHandler } from 'ask-sdk-core';
import * as z from 'zod/mini';
import { METRIC } from '../metrics';
import { deleteRecord } from '../persistence';
import { isType } from './match';
import { recordMetric } from './observe';
import { beginTurn, depsOf, SessionSchema, storeContext } from './turn';

const SessionEndedSchema = z.object({
  reason: z.optional(z.string()),
  error: z.optional(z.object({ type: z.optional(z.string()), message: z.optional(z.string()) })),
});

/**
 * The session ended (the user went quiet, or left). If an exercise was being narrated, beginning the turn
 * moves the place on to the rounds heard by now, from the session's copy of the record (no read), and the
 * save interceptor keeps it. The routine stays under way, so a launch soon after goes straight on. A change
 * an earlier turn could not save is tried once more now.
 * Reason ERROR is Alexa's only report of a response it rejected: logged as an error with Alexa's words, and counted.
 */
export const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => isType(input, 'SessionEndedRequest'),
  async handle(input) {
    const { logger } = depsOf(input);
    const ended = SessionEndedSchema.safeParse(input.requestEnvelope.request);
    const reason = ended.success ? ended.data.reason : undefined;
    if (reason === 'ERROR') {
      const alexaError = ended.success ? ended.data.error : undefined;
      logger.error('Alexa ended the session on an error', { reason, alexaErrorType: alexaError?.type, alexaErrorMessage: alexaError?.message });
      recordMetric(input, METRIC.RESPONSE_ERROR);
    } else {
      logger.info('session ended', { reason });
    }
    const session = SessionSchema.safeParse(input.attributesManager.getSessionAttributes() ?? {});
    const cached = session.success ? session.data : {};
    if (cached.record && (cached.narration || cached.base)) await beginTurn(input);
    return input.responseBuilder.getResponse();
  },
};

const SkillDisabledSchema = z.object({
  type: z.literal('AlexaSkillEvent.SkillDisabled'),
  body: z.object({ userInformationPersistenceStatus: z.enum(['PERSISTED', 'NOT_PERSISTED']) }),
});

/**
 * The user disabled the skill: unless Alexa says their data persists, delete their record (tried again inside the
 * deadline; a delete that still fails throws, so the error alarm sees it). A session still open, or an old one,
 * never writes it back: writes over a record that was read require it to still be there (see saveRecord).
 */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => isType(input, 'AlexaSkillEvent.SkillDisabled'),
  async handle(input) {
    const event = SkillDisabledSchema.safeParse(input.requestEnvelope.request);
    const persisted = event.success && event.data.body.userInformationPersistenceStatus === 'PERSISTED';
    if (!persisted) await deleteRecord(storeContext(input));
    return input.responseBuilder.getResponse();
  },
};
