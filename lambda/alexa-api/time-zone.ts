// The device's time zone from the Alexa Settings API (System.timeZone), read once a session.
import type { HandlerInput } from 'ask-sdk-core';
import * as z from 'zod/mini';
import { errorFields, type AppLogger } from '../logger';
import { FALLBACK_TIME_ZONE, isKnownTimeZone } from '../progress';
import { shareOf, type ApiBudget } from './budget';
import { callApi } from './call';

/** The part of a turn's API budget the time zone may take, so a slow read leaves time for a reminder call. */
export const TIME_ZONE_SHARE = 0.5;

/**
 * The device's IANA time zone, or null when it cannot be had (the caller counts days in UTC then): no API
 * access, a failed or slow call, or a zone name this runtime does not know (logged). Never throws, and says
 * nothing to the user.
 */
export async function readTimeZone(input: HandlerInput, budget: ApiBudget, logger: AppLogger): Promise<string | null> {
  const deviceId = z.string().check(z.minLength(1)).safeParse(input.requestEnvelope.context?.System?.device?.deviceId);
  if (!deviceId.success) return null;
  const result = await callApi(input, shareOf(budget, TIME_ZONE_SHARE), (factory) => factory.getUpsServiceClient().getSystemTimeZone(deviceId.data));
  if (!result.ok) {
    // A request without API access (a test, a local tool) is not a fault: nothing to log.
    if (result.failure !== 'noAccess') logger.warn('time zone read failed, using UTC', { failure: result.failure, ...errorFields(result.error) });
    return null;
  }
  const zone = z.string().safeParse(result.value);
  if (!zone.success || !isKnownTimeZone(zone.data)) {
    logger.warn(`unknown time zone, using ${FALLBACK_TIME_ZONE}`, { timeZone: zone.success ? zone.data.slice(0, 64) : typeof result.value });
    return null;
  }
  return zone.data;
}
