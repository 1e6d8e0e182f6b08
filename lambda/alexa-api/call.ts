// One call to an Alexa API within what is left of the turn's budget: its value, or why it failed.
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import * as z from 'zod/mini';
import type { ApiBudget } from './budget';
import { ApiTimeoutError, failureOf, type ApiFailure } from './errors';

/** A call's value, or the kind of failure. */
export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ApiFailure; readonly error?: unknown };

const SystemSchema = z.object({
  apiEndpoint: z.url(),
  apiAccessToken: z.string().check(z.minLength(1)),
  user: z.object({
    permissions: z.optional(z.object({ scopes: z.optional(z.record(z.string(), z.object({ status: z.string() }))) })),
  }),
});

/** True when the request carries what Alexa's APIs need: an endpoint and an access token. */
export function hasApiAccess(input: HandlerInput): boolean {
  return SystemSchema.safeParse(input.requestEnvelope.context?.System).success;
}

/** True when the user has granted the permission scope, as the request says. */
export function hasPermission(input: HandlerInput, scope: string): boolean {
  const parsed = SystemSchema.safeParse(input.requestEnvelope.context?.System);
  return parsed.success && parsed.data.user.permissions?.scopes?.[scope]?.status === 'GRANTED';
}

/** Rejects after `ms`; the timer never keeps the process alive. */
function deadline(ms: number): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ApiTimeoutError(`no answer within the turn's ${ms} ms`)), ms);
    timer.unref();
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/**
 * Calls an Alexa API through ask-sdk-core's service client factory, within what is left of `budget`.
 * Never throws: a request without API access, an exhausted budget and every error become a failure.
 */
export async function callApi<T>(
  input: HandlerInput,
  budget: ApiBudget,
  call: (factory: services.ServiceClientFactory) => Promise<T>,
): Promise<ApiResult<T>> {
  const factory = input.serviceClientFactory;
  if (!factory || !hasApiAccess(input)) return { ok: false, failure: 'noAccess' };
  const ms = budget.remaining();
  if (ms <= 0) return { ok: false, failure: 'timeout' };
  const limit = deadline(ms);
  try {
    return { ok: true, value: await Promise.race([call(factory), limit.promise]) };
  } catch (error) {
    return { ok: false, failure: failureOf(error), error };
  } finally {
    limit.clear();
  }
}
