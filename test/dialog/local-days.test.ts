// The user's time zone from the Settings API stand-in: read once a session, days and weeks counted where the
// user lives, UTC when it cannot be had (said nothing of, logged), and the weekly goal by voice.
import { INTENT } from '../../lambda/handlers/intents';
import { alexaApiPerTest, finishRoutine, type ApiSetup } from '../support/alexa-api';
import { expectGoodResponse } from './helpers';

const start = alexaApiPerTest();
const settingsCalls = (setup: ApiSetup) => setup.api.calls.filter((c) => c.path.includes('/settings/System.timeZone')).length;

/** Finishes a routine at `moment`, turning down the offers that follow the first one. */
async function finishAt(setup: ApiSetup, moment: string) {
  setup.setNow(new Date(moment));
  const done = await finishRoutine(setup.talk);
  if (done.handOff) await setup.talk.answerAlexa('no');
  if (!done.ended || done.handOff) await setup.talk.say(INTENT.NO);
  return done;
}

describe('days where the user lives', () => {
  it('counts a Thursday evening and a Friday morning in Los Angeles as two days of the week', async () => {
    const setup = await start({ zone: 'America/Los_Angeles' });
    await finishAt(setup, '2026-11-27T02:00:00Z'); // Thursday 6 pm in Los Angeles
    const friday = await finishAt(setup, '2026-11-27T17:00:00Z'); // Friday 9 am
    expect(friday.text).toMatch(/That's 2 of 3 days this week\. You've done it 2 days in a row\./);
    const progress = await setup.talk.say(INTENT.PROGRESS);
    expect(progress.text).toMatch(/^This week you've done 2 of your 3 days\. You've done 2 routines\. Your last one was today\./);
  });

  it('counts the same two routines as one day when the device is in UTC', async () => {
    const setup = await start({ zone: 'UTC' });
    await finishAt(setup, '2026-11-27T02:00:00Z');
    const second = await finishAt(setup, '2026-11-27T17:00:00Z');
    expect(second.text).toMatch(/That's 1 of 3 days this week\./);
  });

  it('reads the time zone once a session, and again in a new session', async () => {
    const setup = await start();
    await setup.talk.launch();
    await setup.talk.say(INTENT.HELP);
    await setup.talk.say(INTENT.PROGRESS);
    expect(settingsCalls(setup)).toBe(1);
    await setup.talk.say(INTENT.STOP);
    await setup.talk.launch();
    expect(settingsCalls(setup)).toBe(2);
  });

  it('starts the week again on Monday, and keeps the best week', async () => {
    const setup = await start({ zone: 'Pacific/Auckland' });
    await finishAt(setup, '2026-11-27T20:00:00Z'); // Saturday 28 November, 9 am in Auckland
    await finishAt(setup, '2026-11-29T07:00:00Z'); // Sunday 29 November, 8 pm
    const monday = await finishAt(setup, '2026-11-29T19:00:00Z'); // Monday 30 November, 8 am (still Sunday in UTC)
    expect(monday.text).toMatch(/That's 1 of 3 days this week\./);
    const progress = await setup.talk.say(INTENT.PROGRESS);
    expect(progress.text).toMatch(/^This week you've done 1 of your 3 days\. Your best week had 2 days\./);
  });
});

describe('when the time zone cannot be had', () => {
  it.each([
    ['a 500', { status: 500 } as const],
    ['a 401', { status: 401 } as const],
    ['a 403', { status: 403 } as const],
    ['a 429', { status: 429 } as const],
  ])('counts in UTC after %s, says nothing of it, and logs it', async (_, fault) => {
    const setup = await start({ zone: 'America/Los_Angeles' });
    setup.api.setFault('settings', fault);
    setup.setNow(new Date('2026-11-27T02:00:00Z'));
    const welcome = await setup.talk.launch();
    expect(welcome.text).toMatch(/^Welcome to Sciatica Routine/);
    await expectGoodResponse(welcome);
    expect(setup.logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'time zone read failed, using UTC' }));
    setup.api.setFault('settings', null);
    const done = await finishRoutine(setup.talk);
    expect(done.text).toMatch(/That's your first routine done/);
    // Still the session of the failed read: the day is the UTC one.
    expect(setup.store.records.get('amzn1.ask.account.TEST-USER')).toMatchObject({ progress: { lastDate: '2026-11-27' } });
    expect(settingsCalls(setup)).toBe(1);
  });

  it('does not wait for a slow Settings API', async () => {
    const setup = await start({ budgetMs: 300 });
    setup.api.setFault('settings', { delayMs: 3000 });
    const started = Date.now();
    const welcome = await setup.talk.launch();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(welcome.text).toMatch(/^Welcome to Sciatica Routine/);
    expect(setup.logs).toContainEqual(expect.objectContaining({ message: 'time zone read failed, using UTC', extra: expect.objectContaining({ failure: 'timeout' }) }));
  });

  it('uses UTC for a zone this runtime does not know, and logs it', async () => {
    const setup = await start({ zone: 'Mars/Olympus_Mons' });
    setup.setNow(new Date('2026-11-27T02:00:00Z'));
    await finishRoutine(setup.talk);
    expect(setup.logs).toContainEqual({ level: 'warn', message: 'unknown time zone, using UTC', extra: expect.objectContaining({ timeZone: 'Mars/Olympus_Mons' }) });
    expect(setup.store.records.get('amzn1.ask.account.TEST-USER')).toMatchObject({ progress: { lastDate: '2026-11-27' } });
  });
});

describe('the weekly goal by voice', () => {
  it('sets the goal from 1 to 7 days, and uses it at the end and in "how am I doing"', async () => {
    const setup = await start();
    expect((await setup.talk.say(INTENT.SET_GOAL, { count: '5' })).text).toBe("Okay, your goal is 5 days a week. So far this week you've done 0 days.");
    for (const count of ['0', '8', '?']) {
      expect((await setup.talk.say(INTENT.SET_GOAL, { count })).text).toBe('You can aim for 1 to 7 days a week. For example, say set my goal to four days a week.');
    }
    expect((await setup.talk.say(INTENT.SET_GOAL)).text).toMatch(/^You can aim for 1 to 7 days/);
    expect(setup.store.records.get('amzn1.ask.account.TEST-USER')).toMatchObject({ weeklyGoal: 5 });
    await setup.talk.say(INTENT.STOP);
    const first = await finishAt(setup, '2026-11-26T17:00:00Z');
    expect(first.text).toMatch(/Aim for 5 days a week/);
    const second = await finishAt(setup, '2026-11-27T17:00:00Z');
    expect(second.text).toMatch(/That's 2 of 5 days this week\./);
    expect((await setup.talk.say(INTENT.SET_GOAL, { count: '1' })).text).toBe("Okay, your goal is 1 day a week. So far this week you've done 2 days.");
  });
});
