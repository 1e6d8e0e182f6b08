// After each turn: save the record if the turn changed it (one write at most), keep it in the session, and
// tell the user once if their progress could not be saved.
import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { saveRecord } from '../persistence';
import { message } from '../speech';
import { currentTurn, depsOf, type Turn } from './turn';

function warnInSpeech(response: Response, text: string): void {
  const speech = response.outputSpeech;
  if (speech?.type !== 'SSML') return;
  speech.ssml = speech.ssml.replace(/^<speak>/, `<speak>${text} `);
}

async function persist(input: HandlerInput, turn: Turn): Promise<{ version: number | null; failed: boolean }> {
  const changed = JSON.stringify(turn.record) !== JSON.stringify(turn.loaded.record);
  if (!changed) return { version: turn.loaded.version, failed: turn.loaded.version === null };
  const deps = depsOf(input);
  const result = await saveRecord(deps.persistenceAdapter, input.requestEnvelope, turn.record, turn.loaded, deps.logger);
  if (!result.saved) return { version: turn.loaded.version, failed: true };
  turn.record = result.record;
  return { version: result.version, failed: false };
}

/** Saves what changed and carries the record, its version and the pending question in the session. */
export const SaveStateInterceptor: ResponseInterceptor = {
  async process(input: HandlerInput, response?: Response): Promise<void> {
    const turn = currentTurn(input);
    if (!turn) return;
    const { version, failed } = await persist(input, turn);
    const warnNow = failed && !turn.warned && response?.outputSpeech !== undefined;
    if (warnNow && response) warnInSpeech(response, message(turn.routine, 'saveWarning'));
    if (input.requestEnvelope.session) {
      input.attributesManager.setSessionAttributes({
        record: turn.record,
        version,
        pending: turn.nextPending,
        warned: turn.warned || warnNow,
      });
    }
  },
};
