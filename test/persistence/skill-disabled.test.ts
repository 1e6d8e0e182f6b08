import { INTENT } from '../../lambda/handlers/intents';
import { buildSkill } from '../../lambda/skill';
import { Conversation } from '../support/conversation';
import { useLocalDynamo } from '../support/dynalite';
import { skillDisabledEvent } from '../support/envelopes';

const store = useLocalDynamo();

async function userWithSavedPlace(userId: string) {
  const skill = buildSkill({ persistenceAdapter: store.adapter() });
  const talk = new Conversation(skill, { userId });
  await talk.launch();
  await talk.say(INTENT.GO_TO, { number: '2' });
  expect(await store.item(userId)).toMatchObject({ routine: { exercise: 1 } });
  return skill;
}

describe('disabling the skill', () => {
  it('deletes the record when Alexa does not keep the user data', async () => {
    const skill = await userWithSavedPlace('user-leaving');
    const response = await skill.invoke(skillDisabledEvent({ userId: 'user-leaving' }, false));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(await store.item('user-leaving')).toBeUndefined();
  });

  it('keeps the record when Alexa keeps the user data', async () => {
    const skill = await userWithSavedPlace('user-staying');
    await skill.invoke(skillDisabledEvent({ userId: 'user-staying' }, true));
    expect(await store.item('user-staying')).toMatchObject({ routine: { exercise: 1 } });
  });

  it('deletes only that user', async () => {
    const skill = await userWithSavedPlace('user-leaving');
    await userWithSavedPlace('user-other');
    await skill.invoke(skillDisabledEvent({ userId: 'user-leaving' }, false));
    expect(await store.item('user-other')).toBeDefined();
  });
});
