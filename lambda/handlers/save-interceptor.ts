// After each turn: save the record if the turn changed it, keep it in the session, and
// tell the user once if their progress could not be saved.
import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { METRIC } from '../metrics';
import { saveRecord } from '../persistence';
import { escapeSsml, message } from '../speech';
import { recordMetric } from './observe';
import { currentTurn, depsOf, type Turn } from './turn';

function warnInSpeech(response: Response, text: string): void {
  const speech = response.outputSpeech;
  if (speech?.type !== 'SSML') return;
  speech.ssml = speech.ssml.replace(/^<speak>/, `<speak>${escapeSsml(text)} `);
}

/** Whether the turn's record differs from what was last read or saved. */
const unsaved = (turn: Turn): boolean => JSON.stringify(turn.record) !== JSON.stringify(turn.loaded.record);

/**
 * Saves the turn's record if it changed since it was last read or saved: one write, or a re-read and write
 * again after each lost race (see saveRecord).
 * Handlers call it early only when the answer depends on what was saved; the interceptor calls it otherwise.
 */
export async function saveTurn(input: HandlerInput, turn: Turn): Promise<void> {
  if (turn.loaded.version === null) turn.saveFailed = true;
  if (!unsaved(turn)) return;
  const deps = depsOf(input);
  const result = await saveRecord(deps.persistenceAdapter, input.requestEnvelope, turn.record, turn.loaded, deps.logger);
  if (!result.saved) {
    turn.saveFailed = true;
    return;
  }
  turn.record = result.record;
  turn.loaded = { record: result.record, version: result.version };
}

/** Saves what changed and carries the record, its version and the pending question in the session. */
export const SaveStateInterceptor: ResponseInterceptor = {
  async process(input: HandlerInput, response?: Response): Promise<void> {
    const turn = currentTurn(input);
    if (!turn) return;
    await saveTurn(input, turn);
    // Counted once a turn, here at its end: changes that are still not in the store are lost.
    if (unsaved(turn)) recordMetric(input, METRIC.SAVE_FAILED);
    const warnNow = turn.saveFailed && !turn.warned && response?.outputSpeech !== undefined;
    if (warnNow && response) warnInSpeech(response, message(turn.routine, 'saveWarning'));
    if (input.requestEnvelope.session) {
      input.attributesManager.setSessionAttributes({
        record: turn.record,
        version: turn.loaded.version,
        pending: turn.nextPending,
        warned: turn.warned || warnNow,
        narration: turn.narration,
        timeZone: turn.timeZone,
        // A question about the reminder asked again (a fallback, say) keeps the reminder proposed so far.
        reminderDraft: turn.nextReminderDraft ?? (turn.nextPending?.startsWith('reminder') ? turn.reminderDraft : null),
      });
    }
  },
};
