import type { interfaces } from 'ask-sdk-model';
import { INTENT } from '../../lambda/handlers/intents';
import type { Turn } from '../support/conversation';
import { setup } from './helpers';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

const screenOf = (turn: Turn): Record<string, unknown> | undefined => {
  const directive = turn.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as RenderDocument | undefined;
  return directive?.datasources?.exercise as Record<string, unknown> | undefined;
};

describe('screens', () => {
  it('shows the exercise, its side and its steps on a device with a screen', async () => {
    const { talk, interruptAt } = setup({ screen: true });
    await talk.launch();
    const turn = await talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    expect(screenOf(turn)).toEqual({
      title: 'Exercise 1 of 4',
      name: 'The lying crossed-knee stretch',
      side: 'Left side',
      steps: expect.arrayContaining(['Come down to the floor, slowly.', 'Rest your left ankle across your right knee.']),
      hint: expect.stringMatching(/next/),
    });
    // Exercise 1 was heard to its end, both sides: next shows exercise 2 from the starting side.
    const next = await talk.say(INTENT.NEXT);
    expect(screenOf(next)).toMatchObject({ title: 'Exercise 2 of 4', name: 'The standing figure four', side: 'Left side' });
    // "Alexa, the other side" while getting into place for the left side.
    interruptAt(10);
    const other = await talk.say(INTENT.SWITCH_SIDE);
    expect(screenOf(other)).toMatchObject({ title: 'Exercise 2 of 4', side: 'Right side', steps: expect.arrayContaining(['Rest your right ankle just above your left knee.']) });
  });

  it('shows the easier version and the exercise being explained', async () => {
    const { talk, interruptAt } = setup({ screen: true });
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '2' });
    interruptAt(10);
    const easier = await talk.say(INTENT.EASIER);
    expect(screenOf(easier)).toMatchObject({ title: expect.stringMatching(/easier/), name: 'The seated figure four on a chair' });
    const explained = await talk.say(INTENT.EXPLAIN, { exercise: 'seated stretch' });
    expect(screenOf(explained)).toMatchObject({ title: 'Exercise 3 of 4', name: 'The seated wide-leg forward bend', side: '' });
  });

  it('shows the chair form once the user asks for the chair version', async () => {
    const { talk, interruptAt } = setup({ screen: true });
    await talk.launch();
    await talk.say(INTENT.SIDE_ANSWER, { side: 'right' });
    interruptAt(10);
    const chair = await talk.say(INTENT.CHAIR);
    expect(screenOf(chair)).toMatchObject({
      title: 'Exercise 1 of 4',
      name: 'The seated figure four',
      side: 'Right side',
      steps: expect.arrayContaining(['Sit near the front of a sturdy chair.', 'Lift your right foot, and rest that ankle on your left knee.']),
    });
    expect(screenOf(chair)?.steps).not.toContain('Come down to the floor, slowly.');
  });

  it('sends no screen to a speaker without one, and none with plain answers', async () => {
    const speaker = setup({ screen: false });
    await speaker.talk.launch();
    const narrated = await speaker.talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    expect(narrated.text).toMatch(/Exercise 1 of 4/);
    expect(screenOf(narrated)).toBeUndefined();
    const show = setup({ screen: true });
    expect(screenOf(await show.talk.say(INTENT.HELP))).toBeUndefined();
    await show.talk.say(INTENT.SIDE_ANSWER, { side: 'left' });
    show.interruptAt(10);
    expect(screenOf(await show.talk.say(INTENT.WHERE_AM_I))).toBeUndefined();
  });
});
