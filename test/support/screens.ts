// Test helpers for screens: the RenderDocument of a turn, its data, and every screen the skill shows, each
// reached through the real skill on a device with a screen.
import type { interfaces, ResponseEnvelope } from 'ask-sdk-model';
import { INTENT } from '../../lambda/handlers/intents';
import { setup } from '../dialog/helpers';
import type { Turn } from './conversation';

export type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

/** The RenderDocument directive of a turn, if it has one. */
export const renderOf = (turn: Turn): RenderDocument | undefined =>
  turn.envelope.response.directives?.find((d): d is RenderDocument => d.type === 'Alexa.Presentation.APL.RenderDocument');

/** The data a turn's screen shows (its `screen` data source). */
export const screenOf = (turn: Turn): Record<string, unknown> | undefined => renderOf(turn)?.datasources?.screen as Record<string, unknown> | undefined;

/** A screen the skill showed, named for the state it shows, with the whole response it came in. */
export interface ShownScreen {
  readonly state: string;
  readonly directive: RenderDocument;
  readonly response: ResponseEnvelope;
}

/** Every kind of screen, reached by talking to the skill on an Echo Show: welcome, side question, exercises, pain... */
export async function everyScreen(): Promise<ShownScreen[]> {
  const shown: ShownScreen[] = [];
  const keep = (state: string, turn: Turn): void => {
    const directive = renderOf(turn);
    if (!directive) throw new Error(`no screen for ${state}`);
    shown.push({ state, directive, response: turn.envelope });
  };
  const { talk, interruptAt } = setup({ screen: true });
  keep('side question', await talk.launch());
  keep('exercise 1', await talk.say(INTENT.SIDE_ANSWER, { side: 'left' }));
  keep('how many left', await talk.say(INTENT.HOW_MANY_LEFT));
  keep('exercise 2', await talk.say(INTENT.NEXT));
  interruptAt(30);
  keep('easier form', await talk.say(INTENT.EASIER));
  interruptAt(30);
  keep('chair form', await talk.say(INTENT.CHAIR));
  interruptAt(30);
  keep('paused', await talk.say(INTENT.PAUSE));
  keep('it hurts', await talk.say(INTENT.IT_HURTS));
  keep('help', await talk.say(INTENT.HELP));
  keep('explain', await talk.say(INTENT.EXPLAIN, { exercise: 'seated stretch' }));
  keep('floor again', await talk.say(INTENT.FLOOR));
  keep('exercise 3', await talk.say(INTENT.GO_TO, { number: '3' }));
  keep('exercise 4', await talk.say(INTENT.NEXT));
  keep('finished', await talk.say(INTENT.NEXT));
  keep('welcome', await talk.launch());
  await talk.say(INTENT.YES);
  keep('stopped', await talk.say(INTENT.STOP));
  keep('welcome back', await talk.launch());
  // Coming back: the goal and the reminders show where the routine stands.
  keep('goal set', await talk.say(INTENT.SET_GOAL, { count: '4' }));
  keep('reminders', await talk.say(INTENT.LIST_REMINDERS));
  keep('injury', await talk.say(INTENT.INJURY));
  keep('warning sign', await talk.say(INTENT.WARNING_SIGN));
  return shown;
}
