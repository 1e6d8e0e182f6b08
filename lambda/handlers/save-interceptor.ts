// After each turn: save the record if the turn changed it, keep it in the session, and
// tell the user once if their progress could not be saved.
import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { METRIC } from '../metrics';
import { saveRecord } from '../persistence';
import { escapeSsml, message } from '../speech';
import { recordMetric } from './observe';
import { currentTurn, storeContext, type Turn } from './turn';

function warnInSpeech(response: Response, text: string): void {
  const speech = response.outputSpeech;
  if (speech?.type !== 'SSML') return;
  speech.ssml = speech.ssml.replace(/^<speak>/, `<speak>${escapeSsml(text)} `);
}

/** Whether the turn's record differs from what was last read or saved. */
const unsaved = (turn: Turn): boolean => JSON.stringify(turn.record) !== JSON.stringify(turn.loaded.record);

/**
 * Saves the turn's record if it changed since it was last read or saved (or the stored one needs writing again):
 * at most once a turn, inside the turn's deadline (see saveRecord). Handlers call it early only when the answer
 * depends on what was saved; the interceptor calls it otherwise. A save that could not happen is remembered, so the
 * user is warned; a record deleted since it was read is not written back, and that needs no warning.
 */
export async function saveTurn(input: HandlerInput, turn: Turn): Promise<void> {
  if (turn.saveTried) return;
  turn.saveTried = true;
  const changed = unsaved(turn);
  if (turn.loaded.version === null || turn.loaded.frozen === 'newerVersion') turn.saveFailed = true;
  if (!changed && !turn.loaded.rewrite) return;
  const result = await saveRecord(storeContext(input), turn.record, turn.loaded);
  if (result.saved) {
    turn.record = result.loaded.record;
    turn.loaded = result.loaded;
  } else if (result.why === 'deleted') {
    turn.loaded = { ...turn.loaded, frozen: 'deleted' };
  } else if (changed) {
    turn.saveFailed = true;
  }
}

/** Saves what changed and carries the record, its version and the pending question in the session. */
export const SaveStateInterceptor: ResponseInterceptor = {
  async process(input: HandlerInput, response?: Response): Promise<void> {
    const turn = currentTurn(input);
    if (!turn) return;
    await saveTurn(input, turn);
    // Counted once a turn, here at its end: changes that are not in the store yet (a record deleted since it was
    // read is not written back on purpose, and is not counted).
    if (unsaved(turn) && turn.loaded.frozen !== 'deleted') recordMetric(input, METRIC.SAVE_FAILED);
    const warnNow = turn.saveFailed && !turn.warned && response?.outputSpeech !== undefined;
    if (warnNow && response) warnInSpeech(response, message(turn.routine, 'saveWarning'));
    if (input.requestEnvelope.session) {
      const { record, loaded } = turn;
      input.attributesManager.setSessionAttributes({
        record,
        version: loaded.version,
        ...(unsaved(turn) ? { base: loaded.record } : {}),
        ...(loaded.frozen ? { frozen: loaded.frozen } : {}),
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
