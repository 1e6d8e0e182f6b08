// What Alexa says back after a hand-off: the routine offer's SessionResumedRequest cause, and the AskFor answer.
import { consentAnswer, offerOutcome, OFFER_REASON, REMINDERS_SCOPE } from '../../lambda/comeback';

const cause = (code: string | number, result?: unknown, token: string = OFFER_REASON.FINISHED) => ({
  type: 'ConnectionCompleted',
  token,
  status: { code, message: 'x' },
  ...(result === undefined ? {} : { result }),
});

describe('offerOutcome', () => {
  it('tells a yes, a no, a routine the user already had, and a failure apart', () => {
    expect(offerOutcome(cause('200'))).toEqual({ reason: OFFER_REASON.FINISHED, outcome: 'accepted' });
    expect(offerOutcome(cause(200, { offerAutomationResponse: { status: 'ACCEPTED' } }))?.outcome).toBe('accepted');
    expect(offerOutcome(cause('204', { offerAutomationResponse: { reason: 'REJECTED_BY_CUSTOMER' } }))?.outcome).toBe('declined');
    expect(offerOutcome(cause('204', { offerAutomationResponse: { reason: 'AUTOMATION_ALREADY_ENABLED' } }))?.outcome).toBe('alreadySet');
    expect(offerOutcome(cause('204'))?.outcome).toBe('declined');
    expect(offerOutcome(cause('400'))?.outcome).toBe('failed');
    expect(offerOutcome(cause('500', null))?.outcome).toBe('failed');
  });

  it('keeps why the offer was made, and ignores a cause that is not one', () => {
    expect(offerOutcome(cause('200', undefined, OFFER_REASON.ASKED))?.reason).toBe(OFFER_REASON.ASKED);
    expect(offerOutcome(cause('200', undefined, 'another-task'))).toBeNull();
    expect(offerOutcome({ type: 'Something', status: { code: '200' } })).toBeNull();
    expect(offerOutcome(undefined)).toBeNull();
  });
});

describe('consentAnswer', () => {
  const response = (payload: unknown, code = '200') => ({ type: 'Connections.Response', name: 'AskFor', status: { code }, payload });

  it('reads the answer of version 1 and of version 2 payloads', () => {
    expect(consentAnswer(response({ permissionScope: REMINDERS_SCOPE, status: 'ACCEPTED' }), REMINDERS_SCOPE)).toBe('ACCEPTED');
    expect(consentAnswer(response({ permissionScope: REMINDERS_SCOPE, status: 'DENIED' }), REMINDERS_SCOPE)).toBe('DENIED');
    expect(consentAnswer(response({ permissions: { [REMINDERS_SCOPE]: { status: 'ACCEPTED' } } }), REMINDERS_SCOPE)).toBe('ACCEPTED');
    expect(consentAnswer(response({ status: 'MAYBE' }), REMINDERS_SCOPE)).toBe('NOT_ANSWERED');
  });

  it('says Alexa could not ask when the status is not a success', () => {
    expect(consentAnswer(response({}, '500'), REMINDERS_SCOPE)).toBe('unavailable');
    expect(consentAnswer({ type: 'Connections.Response', name: 'Other' }, REMINDERS_SCOPE)).toBe('unavailable');
  });
});
