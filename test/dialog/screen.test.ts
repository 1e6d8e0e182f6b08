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
    const { talk } = setup({ screen: true });
    await talk.launch();
    const turn = await talk.say('SetSideIntent', { side: 'left' });
    expect(screenOf(turn)).toEqual({
      title: 'Exercise 1 of 4',
      name: 'The lying crossed-knee stretch',
      side: 'Left side',
      steps: expect.arrayContaining(['Lift your left foot and rest that ankle across your right knee.']),
      hint: expect.stringMatching(/next/),
    });
    const next = await talk.say(INTENT.NEXT);
    expect(screenOf(next)).toMatchObject({ side: 'Right side' });
  });

  it('shows the easier version and the exercise being explained', async () => {
    const { talk } = setup({ screen: true });
    await talk.launch();
    await talk.say(INTENT.GO_TO, { number: '2' });
    const easier = await talk.say('MakeEasierIntent');
    expect(screenOf(easier)).toMatchObject({ title: expect.stringMatching(/easier/), name: 'The seated figure four on a chair' });
    const explained = await talk.say(INTENT.EXPLAIN, { exercise: 'seated stretch' });
    expect(screenOf(explained)).toMatchObject({ title: 'Exercise 3 of 4', side: '' });
  });

  it('sends no screen to a speaker without one, and none with plain answers', async () => {
    const speaker = setup({ screen: false });
    await speaker.talk.launch();
    expect(screenOf(await speaker.talk.say(INTENT.START))).toBeUndefined();
    const show = setup({ screen: true });
    expect(screenOf(await show.talk.say(INTENT.HELP))).toBeUndefined();
  });
});
