// What an Echo Show shows through a conversation: a screen for every state, the pose facing the side worked,
// the warning signs written out, this week's progress, cards in the Alexa app; and no screen where there is none.
import { MANIFEST_PATH, readManifest } from '../../scripts/alexa/manifest';
import { INTENT } from '../../lambda/handlers/intents';
import { InMemoryPersistenceAdapter } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { TEST_NOW } from '../support/envelopes';
import { renderOf, screenDevice, screenOf } from '../support/screens';
import { setup } from './helpers';

type Stage = { label: string; detail: string; kind: string; mirror: boolean };
const stagesOf = (screen: Record<string, unknown> | undefined): Stage[] => (screen?.stages ?? []) as Stage[];
const buttonsOf = (screen: Record<string, unknown> | undefined): string[] => ((screen?.buttons ?? []) as { text: string }[]).map((b) => b.text);

describe('screens through a conversation', () => {
  it('asks for the side with Left and Right buttons, under the safety line', async () => {
    const { talk } = screenDevice();
    const screen = screenOf(await talk.launch());
    expect(screen).toMatchObject({ headline: 'Which leg hurts?', lines: expect.arrayContaining([expect.stringMatching(/Not medical advice/)]) });
    expect(buttonsOf(screen)).toEqual(['Left', 'Right']);
  });

  it('follows a narrated side: the pose facing the side, phases with countdowns, steps, then well done', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    const left = screenOf(await talk.say('SetSideIntent', { side: 'left' }));
    expect(left).toMatchObject({ title: 'Exercise 1 of 4', subtitle: 'The lying crossed-knee stretch' });
    expect(stagesOf(left).map((s) => s.label)).toEqual(['Get into position', 'Get ready', 'Hold', 'Rest', 'Get ready', 'Hold', 'Well done']);
    expect(stagesOf(left)[2]).toMatchObject({ kind: 'timer', detail: 'Round 1 of 2 · Left side', mirror: true });
    expect(left?.captions).toContain('Lift your left foot and rest that ankle across your right knee.');
    expect(buttonsOf(left)).toEqual(['Pause', 'Next', 'Repeat', 'It hurts']);
    const right = screenOf(await talk.say(INTENT.NEXT));
    expect(stagesOf(right)[2]).toMatchObject({ detail: 'Round 1 of 2 · Right side', mirror: false });
  });

  it('shows the easier form by name, and the lifts of the last exercise as a count', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '2' });
    expect(screenOf(await talk.say(INTENT.EASIER))?.subtitle).toBe('The seated figure four on a chair · Easier version');
    const lifts = screenOf(await talk.say(INTENT.GO_TO, { number: '4' }));
    expect(stagesOf(lifts).filter((s) => s.kind === 'reps').map((s) => s.detail)).toEqual(['Set 1 of 2 · Right side', 'Set 2 of 2 · Right side']);
  });

  it('shows paused with Resume, and the warning signs written out when it hurts', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    await talk.say('SetSideIntent', { side: 'right' });
    const paused = screenOf(await talk.say(INTENT.PAUSE));
    expect(paused).toMatchObject({ headline: 'Paused', lines: ['Exercise 1 of 4, right side', expect.any(String)] });
    expect(buttonsOf(paused)).toContain('Resume');
    const hurts = screenOf(await talk.say(INTENT.IT_HURTS));
    expect(hurts).toMatchObject({ headline: 'Stop and rest', listTitle: 'Get medical help at once if you have:' });
    expect(hurts?.list).toEqual(['Numbness around your groin or bottom', 'Trouble peeing or controlling your bowels', 'Weakness or numbness in both legs']);
    expect(buttonsOf(hurts)).toEqual(['Easier', 'Skip', 'Stop']);
  });

  it('lists what to say on help, and pages an explained exercise\'s steps with a card of them in the app', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    expect(screenOf(await talk.say(INTENT.HELP))?.list).toContain('“It hurts”');
    const explained = await talk.say(INTENT.EXPLAIN, { exercise: 'seated stretch' });
    expect(screenOf(explained)).toMatchObject({ title: 'Exercise 3 of 4', captions: expect.arrayContaining([expect.stringMatching(/Spread your legs/)]) });
    expect(explained.envelope.response.card).toMatchObject({ type: 'Simple', title: 'The seated wide-leg forward bend', content: expect.stringMatching(/^- .*\n- /) });
  });

  it('shows this week\'s progress when the routine is done, with the whole routine on a card', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    await talk.say('SetSideIntent', { side: 'left' });
    let turn = await talk.say(INTENT.NEXT);
    while (!turn.ended) turn = await talk.say(INTENT.NEXT);
    expect(screenOf(turn)).toMatchObject({ headline: 'Routine done', lines: ['1 routine this week', 'Take a moment, then get up slowly.'] });
    const card = turn.envelope.response.card;
    expect(card).toMatchObject({ type: 'Simple', title: 'Your sciatica routine' });
    for (const n of [1, 2, 3, 4]) expect(card && 'content' in card ? card.content : '').toMatch(new RegExp(`^${n}\\. `, 'm'));
  });

  it('welcomes a returning user back to where they stopped, with Continue and Not now', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    await talk.say('SetSideIntent', { side: 'left' });
    await talk.say(INTENT.NEXT);
    await talk.say(INTENT.STOP);
    const back = screenOf(await talk.launch());
    expect(back).toMatchObject({ headline: 'Welcome back', lines: [expect.stringMatching(/exercise 1 of 4, right side/)] });
    expect(buttonsOf(back)).toEqual(['Continue', 'Not now']);
  });

  it('shows where the routine stands with answers that name no screen', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    await talk.say('SetSideIntent', { side: 'left' });
    const left = screenOf(await talk.say(INTENT.HOW_MANY_LEFT));
    expect(stagesOf(left).map((s) => s.label)).toEqual(['How to do it']);
  });
});

describe('no screen where there is none', () => {
  it('sends no screen to a speaker, but still the card', async () => {
    const { talk } = setup({ screen: false });
    await talk.launch();
    expect(renderOf(await talk.say(INTENT.START))).toBeUndefined();
    const explained = await talk.say(INTENT.EXPLAIN, { exercise: 'pigeon' });
    expect(renderOf(explained)).toBeUndefined();
    expect(explained.envelope.response.card).toBeDefined();
  });

  it('declares the APL interface in the manifest, with the screens it is made for', () => {
    const apl = readManifest(MANIFEST_PATH).manifest.apis.custom.interfaces.find((i) => i.type === 'ALEXA_PRESENTATION_APL');
    expect(apl?.supportedViewports?.map((v) => `${v.mode} ${v.shape}`)).toEqual(['HUB ROUND', 'HUB RECTANGLE', 'HUB RECTANGLE', 'HUB RECTANGLE', 'TV RECTANGLE']);
  });

  it('sends no screen, even to an Echo Show, for a skill whose manifest does not declare APL', async () => {
    const manifest = readManifest(MANIFEST_PATH);
    const undeclared = { manifest: { ...manifest.manifest, apis: { custom: { ...manifest.manifest.apis.custom, interfaces: [] } } } };
    const skill = buildSkill({ persistenceAdapter: new InMemoryPersistenceAdapter(), clock: () => TEST_NOW });
    const talk = new Conversation(skill, { screen: true, manifest: undeclared, now: () => TEST_NOW });
    const launch = await talk.launch();
    expect(launch.envelope.response.directives ?? []).toEqual([]);
    expect(renderOf(await talk.say('SetSideIntent', { side: 'left' }))).toBeUndefined();
  });
});
