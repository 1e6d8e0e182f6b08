// How a call to an Alexa API went wrong, in the few kinds the skill answers differently.
import * as z from 'zod/mini';

/** A call to an Alexa API ran out of time (the turn's budget, or the client's own timeout). */
export class ApiTimeoutError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiTimeoutError';
  }
}

/**
 * Why a call failed: the request carried no API access at all, the user has not allowed it (401), it is not
 * allowed here (403), Alexa is throttling the skill (429), the API failed (5xx, network), or it was too slow.
 */
export type ApiFailure = 'noAccess' | 'notAllowed' | 'forbidden' | 'throttled' | 'failed' | 'timeout';

/** The error ask-sdk-model's service clients throw for a status that is not a success. */
const ServiceErrorSchema = z.object({ name: z.literal('ServiceError'), statusCode: z.number() });

/** The HTTP status of a failed call, if the API answered. Pure. */
export function statusOf(error: unknown): number | null {
  const parsed = ServiceErrorSchema.safeParse(error);
  return parsed.success ? parsed.data.statusCode : null;
}

/** The kind of failure an error from a service client call is. Pure. */
export function failureOf(error: unknown): ApiFailure {
  if (error instanceof ApiTimeoutError || (error instanceof Error && error.cause instanceof ApiTimeoutError)) return 'timeout';
  const status = statusOf(error);
  if (status === 401) return 'notAllowed';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'throttled';
  return 'failed';
}
