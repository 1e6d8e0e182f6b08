import fc from 'fast-check';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { freshRecord, VERSION_ATTRIBUTE } from '../../lambda/persistence';
import type { Reply } from '../../scripts/alexa/device';
import { intentRequest, launchRequest, type Origin } from '../../scripts/alexa/envelopes';
import type { Scenario } from '../../scripts/fuzz/arbitraries';
import { recordProblems, replyProblems } from '../../scripts/fuzz/checks';
import { conversationsProperty } from '../../scripts/fuzz/property';
import { runScenario } from '../../scripts/fuzz/run';

const origin: Origin = {
  userId: 'amzn1.ask.account.CHECKS',
  deviceId: 'amzn1.ask.device.CHECKS',
  locale: 'en-US',
  screen: false,
  session: { id: 'amzn1.echo-api.session.CHECKS', isNew: true, attributes: {} },
  now: new Date('2026-11-26T08:00:00Z'),
};

/** A reply to `request` as the skill might have sent it. */
function reply(request: RequestEnvelope, response: ResponseEnvelope['response'], sessionAttributes?: Record<string, unknown>): Reply {
  const speech = response.outputSpeech;
  const reprompt = response.reprompt?.outputSpeech;
  return {
    request,
    response: { version: '1.0', response, ...(sessionAttributes ? { sessionAttributes } : {}) },
    ssml: speech?.type === 'SSML' ? speech.ssml : '',
    reprompt: reprompt?.type === 'SSML' ? reprompt.ssml : null,
    ended: response.shouldEndSession !== false,
    handingOff: false,
    handOff: null,
  };
}

const ssml = (text: string) => ({ type: 'SSML' as const, ssml: `<speak>${text}</speak>` });
const open = (text: string) => ({ outputSpeech: ssml(text), reprompt: { outputSpeech: ssml('Say next.') }, shouldEndSession: false });
const routineAt = (exercise: number) => ({ ...freshRecord(), routine: { ...freshRecord().routine, exercise } });

describe('the fuzzer checks', () => {
  it('pass a good open turn', async () => {
    expect(await replyProblems(reply(launchRequest(origin), open('Welcome back.'), { record: routineAt(3) }), false)).toEqual([]);
  });

  it('catch the catch-all apology', async () => {
    const apology = open('Sorry, something went wrong on my side. Your place is kept.');
    expect(await replyProblems(reply(launchRequest(origin), apology), false)).toEqual([expect.stringMatching(/apology/)]);
  });

  it('catch invalid SSML in speech and reprompt', async () => {
    const bad = { outputSpeech: ssml('a & b'), reprompt: { outputSpeech: ssml('<break time="20s"/>') }, shouldEndSession: false };
    const problems = await replyProblems(reply(intentRequest(origin, 'AMAZON.HelpIntent'), bad), false);
    expect(problems).toEqual([expect.stringMatching(/^speech is invalid SSML/), expect.stringMatching(/^reprompt is invalid SSML/)]);
  });

  it('catch a session left open without a reprompt, and a request left without speech', async () => {
    const silent = reply(intentRequest(origin, 'AMAZON.NextIntent'), { shouldEndSession: false });
    expect(await replyProblems(silent, false)).toEqual(['IntentRequest answered without speech', 'the session stays open without a reprompt']);
  });

  it('catch a screen sent to a device without one', async () => {
    const withScreen = { ...open('Exercise one.'), directives: [{ type: 'Alexa.Presentation.APL.RenderDocument' as const, token: 't', document: {} }] };
    expect(await replyProblems(reply(intentRequest(origin, 'AMAZON.NextIntent'), withScreen), false)).toEqual([expect.stringMatching(/APL/)]);
    expect(await replyProblems(reply(intentRequest(origin, 'AMAZON.NextIntent'), withScreen), true)).toEqual([]);
  });

  it('catch a bad screen on a device with one, and too big a response', async () => {
    const render = (document: Record<string, unknown>, screen: Record<string, unknown> = {}) =>
      ({ type: 'Alexa.Presentation.APL.RenderDocument' as const, token: 't', document, datasources: { screen } });
    const next = intentRequest(origin, 'AMAZON.NextIntent');
    const twice = { ...open('Exercise one.'), directives: [render({}), render({})] };
    expect(await replyProblems(reply(next, twice), true)).toEqual(['2 RenderDocument directives, expected one']);
    expect(await replyProblems(reply(next, open('Exercise one.')), true)).toEqual(['0 RenderDocument directives, expected one']);
    const unbound = { ...open('Exercise one.'), directives: [render({ mainTemplate: { items: [{ type: 'Text', text: '${payload.screen.title}' }] } })] };
    expect(await replyProblems(reply(next, unbound), true)).toEqual(['the screen binds data its source lacks: title']);
    const stuck = { ...open('Exercise one.'), directives: [render({ mainTemplate: { items: [{ type: 'Container', onMount: [{ type: 'Dance' }] }] } })] };
    expect(await replyProblems(reply(next, stuck), true)).toEqual([expect.stringMatching(/commands do not run: the command Dance/)]);
    const huge = { ...open('Exercise one.'), directives: [render({}, { title: 'x'.repeat(25_000) })] };
    expect(await replyProblems(reply(next, huge), true)).toEqual([expect.stringMatching(/^the response is \d+ bytes, over Alexa's 24576/)]);
  });

  it('catch a stored position outside the routine and an unreadable record', () => {
    expect(recordProblems('stored', { ...routineAt(3), [VERSION_ATTRIBUTE]: 2 }, 'en-US')).toEqual([]);
    expect(recordProblems('stored', routineAt(4), 'en-US')).toEqual(['stored position is exercise index 4 of a 4-exercise routine']);
    expect(recordProblems('stored', { routine: 'x' }, 'en-GB')).toEqual([expect.stringMatching(/does not parse/)]);
  });
});

describe('fuzzed conversations', () => {
  it('answer a saved position the routine no longer has (found by the fuzzer: launch crashed on it)', async () => {
    const stored = { ...routineAt(7), routine: { ...routineAt(7).routine, status: 'active', safetyNoticeHeard: true }, [VERSION_ATTRIBUTE]: 3 };
    const scenario: Scenario = {
      stored,
      devices: [{ locale: 'en-US', screen: true }, { locale: 'de-DE', screen: false }],
      actions: [{ kind: 'launch' }, { kind: 'intent', intent: 'AMAZON.YesIntent', slots: {} }, { kind: 'intent', intent: 'HowManyLeftIntent', slots: {} }],
    };
    expect(await runScenario(scenario)).toBeNull();
  });

  it('never give a bad response, over 400 random conversations', async () => {
    await fc.assert(conversationsProperty(40), { numRuns: 400 });
  });
});
