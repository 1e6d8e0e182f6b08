// What every response of a fuzzed conversation must be. Each check returns the problems it finds, as sentences.
import { loadRoutine, supportedLocale } from '../../content';
import { UserRecordSchema, VERSION_ATTRIBUTE } from '../../lambda/persistence';
import type { Reply } from '../alexa/device';
import { spokenText, ssmlProblems } from '../alexa/ssml';

/** Alexa refuses output speech longer than this many characters. */
export const MAX_SSML_CHARS = 8000;

/** Problems of a stored or session record: unreadable, or a position outside the routine of `locale`. Pure. */
export function recordProblems(where: string, stored: unknown, locale: string): string[] {
  if (stored === undefined) return [];
  const { [VERSION_ATTRIBUTE]: _version, ...fields } = (stored ?? {}) as Record<string, unknown>;
  const parsed = UserRecordSchema.safeParse(fields);
  if (!parsed.success) return [`${where} record does not parse: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`];
  const exercises = loadRoutine(supportedLocale(locale)).exercises.length;
  const { exercise } = parsed.data.routine;
  return exercise < exercises ? [] : [`${where} position is exercise index ${exercise} of a ${exercises}-exercise routine`];
}

/** Problems of one reply: an apology for an unhandled error, missing speech, bad SSML, a session left open without a reprompt, a screen sent to a speaker. */
export async function replyProblems(reply: Reply, screen: boolean): Promise<string[]> {
  const problems: string[] = [];
  const { request } = reply;
  const type = request.request.type;
  const routine = loadRoutine(supportedLocale(request.request.locale));
  const speaks = type === 'LaunchRequest' || type === 'IntentRequest';
  if (speaks && !reply.ssml) problems.push(`${type} answered without speech`);
  if (spokenText(reply.ssml).includes(spokenText(routine.messages.error))) problems.push('the catch-all apology was spoken: a handler failed');
  for (const [what, ssml] of [['speech', reply.ssml], ['reprompt', reply.reprompt ?? '']] as const) {
    if (!ssml) continue;
    if (ssml.length > MAX_SSML_CHARS) problems.push(`${what} is ${ssml.length} characters, over Alexa's ${MAX_SSML_CHARS}`);
    for (const found of await ssmlProblems(ssml)) problems.push(`${what} is invalid SSML: ${found}`);
  }
  const directives = reply.response.response.directives ?? [];
  // A hand-off to Alexa (a routine offer, a permission question) keeps the session for Alexa, without a reprompt.
  const handsOff = directives.some((d) => d.type === 'Connections.StartConnection' || d.type === 'Connections.SendRequest');
  if (!reply.ended && !reply.reprompt && !handsOff) problems.push('the session stays open without a reprompt');
  if (handsOff && reply.response.response.shouldEndSession !== undefined) problems.push('a hand-off to Alexa sets shouldEndSession');
  if (!screen && directives.some((d) => d.type.startsWith('Alexa.Presentation.APL'))) problems.push('an APL directive was sent to a device without a screen');
  if (!reply.ended) problems.push(...recordProblems('session', reply.response.sessionAttributes?.record, request.request.locale ?? ''));
  return problems;
}
