// What an Echo Show shows through a conversation: a screen for every state, the pose facing the side worked,
// the warning signs written out, this week's progress, cards in the Alexa app; and no screen where there is none.
import { INTENT } from '../../lambda/handlers/intents';
import { InMemoryPersistenceAdapter } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import { MANIFEST_PATH, readManifest } from '../../scripts/alexa/manifest';
import { Conversation } from '../support/conversation';
import { TEST_NOW } from '../support/envelopes';
import { renderOf, screenOf } from '../support/screens';
import { setup } from './helpers';

type Stage = { label: string; detail: string; kind: string; mirror: boolean; steps: boolean };
const stagesOf = (screen: Record<string, unknown> | undefined): Stage[] => (screen?.stages ?? []) as Stage[];
const buttonsOf = (screen: Record<string, unknown> | undefined): string[] => ((screen?.buttons ?? []) as { text: string }[]).map((b) => b.text);
const screenDevice = () => setup({ screen: true });

describe('screens through a conversation', () => {
  it('asks which side first with Left and Right buttons, under the safety line', async () => {
    const { talk } = screenDevice();
    const screen = screenOf(await talk.launch());
    expect(screen).toMatchObject({ headline: 'Which side first?', lines: expect.arrayContaining([expect.stringMatching(/Not medical advice/)]) });
    expect(buttonsOf(screen)).toEqual(['Left', 'Right']);
  });

  it('follows a narrated exercise: both sides, the pose facing each, phases with countdowns, steps, then well done', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    const screen = screenOf(await talk.say(INTENT.SIDE_ANSWER, { side: 'left' }));
    expect(screen).toMatchObject({ title: 'Exercise 1 of 4', subtitle: 'The lying crossed-knee stretch' });
    const stages = stagesOf(screen);
    expect(stages.map((s) => s.label)).toEqual([
      'Get into position', 'Get ready', 'How to do it', 'Hold', 'Rest', 'Hold', 'How to do it', 'Get ready', 'Hold', 'Rest', 'Hold', 'Well done',
    ]);
    expect(stages[3]).toMatchObject({ kind: 'timer', detail: 'Round 1 of 2 · Left side', mirror: true });
    expect(stages[8]).toMatchObject({ kind: 'timer', detail: 'Round 1 of 2 · Right side', mirror: false });
    expect(screen?.captions).toContain('Rest your left ankle across your right knee.');
    expect(buttonsOf(screen)).toEqual(['Pause', 'Next', 'Repeat', 'It hurts']);
  });

  it('shows the form being done: easier, chair, and the lifts of the last exercise as a count', async () => {
    const { talk, interruptAt } = screenDevice();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, { side: 'right' });
    await talk.say(INTENT.NEXT);
    interruptAt(20);
    expect(screenOf(await talk.say(INTENT.EASIER))?.subtitle).toBe('The seated figure four on a chair · Easier version');
    interruptAt(20);
    const chair = screenOf(await talk.say(INTENT.CHAIR));
    expect(chair?.subtitle).toMatch(/ · Easier chair version$/);
    expect(chair?.captions).not.toContain('Come down to the floor, slowly.');
    const lifts = screenOf(await talk.say(INTENT.GO_TO, { number: '4' }));
    expect(stagesOf(lifts).filter((s) => s.kind === 'reps').map((s) => s.detail)).toEqual([
      'Set 1 of 2 · Right side', 'Set 2 of 2 · Right side', 'Set 1 of 2 · Left side', 'Set 2 of 2 · Left side',
    ]);
  });

  it('shows paused with Resume, and the warning signs written out when it hurts', async () => {
    const { talk, interruptAt } = screenDevice();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, { side: 'right' });
    interruptAt(20);
    const paused = screenOf(await talk.say(INTENT.PAUSE));
    expect(paused).toMatchObject({ headline: 'Paused', lines: ['Exercise 1 of 4, right side', expect.any(String)] });
    expect(buttonsOf(paused)).toContain('Resume');
    const hurts = screenOf(await talk.say(INTENT.IT_HURTS));
    expect(hurts).toMatchObject({ headline: 'Stop and rest', listTitle: 'Get medical help at once if you have:' });
    expect(hurts?.list).toEqual(['Numbness around your groin or bottom', 'Trouble peeing or with your bowels', 'Weakness or numbness in both legs']);
    expect(buttonsOf(hurts)).toEqual(['Easier', 'Skip', 'Stop']);
  });

  it('offers on the pain screen only what the answer offers: nothing to go on with before the start, stop or next between exercises', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    expect(buttonsOf(screenOf(await talk.say(INTENT.IT_HURTS)))).toEqual([]);
    await talk.say(INTENT.SIDE_ANSWER, { side: 'right' });
    expect(buttonsOf(screenOf(await talk.say(INTENT.IT_HURTS)))).toEqual(['Stop', 'Next']);
  });

  it('says to get help now when a warning sign is named, and to stay still after a fall', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    const urgent = screenOf(await talk.say(INTENT.WARNING_SIGN));
    expect(urgent).toMatchObject({ headline: 'Get medical help now', lines: expect.arrayContaining([expect.stringMatching(/911/)]) });
    expect(urgent?.list).toHaveLength(3);
    await talk.launch();
    expect(screenOf(await talk.say(INTENT.INJURY))).toMatchObject({ headline: 'Stop and stay still' });
  });

  it('keeps the side question up on help while it is open, and lists what to say on help later', async () => {
    const { talk, interruptAt } = screenDevice();
    await talk.launch();
    expect(screenOf(await talk.say(INTENT.HELP))?.headline).toBe('Which side first?');
    await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    interruptAt(20);
    const help = screenOf(await talk.say(INTENT.HELP));
    expect(help).toMatchObject({ headline: 'Say “Alexa”, then:', list: expect.arrayContaining(['“It hurts”', '“Pause” and “Resume”']) });
  });

  it('pages an explained exercise\'s steps, with a card of them in the app', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    const explained = await talk.say(INTENT.EXPLAIN, { exercise: 'seated stretch' });
    expect(screenOf(explained)).toMatchObject({ title: 'Exercise 3 of 4', subtitle: 'The seated wide-leg forward bend' });
    expect(stagesOf(screenOf(explained)).map((s) => s.label)).toEqual(['How to do it']);
    expect(explained.envelope.response.card).toMatchObject({ type: 'Simple', title: 'The seated wide-leg forward bend', content: expect.stringMatching(/^- .*\n- /) });
  });

  it('shows this week\'s days against the goal when the routine is done, with the whole routine on a card', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    let turn = await talk.say(INTENT.NEXT);
    while (!turn.ended && !turn.handingOff) turn = await talk.say(INTENT.NEXT);
    // The first routine ever: Alexa's routine offer follows, and the screen and card come with the words before it.
    expect(turn.handingOff).toBe(true);
    expect(screenOf(turn)).toMatchObject({ headline: 'Routine done', lines: ['1 of 3 days this week', 'Take a moment, then get up slowly.'] });
    const card = turn.envelope.response.card;
    expect(card).toMatchObject({ type: 'Simple', title: 'Your sciatica routine' });
    for (const n of [1, 2, 3, 4]) expect(card && 'content' in card ? card.content : '').toMatch(new RegExp(`^${n}\\. `, 'm'));
  });

  it('welcomes a returning user back to where they stopped, with Continue and Not now', async () => {
    const { talk, interruptAt } = screenDevice();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    await talk.say(INTENT.NEXT);
    interruptAt(20);
    await talk.say(INTENT.STOP);
    const back = screenOf(await talk.launch());
    expect(back).toMatchObject({ headline: 'Welcome back', lines: [expect.stringMatching(/exercise 2 of 4, left side/)] });
    expect(buttonsOf(back)).toEqual(['Continue', 'Not now']);
  });

  it('shows where the routine stands with answers that name no screen', async () => {
    const { talk } = screenDevice();
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    expect(stagesOf(screenOf(await talk.say(INTENT.HOW_MANY_LEFT))).map((s) => s.label)).toEqual(['How to do it']);
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
    expect(renderOf(await talk.say(INTENT.SIDE_ANSWER, { side: 'left' }))).toBeUndefined();
  });
});
