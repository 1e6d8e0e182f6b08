// Command-line flags of `npm start`, parsed with node:util and checked with zod; bad flags get a clear message.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { LOCALES } from '../../content';
import { isKnownTimeZone } from '../../lambda/progress';
import type { Fault } from '../alexa/api-server';

/** Faults the local stand-in of Alexa's APIs can play, by name. */
export const API_FAULTS = ['401', '403', '429', '500', 'slow'] as const;
/** What each fault name does: a status, or an answer slower than the skill waits for. */
export const API_FAULT: Record<(typeof API_FAULTS)[number], Fault> = {
  401: { status: 401 },
  403: { status: 403 },
  429: { status: 429 },
  500: { status: 500 },
  slow: { delayMs: 5000 },
};

/** The project root (scripts/simulator/../..). */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
/** Where the simulator keeps its DynamoDB data unless told otherwise. Ignored by git (.local/). */
export const DEFAULT_DATA_DIR = resolve(PROJECT_ROOT, '.local', 'dynamodb');
/** Environment variable that moves the data directory (tests use a temporary one). */
export const DATA_DIR_ENV = 'SIMULATOR_DATA_DIR';
/** The user id requests carry unless --user says otherwise. */
export const DEFAULT_USER_ID = 'amzn1.ask.account.LOCAL-SIMULATOR-USER';

/** The simulator's options, after parsing. */
export const OptionsSchema = z.object({
  user: z.string().trim().min(1, '--user needs a user id').default(DEFAULT_USER_ID),
  locale: z.enum(LOCALES, { error: () => `--locale must be one of: ${LOCALES.join(', ')}` }).default(LOCALES[0]),
  fresh: z.boolean().default(false),
  screen: z.boolean().default(false),
  json: z.boolean().default(false),
  realtime: z.boolean().default(false),
  speak: z.boolean().default(false),
  script: z.string().min(1, '--script needs a file').optional(),
  dataDir: z.string().min(1, '--data-dir needs a directory'),
  timeZone: z
    .string()
    .refine(isKnownTimeZone, '--time-zone needs an IANA time zone name, such as Europe/London')
    .default(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'),
  apiFault: z.enum(API_FAULTS, { error: () => `--api-fault must be one of: ${API_FAULTS.join(', ')}` }).optional(),
  noApi: z.boolean().default(false),
  help: z.boolean().default(false),
});

export type Options = z.infer<typeof OptionsSchema>;

/** Thrown for flags the simulator does not understand; main prints the message and exits with 2. */
export class UsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/** The usage text of --help. */
export const USAGE = `Usage: npm start [-- flags]

Talk to the Sciatica Routine skill on this machine. Type what you would say to Alexa.

  --user <id>        the Alexa user id (default: ${DEFAULT_USER_ID})
  --locale <locale>  ${LOCALES.join(', ')} (default: ${LOCALES[0]})
  --fresh            forget everything: wipe the local store first
  --screen           pretend the device has a screen (APL)
  --json             also print each raw response envelope
  --realtime         wait out the pauses instead of only showing them
  --speak            also speak the answers with espeak-ng (implies --realtime)
  --script <file>    read utterances from a file, one a line, then exit
  --data-dir <dir>   where the local DynamoDB keeps its data (default: .local/dynamodb,
                     or $${DATA_DIR_ENV})
  --time-zone <zone> the device's time zone in the Alexa app, such as Europe/London
                     (default: this computer's)
  --api-fault <kind> make Alexa's APIs (settings, reminders) fail: ${API_FAULTS.join(', ')}
  --no-api           send requests without an API token, as if Alexa's APIs were out of reach
  --help             show this text

Type "quit" or "exit", or press Ctrl+D, to leave the simulator. "stop" is said to the skill.`;

const FLAGS = {
  user: { type: 'string' },
  locale: { type: 'string' },
  fresh: { type: 'boolean' },
  screen: { type: 'boolean' },
  json: { type: 'boolean' },
  realtime: { type: 'boolean' },
  speak: { type: 'boolean' },
  script: { type: 'string' },
  'data-dir': { type: 'string' },
  'time-zone': { type: 'string' },
  'api-fault': { type: 'string' },
  'no-api': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options from argv (without node and the script); throws UsageError on anything it does not understand. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Options {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false }));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, '.'), { cause: error });
  }
  const { 'data-dir': dataDir, 'time-zone': timeZone, 'api-fault': apiFault, 'no-api': noApi, ...rest } = values;
  const parsed = OptionsSchema.safeParse({ ...rest, timeZone, apiFault, noApi, dataDir: resolve(String(dataDir ?? env[DATA_DIR_ENV] ?? DEFAULT_DATA_DIR)) });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '), { cause: parsed.error });
  return { ...parsed.data, realtime: parsed.data.realtime || parsed.data.speak };
}
