// What every response of a fuzzed conversation must be. Each check returns the problems it finds, as sentences.
import { loadRoutine, supportedLocale } from '../../content';
import { UserRecordSchema, VERSION_ATTRIBUTE } from '../../lambda/persistence';
import { AplRunError, runCommands, type CommandDefinitions } from '../alexa/apl-commands';
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

/** Alexa refuses a response bigger than this many bytes. */
export const MAX_RESPONSE_BYTES = 24 * 1024;

/** Problems of the screen of a reply to a device with one: not one RenderDocument, data it lacks, commands that do not run. */
function screenProblems(reply: Reply): string[] {
  const renders = (reply.response.response.directives ?? []).filter((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
  if (renders.length !== 1) return [`${renders.length} RenderDocument directives, expected one`];
  const { document, datasources } = renders[0] as { document?: Record<string, unknown>; datasources?: Record<string, Record<string, unknown>> };
  const given = Object.keys(datasources?.screen ?? {});
  const missing = [...JSON.stringify(document ?? {}).matchAll(/payload\.screen\.(\w+)/g)].map((m) => m[1] as string).filter((f) => !given.includes(f));
  const problems = missing.length > 0 ? [`the screen binds data its source lacks: ${[...new Set(missing)].join(', ')}`] : [];
  const root = ((document?.mainTemplate as { items?: Record<string, unknown>[] } | undefined)?.items ?? [])[0] ?? {};
  const bindings = Object.fromEntries(((root.bind ?? []) as { name: string; value: unknown }[]).map((b) => [b.name, b.value]));
  try {
    runCommands((root.onMount ?? []) as unknown[], (document?.commands ?? {}) as CommandDefinitions, bindings);
  } catch (error) {
    if (!(error instanceof AplRunError)) throw error;
    problems.push(`the screen's commands do not run: ${error.message}`);
  }
  return problems;
}

/** Problems of one reply: an apology for an unhandled error, missing speech, bad SSML, a session left open without a reprompt, a screen sent to a speaker or a bad one to a screen, too big a response. */
export async function replyProblems(reply: Reply, screen: boolean): Promise<string[]> {
  const problems: string[] = [];
  const { request } = reply;
  const type = request.request.type;
  const routine = loadRoutine(supportedLocale(request.request.locale));
  const speaks = type === 'LaunchRequest' || type === 'IntentRequest' || type === 'Alexa.Presentation.APL.UserEvent';
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
  if (screen && speaks) problems.push(...screenProblems(reply));
  const bytes = Buffer.byteLength(JSON.stringify(reply.response));
  if (bytes > MAX_RESPONSE_BYTES) problems.push(`the response is ${bytes} bytes, over Alexa's ${MAX_RESPONSE_BYTES}`);
  if (!reply.ended) problems.push(...recordProblems('session', reply.response.sessionAttributes?.record, request.request.locale ?? ''));
  return problems;
}
