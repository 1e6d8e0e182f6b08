// `npm start`: talk to the skill on this machine, typed or piped, on an embedded DynamoDB kept on disk.
import { createReadStream, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { AppLogger } from '../../lambda/logger';
import { buildSkill } from '../../lambda/skill';
import { AlexaSide, skillFacts } from '../alexa/alexa-side';
import { LocalAlexaApi } from '../alexa/api-server';
import { LOCAL_SKILL_ID } from '../alexa/envelopes';
import { declaresApl, skillManifest } from '../alexa/manifest';
import { loadAlexaState, saveAlexaState } from './alexa-state';
import { PlaybackClock } from './clock';
import { API_FAULT, parseOptions, PROJECT_ROOT, UsageError, USAGE, type Options } from './args';
import { resolverFor } from './resolver';
import { SessionLoop } from './session';
import { espeakSpeaker, espeakVoice, ESPEAK_HINT, hasEspeak } from './speaker';
import { openLocalStore, StoreError } from './store';
import { Transcript } from './transcript';

// The AWS SDK warns once on Node < 22 that future versions will need it: true, but noise in a transcript.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Said when --screen is asked for but the manifest does not declare APL, as no device would show a screen then. */
const NO_APL_NOTE = 'skill-package/skill.json does not declare ALEXA_PRESENTATION_APL: the device shows no screen to this skill.';

/** What a log line adds to its message in the transcript: an error's message, or a problem; not the request keys. */
const detail = (extra: Record<string, unknown> = {}): string => {
  const { error, problem } = extra;
  if (error instanceof Error) return `: ${error.message}`;
  return problem === undefined ? '' : ` ${JSON.stringify(problem)}`;
};

/** The skill's warnings and errors as one short line on stderr; its info logs are dropped. */
const stderrLogger: AppLogger = {
  info: () => undefined,
  warn: (message, extra) => process.stderr.write(`  ! skill warning: ${message}${detail(extra)}\n`),
  error: (message, extra) => process.stderr.write(`  ! skill error: ${message}${detail(extra)}\n`),
};

/** Where the lines come from: a script file, a pipe, or a person at a prompt. */
function lineSource(options: Options): { lines: Interface; interactive: boolean } {
  if (options.script) return { lines: createInterface({ input: createReadStream(options.script), terminal: false }), interactive: false };
  const interactive = Boolean(process.stdin.isTTY);
  const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive, prompt: 'you> ' });
  lines.on('SIGINT', () => lines.close());
  return { lines, interactive };
}

function banner(transcript: Transcript, options: Options): void {
  const where = relative(PROJECT_ROOT, options.dataDir) || '.';
  transcript.note(`Sciatica Routine, local simulator · ${options.locale} · user ${options.user}`);
  transcript.note(`Your place is kept in ${where.startsWith('..') ? options.dataDir : where} (--fresh forgets it).`);
  if (!options.noApi) transcript.note(`Alexa's APIs run locally; the device's time zone is ${options.timeZone}${options.apiFault ? `, and they fail with ${options.apiFault}` : ''}.`);
  transcript.note('Say "open sciatica routine" to begin. "stop" is said to Alexa; type quit or press Ctrl+D to leave.');
  transcript.line();
}

/** Runs the simulator; resolves to the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
    if (options.script && !existsSync(options.script)) throw new UsageError(`--script: no such file: ${options.script}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`npm start: ${error.message}\nRun "npm start -- --help" to see the flags.\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const width = process.stdout.isTTY ? Math.min(process.stdout.columns || 80, 100) : 80;
  const speaking = options.speak && hasEspeak();
  const onProblem = (message: string): void => void process.stderr.write(`\n${message}\n`);
  const speaker = speaking ? espeakSpeaker(espeakVoice(options.locale), onProblem) : null;
  const transcript = new Transcript(process.stdout, { width, color, realtime: options.realtime, speaker });
  if (options.speak && !speaking) transcript.note(ESPEAK_HINT);

  const store = await openLocalStore(options.dataDir, options.fresh);
  // The local stand-in of Alexa's Settings and Reminders APIs, and Alexa's side of the routine offer and permissions.
  // What Alexa remembers (permissions, reminders, routines) is kept with the store, as the store is.
  const saved = loadAlexaState(options.dataDir);
  const api = options.noApi ? null : await LocalAlexaApi.start(options.timeZone);
  api?.restore(saved.api);
  if (api && options.apiFault) for (const name of ['settings', 'reminders'] as const) api.setFault(name, API_FAULT[options.apiFault]);
  const alexa = new AlexaSide(skillFacts(LOCAL_SKILL_ID, options.locale), api, saved.routines);
  const save = (): void => saveAlexaState(options.dataDir, { api: api?.state() ?? saved.api, routines: alexa.routinesOn() });
  alexa.onChange = save;
  if (api) api.onChange = save;
  // Shown answers move the clock on by their playing time; waited-out ones (--realtime) take it for real.
  const clock = new PlaybackClock();
  const skill = buildSkill({ persistenceAdapter: store.adapter, logger: stderrLogger, clock: clock.now });
  const { lines, interactive } = lineSource(options);
  // A device tells a skill it has a screen only when the skill's manifest declares APL.
  const screen = options.screen && declaresApl(skillManifest());
  if (options.screen && !screen) transcript.note(NO_APL_NOTE);
  const talk = new SessionLoop(skill, resolverFor(options.locale), transcript, {
    userId: options.user,
    locale: options.locale,
    screen,
    json: options.json,
    echo: !interactive,
    ...(options.realtime ? {} : { played: (ssml: string) => clock.played(ssml) }),
    ...(api ? { api } : {}),
    alexa,
  }, clock.now);
  banner(transcript, options);
  if (interactive) lines.prompt();
  for await (const line of lines) {
    if (!(await talk.say(line))) break;
    if (interactive) lines.prompt();
  }
  lines.close();
  await talk.end();
  await api?.close();
  await store.close();
  if (interactive) transcript.line();
  return 0;
}

/** The last word on an error nothing else caught: one line, the stack only with DEBUG set. */
function fail(error: unknown): void {
  const known = error instanceof StoreError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`npm start: ${known ? message : `unexpected error: ${message}`}\n`);
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  process.exitCode = 1;
}

// dynalite throws some storage errors from inside its request callbacks, out of reach of any await.
process.on('uncaughtException', (error) => {
  fail(error);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  fail,
);
