// What Alexa itself remembers between runs of the simulator, kept next to the local store: the permissions the
// user granted, the reminders set, and the routines turned on. --fresh forgets it with the store.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ApiState } from '../alexa/api-server';
import type { LaunchTask } from '../alexa/envelopes';

/** The file's name in the data directory. */
export const ALEXA_STATE_FILE = 'alexa-state.json';

const StateSchema = z.object({
  grants: z.array(z.tuple([z.string(), z.enum(['GRANTED', 'DENIED'])])),
  // Reminders were checked against the API contract when they were set.
  reminders: z.record(z.string(), z.array(z.looseObject({ alertToken: z.string() }))),
  routines: z.array(z.tuple([z.string(), z.object({ name: z.string(), version: z.string() })])),
});

/** Alexa's side as saved: the API's state and the routines. */
export interface AlexaState {
  readonly api: ApiState;
  readonly routines: readonly (readonly [string, LaunchTask])[];
}

/** The state saved in `dir`, or an empty one when there is none or it cannot be read. */
export function loadAlexaState(dir: string): AlexaState {
  const file = join(dir, ALEXA_STATE_FILE);
  const empty: AlexaState = { api: { grants: [], reminders: {} }, routines: [] };
  if (!existsSync(file)) return empty;
  try {
    const { grants, reminders, routines } = StateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return { api: { grants, reminders: reminders as unknown as ApiState['reminders'] }, routines };
  } catch {
    return empty;
  }
}

/** Saves the state in `dir`. */
export function saveAlexaState(dir: string, state: AlexaState): void {
  writeFileSync(join(dir, ALEXA_STATE_FILE), `${JSON.stringify({ ...state.api, routines: state.routines }, null, 2)}\n`);
}
