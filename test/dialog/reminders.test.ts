// Reminders by voice against the local stand-in of the Alexa APIs, through the real skill factory: the
// permission asked by voice (accepted, denied, not answered, not available), the reminder created with its
// recurrence and time zone, listed, replaced and cancelled, odd times, and every fault of the API.
import { REMINDERS_SCOPE } from '../../lambda/comeback';
import { INTENT } from '../../lambda/handlers/intents';
import { connectionsResponse } from '../../scripts/alexa/envelopes';
import { alexaApiPerTest, finishRoutine, type ApiSetup } from '../support/alexa-api';
import { TEST_DEVICE } from '../support/envelopes';
import { expectGoodResponse, setup as setupWithoutApi } from './helpers';

const USER = TEST_DEVICE.userId;
const daily = { value: 'every day', resolved: { name: 'every day', id: 'daily' } };
const weekdays = { value: 'on weekdays', resolved: { name: 'weekdays', id: 'weekdays' } };
const reminderCalls = (s: ApiSetup) => s.api.calls.filter((c) => c.path.startsWith('/v1/alerts/reminders'));
let setup: ApiSetup;
const start = alexaApiPerTest();

/** "Remind me ..." with the slots given, then yes to the reminder said back. */
async function askAndConfirm(s: ApiSetup, slots: Record<string, unknown>) {
  const confirm = await s.talk.say(INTENT.SET_REMINDER, slots as Record<string, string>);
  return { confirm, yes: await s.talk.say(INTENT.YES) };
}

describe('setting a reminder', () => {
  it('says it back, asks for the permission by voice, and creates it in the user\'s time zone', async () => {
    setup = await start({ zone: 'America/Los_Angeles' });
    await setup.talk.launch();
    const { confirm, yes } = await askAndConfirm(setup, { time: '08:00', days: daily });
    expect(confirm.text).toBe("I'll remind you every day at 8 AM. Shall I set that?");
    await expectGoodResponse(confirm);
    // No permission yet: Alexa asks, and the skill says nothing over it.
    expect(yes.text).toBe('');
    expect(yes.handOff).toMatchObject({ kind: 'permission', scope: REMINDERS_SCOPE });
    expect(yes.envelope.response.directives).toEqual([
      { type: 'Connections.SendRequest', name: 'AskFor', payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE }, token: REMINDERS_SCOPE },
    ]);
    expect(reminderCalls(setup)).toEqual([]);

    const done = await setup.talk.answerAlexa('yes');
    expect(done.text).toBe("Done. I'll remind you every day at 8 AM.");
    expect(done.ended).toBe(false);
    const [reminder, ...others] = setup.api.remindersOf(USER);
    expect(others).toEqual([]);
    expect(reminder).toMatchObject({
      status: 'ON',
      // TEST_NOW is 08:00 UTC: midnight in Los Angeles (and the seconds the answers took to play).
      requestTime: expect.stringMatching(/^2026-11-26T00:0\d:\d\d\.000$/),
      trigger: { type: 'SCHEDULED_ABSOLUTE', timeZoneId: 'America/Los_Angeles', recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;'] } },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: expect.stringMatching(/when you're ready/) }] } },
    });
    expect(setup.store.records.get(USER)).toMatchObject({ reminder: { hour: 8, minute: 0, days: 'daily' } });
  });

  it('sets weekdays at 6 in the evening, lists it, replaces it, and cancels it: one reminder at most', async () => {
    setup = await start({ zone: 'Europe/London' });
    setup.api.setPermission(USER, REMINDERS_SCOPE, true);
    const { yes } = await askAndConfirm(setup, { time: '18:00', days: weekdays });
    expect(yes.text).toBe("Done. I'll remind you on weekdays at 6 PM.");
    expect(setup.api.remindersOf(USER)[0]?.trigger).toMatchObject({
      timeZoneId: 'Europe/London',
      recurrence: { recurrenceRules: ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=18;BYMINUTE=0;BYSECOND=0;INTERVAL=1;'] },
    });

    expect((await setup.talk.say(INTENT.LIST_REMINDERS)).text).toBe('You have a reminder on weekdays at 6 PM.');

    const replaced = await askAndConfirm(setup, { time: '07:30' });
    expect(replaced.confirm.text).toBe("I'll remind you every day at 7:30 AM. Shall I set that?");
    expect(replaced.yes.text).toBe('Done. Your reminder is now every day at 7:30 AM.');
    expect(setup.api.remindersOf(USER)).toHaveLength(1);
    expect(setup.api.remindersOf(USER)[0]?.trigger).toMatchObject({ recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=7;BYMINUTE=30;BYSECOND=0;INTERVAL=1;'] } });

    const cancelled = await setup.talk.say(INTENT.CANCEL_REMINDER);
    expect(cancelled.text).toBe("Okay, I've cancelled your reminder.");
    expect(setup.api.remindersOf(USER)).toEqual([]);
    expect(setup.store.records.get(USER)).toMatchObject({ reminder: null });
    expect((await setup.talk.say(INTENT.LIST_REMINDERS)).text).toBe("You don't have a reminder from me. To set one, say remind me every day at 8 am.");
    expect((await setup.talk.say(INTENT.CANCEL_REMINDER)).text).toBe("You don't have a reminder from me to cancel.");
  });

  it('takes a no to the permission, silence, and a device that cannot ask by voice', async () => {
    setup = await start();
    await askAndConfirm(setup, { time: '08:00' });
    const denied = await setup.talk.answerAlexa('no');
    expect(denied.text).toBe('Okay, no reminder. If you change your mind, you can turn on reminders in the Alexa app.');
    expect(denied.ended).toBe(false);

    await askAndConfirm(setup, { time: '08:00' });
    expect((await setup.talk.answerAlexa(null)).text).toBe("I didn't set a reminder.");

    await askAndConfirm(setup, { time: '08:00' });
    const unavailable = await setup.talk.sendBuilt((origin) =>
      connectionsResponse(origin, { name: 'AskFor', status: { code: '500', message: 'Voice permission is not available' }, payload: {} }),
    );
    expect(unavailable.text).toBe("To set a reminder, please allow reminders for Sciatica Routine in the Alexa app. I've put a card there for you.");
    expect(unavailable.envelope.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    expect(setup.api.remindersOf(USER)).toEqual([]);
  });

  it('asks a clear question for a time it cannot use, and keeps the days said', async () => {
    setup = await start();
    const missing = await setup.talk.say(INTENT.SET_REMINDER, { days: weekdays });
    expect(missing.text).toBe('What time would suit you? For example, say 8 in the morning.');
    expect(missing.reprompt).toBe('Say a time, like 8 in the morning or 6 in the evening.');
    const evening = await setup.talk.say(INTENT.SET_REMINDER, { time: 'EV' });
    expect(evening.text).toBe('Which time exactly? For example, say 6 PM.');
    for (const odd of ['?', '25:00', 'noonish']) {
      expect((await setup.talk.say(INTENT.SET_REMINDER, { time: odd })).text).toBe("I didn't catch a time. Please say a time like 8 am, or 6:30 in the evening.");
    }
    const exact = await setup.talk.say(INTENT.SET_REMINDER, { time: '18:30' });
    expect(exact.text).toBe("I'll remind you on weekdays at 6:30 PM. Shall I set that?");
    expect((await setup.talk.say(INTENT.SET_REMINDER, { time: '12:00' })).text).toBe("I'll remind you on weekdays at noon. Shall I set that?");
    expect((await setup.talk.say(INTENT.NO)).text).toBe("Okay, I won't set a reminder.");
  });

  it('follows the daily reminder offer after a finished routine, to the end of the session', async () => {
    setup = await start();
    await finishRoutine(setup.talk);
    await setup.talk.answerAlexa('no');
    const when = await setup.talk.say(INTENT.YES);
    expect(when.text).toBe('What time would suit you? For example, say 8 in the morning.');
    const confirm = await setup.talk.say(INTENT.SET_REMINDER, { time: '08:00' });
    expect(confirm.text).toBe("I'll remind you every day at 8 AM. Shall I set that?");
    await setup.talk.say(INTENT.YES);
    const done = await setup.talk.answerAlexa('yes');
    expect(done.text).toBe("Done. I'll remind you every day at 8 AM. Goodbye. Take care.");
    expect(done.ended).toBe(true);
    expect(setup.store.records.get(USER)).toMatchObject({ reminderOffered: true, reminder: { hour: 8, minute: 0, days: 'daily' } });
  });
});

describe('faults of the Reminders API: one sentence, and the routine carries on', () => {
  it.each([
    [401, "To set a reminder, please allow reminders for Sciatica Routine in the Alexa app. I've put a card there for you."],
    [403, "I couldn't reach your reminders just now, so nothing changed."],
    [429, "I couldn't reach your reminders just now, so nothing changed."],
    [500, "I couldn't reach your reminders just now, so nothing changed."],
  ] as const)('answers a %i in the middle of the routine', async (status, said) => {
    setup = await start();
    setup.api.setPermission(USER, REMINDERS_SCOPE, true);
    await setup.talk.launch();
    await setup.talk.say(INTENT.SIDE_ANSWER, { side: { value: 'left', resolved: { name: 'left', id: 'left' } } });
    setup.api.setFault('reminders', { status });
    const { yes } = await askAndConfirm(setup, { time: '08:00' });
    expect(yes.text).toBe(said);
    expect(yes.reprompt).toMatch(/Say next to go on/);
    expect(setup.logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'reminders call failed' }));
    expect((await setup.talk.say(INTENT.LIST_REMINDERS)).text).toMatch(status === 401 ? /don't have a reminder/ : /couldn't reach your reminders/);
    setup.api.setFault('reminders', null);
    expect((await setup.talk.say(INTENT.NEXT)).text).toMatch(/Exercise 2 of 4/);
  });

  it('answers a slow API within the turn budget, without waiting for it', async () => {
    setup = await start({ budgetMs: 300 });
    setup.api.setPermission(USER, REMINDERS_SCOPE, true);
    await setup.talk.launch();
    setup.api.setFault('reminders', { delayMs: 3000 });
    await setup.talk.say(INTENT.SET_REMINDER, { time: '08:00' });
    const started = Date.now();
    const yes = await setup.talk.say(INTENT.YES);
    // The stand-in answers after 3 s; the turn gave up after its 300 ms budget.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(yes.text).toBe("I couldn't reach your reminders just now, so nothing changed.");
    expect(setup.logs).toContainEqual(expect.objectContaining({ message: 'reminders call failed', extra: expect.objectContaining({ failure: 'timeout' }) }));
  });

  it('says reminders are not available when the request carries no API token', async () => {
    const { talk } = setupWithoutApi();
    await talk.say(INTENT.SET_REMINDER, { time: '08:00' });
    expect((await talk.say(INTENT.YES)).text).toBe("I can't set reminders on this device.");
    expect((await talk.say(INTENT.LIST_REMINDERS)).text).toBe("I can't set reminders on this device.");
  });
});
