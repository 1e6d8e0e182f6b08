// "Alexa, start my sciatica routine", set up by the skill: the AMAZON.OfferAutomation hand-off after the first
// finished routine and on "set up my routine", against the documented schema, with Alexa's side played locally.
import { routineOfferProblems, skillFacts } from '../../scripts/alexa/alexa-side';
import { LOCAL_SKILL_ID, sessionResumedRequest } from '../../scripts/alexa/envelopes';
import { alexaApiPerTest, finishRoutine, type ApiSetup } from '../support/alexa-api';
import { TEST_DEVICE } from '../support/envelopes';
import { expectGoodResponse } from './helpers';

const USER = TEST_DEVICE.userId;
const stored = (setup: ApiSetup) => setup.store.records.get(USER);
let setup: ApiSetup;
const start = alexaApiPerTest();

describe('the routine offer after the first finished routine', () => {
  it('hands Alexa a valid offer: a voice trigger with the phrases in order, in the device locale, that starts this skill', async () => {
    setup = await start();
    const finish = await finishRoutine(setup.talk);
    expect(finish.text).toMatch(/That's the whole routine.*That's your first routine done.*see a doctor\.$/);
    expect(finish.envelope.response.shouldEndSession).toBeUndefined();
    expect(finish.envelope.response.reprompt).toBeUndefined();
    const [directive] = finish.envelope.response.directives ?? [];
    expect(routineOfferProblems(directive, skillFacts(LOCAL_SKILL_ID, 'en-US'), 'en-US')).toEqual([]);
    expect(directive).toMatchObject({
      uri: 'connection://AMAZON.OfferAutomation/1',
      onCompletion: 'RESUME_SESSION',
      input: {
        automation: {
          trigger: { type: 'Alexa.Automation.Trigger.Voice.CustomUtterance', payload: { locale: 'en-US' } },
          operations: { serial: [{ operation: { payload: { connectionRequest: { uri: `connection://${LOCAL_SKILL_ID}.StartRoutine/1?provider=${LOCAL_SKILL_ID}` } } } }] },
        },
      },
    });
    const utterances = (directive as unknown as { input: { automation: { trigger: { payload: { utterances: string[] } } } } }).input.automation.trigger.payload.utterances;
    expect(utterances[0]).toBe('start my sciatica routine');
    expect(utterances.length).toBeLessThanOrEqual(5);
    expect(finish.handOff).toMatchObject({ kind: 'routineOffer', phrase: 'start my sciatica routine' });
    expect(stored(setup)).toMatchObject({ routineOffer: 'offered' });
  });

  it('thanks for a yes, then offers a daily reminder; the routine later starts the skill in one go', async () => {
    setup = await start();
    await finishRoutine(setup.talk);
    const yes = await setup.talk.answerAlexa('yes');
    expect(yes.text).toBe("Thanks, your routine is ready. Next time, just say the phrase to start. Would you like a daily reminder to do your stretches?");
    expect(yes.ended).toBe(false);
    await expectGoodResponse(yes);
    const no = await setup.talk.say('AMAZON.NoIntent');
    expect(no.text).toBe("Okay, I won't set a reminder. Goodbye. Take care.");
    expect(no.ended).toBe(true);
    expect(stored(setup)).toMatchObject({ routineOffer: 'accepted', reminderOffered: true, reminder: null });

    // "Alexa, start my sciatica routine": the routine starts the skill's task; one yes begins.
    const started = await setup.talk.launchTask({ name: `${LOCAL_SKILL_ID}.StartRoutine`, version: '1' });
    expect(started.text).toBe('Welcome back to Sciatica Routine. Ready to start your routine?');
    const go = await setup.talk.say('AMAZON.YesIntent');
    expect(go.text).toMatch(/Exercise 1 of 4/);
  });

  it('accepts a no in a few words, never offers again on its own, and offers again when asked', async () => {
    setup = await start();
    await finishRoutine(setup.talk);
    const no = await setup.talk.answerAlexa('no');
    expect(no.text).toBe('No problem. Would you like a daily reminder to do your stretches?');
    await setup.talk.say('AMAZON.NoIntent');
    expect(stored(setup)).toMatchObject({ routineOffer: 'declined' });

    setup.setNow(new Date('2026-11-27T08:00:00Z'));
    const again = await finishRoutine(setup.talk);
    expect(again.handOff).toBeNull();
    expect(again.text).toMatch(/That's 2 of 3 days this week\..*Goodbye\. Take care\.$/);
    expect(again.ended).toBe(true);

    const asked = await setup.talk.say('SetUpRoutineIntent');
    expect(asked.text).toBe("Sure, let's set that up.");
    expect(asked.handOff?.kind).toBe('routineOffer');
    const yes = await setup.talk.answerAlexa('yes');
    expect(yes.text).toBe('Thanks, your routine is ready. Next time, just say the phrase to start.');
    expect(yes.ended).toBe(false);
    expect(stored(setup)).toMatchObject({ routineOffer: 'accepted' });

    const twice = await setup.talk.say('SetUpRoutineIntent');
    expect((await setup.talk.answerAlexa('yes')).text).toBe("You already have that routine, so you're all set.");
    expect(twice.handOff?.kind).toBe('routineOffer');
  });

  it('says in one sentence when Alexa could not make the offer, and goes on', async () => {
    // A manifest without the StartRoutine task: Alexa refuses the offer.
    setup = await start({ skill: { tasks: [] } });
    const finish = await finishRoutine(setup.talk);
    expect(finish.handOff).toMatchObject({ kind: 'routineOffer', problems: ['task StartRoutine/1 is not declared in skill.json'] });
    const failed = await setup.talk.answerAlexa('yes');
    expect(failed.text).toBe(
      "I couldn't set up the routine just now. You can say set up my routine another time. Would you like a daily reminder to do your stretches?",
    );
    expect(stored(setup)).toMatchObject({ routineOffer: 'offered' });
  });

  it('answers a resumed session it cannot place with help, not an error', async () => {
    setup = await start();
    await setup.talk.launch();
    const turn = await setup.talk.sendBuilt((origin) => sessionResumedRequest(origin, { token: 'someone-else', status: { code: '200', message: 'OK' } }));
    expect(turn.text).toMatch(/I'll guide you through four stretches/);
    expect(setup.logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'session resumed for an unknown reason' }));
  });
});

describe('the documented schema check', () => {
  it('catches an offer with too many phrases, a foreign locale, or an operation for another skill', async () => {
    setup = await start();
    const finish = await finishRoutine(setup.talk);
    const directive = finish.envelope.response.directives?.[0] as unknown as Record<string, { automation: Record<string, unknown> }>;
    const facts = skillFacts(LOCAL_SKILL_ID, 'en-US');
    const withTrigger = (payload: Record<string, unknown>) =>
      structuredClone({ ...directive, input: { ...directive.input, automation: { ...directive.input?.automation, trigger: { type: 'Alexa.Automation.Trigger.Voice.CustomUtterance', version: '1.0', payload } } } });
    expect(routineOfferProblems(withTrigger({ utterances: ['a b', 'c d', 'e f', 'g h', 'i j', 'k l'], locale: 'en-US' }), facts, 'en-US').join()).toMatch(/utterances/);
    expect(routineOfferProblems(withTrigger({ utterances: ['start my sciatica routine'], locale: 'de-DE' }), facts, 'en-US')).toEqual(['trigger locale de-DE is not the device\'s en-US']);
    expect(routineOfferProblems(withTrigger({ utterances: ['Start 2 stretches!'], locale: 'en-US' }), facts, 'en-US').join()).toMatch(/lower-case words/);
    expect(routineOfferProblems(directive, { ...facts, skillId: 'amzn1.ask.skill.other' }, 'en-US')).toEqual(['operation OpenSciaticaRoutine does not start this skill']);
  });
});
