// What a request tells the logs and metrics: keys on every log line, and counts of what users do.
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { idTag, keyedLogger } from '../logger';
import type { MetricName } from '../metrics';
import { touchIn } from './buttons';
import { SAFETY_INTENTS } from './intents';
import { attachDeps, depsOf } from './turn';

/**
 * Intents whose log lines carry no user or session tag: what a person says about pain, an injury or warning signs
 * is never linked to them, not even by a pseudonym (the skill stores no health information; see PRIVACY.md). They
 * are counted as metrics, which have no user dimension.
 */
export const UNLINKED_INTENTS: readonly string[] = SAFETY_INTENTS;

/**
 * The keys every log line of a request carries: the request id, its type, the intent (a touched button's too), the
 * locale, and keyed tags of the user and the session (never the raw ids, the device id or a token; no tags at all
 * for UNLINKED_INTENTS). Pure.
 */
export function requestKeys(envelope: RequestEnvelope, logKey: string): Record<string, string> {
  const { request, session, context } = envelope;
  const keys: Record<string, string> = { requestId: request.requestId, requestType: request.type };
  // A touched button is the intent it stands for: "It hurts" touched on the screen is as unlinked as said aloud.
  const intent = request.type === 'IntentRequest' ? request.intent?.name : touchIn(envelope)?.intent;
  if (intent) keys.intent = intent;
  if ('locale' in request && request.locale) keys.locale = request.locale;
  if (keys.intent !== undefined && UNLINKED_INTENTS.includes(keys.intent)) return keys;
  const userId = context?.System?.user?.userId ?? session?.user?.userId;
  if (userId) keys.user = idTag(userId, logKey);
  if (session?.sessionId) keys.session = idTag(session.sessionId, logKey);
  return keys;
}

/**
 * Binds the request's keys to the logger every handler uses for this request. A logger bound per request, not
 * keys appended to a shared one: the simulator, the load test and the fuzzer run many requests at once through
 * one skill, and shared keys would end up on another request's lines.
 */
export const LogKeysInterceptor: RequestInterceptor = {
  process(input) {
    const deps = depsOf(input);
    attachDeps(input, { ...deps, logger: keyedLogger(deps.logger, requestKeys(input.requestEnvelope, deps.logKey)) });
  },
};

/** One line a request answered, with its keys: what was asked, and whether the answer ends the session. */
export const RequestLogInterceptor: ResponseInterceptor = {
  process(input, response) {
    depsOf(input).logger.info('request handled', { endsSession: response?.shouldEndSession ?? null });
  },
};

/** Counts one occurrence of `name` (a routine started, a pain report, a fallback...). */
export function recordMetric(input: HandlerInput, name: MetricName): void {
  depsOf(input).metrics.count(name);
}
