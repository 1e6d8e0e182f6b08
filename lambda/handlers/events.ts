// Requests with no answer to speak: the session ending, and the user disabling the skill.
import type { RequestHandler } from 'ask-sdk-core';
import * as z from 'zod/mini';
import { errorFields, userTag } from '../logger';
import { isType } from './match';
import { beginTurn, depsOf, SessionSchema } from './turn';

/**
 * The session ended (the user went quiet, or left). If an exercise was being narrated, beginning the turn
 * moves the place on to the rounds heard by now, from the session's copy of the record (no read), and the
 * save interceptor keeps it. The routine stays under way, so a launch soon after goes straight on.
 */
export const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => isType(input, 'SessionEndedRequest'),
  async handle(input) {
    const reason = z.object({ reason: z.optional(z.string()) }).safeParse(input.requestEnvelope.request);
    depsOf(input).logger.info('session ended', { reason: reason.success ? reason.data.reason : undefined });
    const session = SessionSchema.safeParse(input.attributesManager.getSessionAttributes() ?? {});
    if (session.success && session.data.record && session.data.narration) await beginTurn(input);
    return input.responseBuilder.getResponse();
  },
};

const SkillDisabledSchema = z.object({
  type: z.literal('AlexaSkillEvent.SkillDisabled'),
  body: z.object({ userInformationPersistenceStatus: z.enum(['PERSISTED', 'NOT_PERSISTED']) }),
});

/** The user disabled the skill: unless Alexa says their data persists, delete their record. */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => isType(input, 'AlexaSkillEvent.SkillDisabled'),
  async handle(input) {
    const { logger, persistenceAdapter } = depsOf(input);
    const user = userTag(input.requestEnvelope.context.System.user.userId);
    const event = SkillDisabledSchema.safeParse(input.requestEnvelope.request);
    const persisted = event.success && event.data.body.userInformationPersistenceStatus === 'PERSISTED';
    if (!persisted) {
      try {
        await persistenceAdapter.deleteAttributes?.(input.requestEnvelope);
        logger.info('user record deleted', { user });
      } catch (error) {
        logger.error('user record delete failed', { user, ...errorFields(error) });
        throw error;
      }
    }
    return input.responseBuilder.getResponse();
  },
};
