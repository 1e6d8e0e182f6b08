// "Alexa, start my sciatica routine" set up by the skill: the AMAZON.OfferAutomation request that asks Alexa to
// offer the user a pre-built routine, and what Alexa's SessionResumedRequest says the user chose. Pure.
import type { interfaces } from 'ask-sdk-model';
import * as z from 'zod/mini';

/** The managed task Alexa runs to offer a pre-built routine. */
export const OFFER_AUTOMATION_URI = 'connection://AMAZON.OfferAutomation/1';
/** The skill's own task that the routine starts (declared in skill.json, defined in skill-package/tasks/). */
export const START_ROUTINE_TASK = { name: 'StartRoutine', version: '1' } as const;
/** The id of the routine's one operation, which its rendering data describes. */
export const OPEN_SKILL_OPERATION = 'OpenSciaticaRoutine';
/** At most this many phrases, in order of preference: Alexa takes the first one the user has not used yet. */
export const MAX_ROUTINE_PHRASES = 5;

/** Why the offer is made, echoed back by Alexa in the token: after a finished routine, or when asked. */
export const OFFER_REASON = { FINISHED: 'routine-offer:finished', ASKED: 'routine-offer:asked' } as const;
export type OfferReason = (typeof OFFER_REASON)[keyof typeof OFFER_REASON];

/** What the routine offer needs to know. */
export interface RoutineOfferInput {
  /** This skill's id (the request's application id): the routine's operation starts this skill's task. */
  readonly skillId: string;
  readonly locale: string;
  /** The phrases that start the routine, most preferred first. */
  readonly phrases: readonly string[];
  /** How the operation is described when Alexa shows the routine ("Open Sciatica Routine"). */
  readonly description: string;
  readonly reason: OfferReason;
}

/** The Connections.StartConnection directive that asks Alexa to offer the routine. Pure. */
export function routineOfferDirective(offer: RoutineOfferInput): interfaces.connections.V1.StartConnectionDirective {
  const task = `${offer.skillId}.${START_ROUTINE_TASK.name}`;
  return {
    type: 'Connections.StartConnection',
    uri: OFFER_AUTOMATION_URI,
    onCompletion: 'RESUME_SESSION',
    token: offer.reason,
    input: {
      automation: {
        trigger: {
          type: 'Alexa.Automation.Trigger.Voice.CustomUtterance',
          version: '1.0',
          payload: { utterances: offer.phrases.slice(0, MAX_ROUTINE_PHRASES), locale: offer.locale },
        },
        operations: {
          serial: [
            {
              operation: {
                type: 'Alexa.Automation.Operation.Skill.StartConnection',
                version: '1.0',
                operationId: OPEN_SKILL_OPERATION,
                payload: { connectionRequest: { uri: `connection://${task}/${START_ROUTINE_TASK.version}?provider=${offer.skillId}`, input: {} } },
              },
            },
          ],
        },
      },
      renderingData: { operations: { [OPEN_SKILL_OPERATION]: { descriptionPrompt: offer.description } } },
    },
  };
}

/** How the offer ended: a new routine, one the user already had, a no, or a failure (bad offer, not supported). */
export type OfferOutcome = 'accepted' | 'alreadySet' | 'declined' | 'failed';

const CauseSchema = z.object({
  type: z.literal('ConnectionCompleted'),
  token: z.optional(z.string()),
  status: z.object({ code: z.union([z.string(), z.number()]), message: z.optional(z.string()) }),
  result: z.optional(
    z.nullable(z.object({ offerAutomationResponse: z.optional(z.object({ status: z.optional(z.string()), reason: z.optional(z.string()) })) })),
  ),
});

/** The reason and outcome of a SessionResumedRequest's cause; null when it is no answer to a routine offer. Pure. */
export function offerOutcome(cause: unknown): { reason: OfferReason; outcome: OfferOutcome } | null {
  const parsed = CauseSchema.safeParse(cause);
  if (!parsed.success) return null;
  const { token, status, result } = parsed.data;
  const reason = Object.values(OFFER_REASON).find((r) => r === token);
  if (!reason) return null;
  const code = Number(status.code);
  const answer = result?.offerAutomationResponse;
  const said = answer?.reason ?? answer?.status;
  if (said === 'AUTOMATION_ALREADY_ENABLED') return { reason, outcome: 'alreadySet' };
  if (said === 'REJECTED_BY_CUSTOMER' || said === 'DECLINED' || said === 'REJECTED') return { reason, outcome: 'declined' };
  if (code === 200) return { reason, outcome: 'accepted' };
  return { reason, outcome: code === 204 ? 'declined' : 'failed' };
}
