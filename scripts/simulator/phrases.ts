// How people say the built-in intents, and how they open or ask a skill, per locale: the part of Alexa's
// language understanding that an interaction model does not list. Phrasings never overlap between intents.
import type { Locale } from '../../content';
import { INTENT } from '../../lambda/handlers/intents';

/** The phrasings of one locale. */
export interface LocalePhrases {
  /** Built-in intents and what people say for them (normalized: lower case, no apostrophes). */
  readonly builtIns: Readonly<Record<string, readonly string[]>>;
  /** Words before the invocation name that open the skill: "open sciatica routine". */
  readonly launchVerbs: readonly string[];
  /** Words that start a one-shot request: "ask sciatica routine to ...". */
  readonly askVerbs: readonly string[];
  /** Words between the invocation name and the request in a one-shot: "... to", "... for". */
  readonly askConnectors: readonly string[];
  /** Words between the invocation name and the request after a launch verb: "start ... and next". */
  readonly launchConnectors: readonly string[];
  /** A wake word the user may type first: "alexa, ...". */
  readonly wakeWord: string;
  /** Optional determiners before the invocation name: "open my sciatica routine". */
  readonly determiners: readonly string[];
  /** Words that report pain, an injury or a warning sign (only the safety intents' samples may use them). */
  readonly safetyWords: readonly string[];
  /** Slot types whose values also mean something as words, for the similarity stage ("bottom" is not "leg"). */
  readonly wordSlotTypes: readonly string[];
  /** Phrases in which a slot value is not meant as one ("right now"), and what they mean. */
  readonly idioms: Readonly<Record<string, string>>;
}

const EN_US: LocalePhrases = {
  builtIns: {
    [INTENT.NEXT]: ['next', 'next one', 'next please', 'go on', 'move on', 'go next', 'go forward', 'forward', 'whats next'],
    [INTENT.PREVIOUS]: ['previous', 'previous one', 'the previous one', 'go back', 'back', 'back up', 'go back one'],
    [INTENT.REPEAT]: ['repeat', 'repeat that', 'repeat please', 'say that again', 'say it again', 'again', 'one more time', 'come again', 'what did you say', 'pardon'],
    [INTENT.PAUSE]: ['pause', 'pause it', 'pause this', 'pause the routine', 'wait', 'hold on', 'hang on', 'one moment', 'take a break', 'give me a minute'],
    [INTENT.RESUME]: ['resume', 'continue', 'keep going', 'carry on', 'unpause', 'lets continue', 'resume the routine', 'pick up where i left off'],
    [INTENT.START_OVER]: ['start over', 'restart', 'start again', 'begin again', 'from the top', 'start from the beginning', 'start from scratch'],
    [INTENT.YES]: ['yes', 'yeah', 'yep', 'yup', 'sure', 'okay', 'ok', 'yes please', 'alright', 'all right', 'of course', 'sounds good'],
    [INTENT.NO]: ['no', 'nope', 'nah', 'not now', 'no thanks', 'no thank you', 'not today', 'not really'],
    [INTENT.HELP]: ['help', 'help me', 'what can i say', 'what can i do', 'what are my options', 'i need help', 'how does this work'],
    [INTENT.STOP]: ['stop', 'quit', 'exit', 'goodbye', 'bye', 'shut up', 'enough', 'thats enough', 'im done', 'stop the routine'],
    [INTENT.CANCEL]: ['cancel', 'never mind', 'nevermind', 'forget it'],
    [INTENT.NAVIGATE_HOME]: ['home', 'go home', 'go to the home screen'],
  },
  launchVerbs: ['open', 'start', 'launch', 'begin', 'run', 'play', 'load', 'use'],
  askVerbs: ['ask', 'tell'],
  askConnectors: ['to', 'for', 'about', 'that', 'if', 'whether'],
  launchConnectors: ['and', 'to'],
  wakeWord: 'alexa',
  determiners: ['my', 'the'],
  safetyWords: [
    'hurt', 'hurts', 'hurting', 'pain', 'painful', 'ow', 'ouch', 'aah', 'sharp', 'shooting', 'burning', 'burns', 'tingling',
    'pins and needles', 'numb', 'numbness', 'killing me', 'too much', 'ache', 'aches', 'aching', 'sore', 'cramp', 'cramping',
    'twinge', 'stings', 'throbbing', 'fell', 'fall', 'fallen', 'dizzy', 'faint', 'lightheaded', 'spinning', 'popped', 'pop',
    'snapped', 'injured', 'bladder', 'bowels', 'bowel', 'peeing', 'peed', 'groin', 'agony', 'pinching', 'chest', 'breathe', 'weak', 'weaker', 'weakness', 'both legs',
  ],
  wordSlotTypes: ['BodyPart'],
  idioms: { 'right now': 'now', 'right away': 'now', 'all right': 'alright', 'right then': 'then', 'right lets': 'lets' },
};

/** The phrasings of every locale the skill speaks. */
export const PHRASES: Readonly<Record<Locale, LocalePhrases>> = { 'en-US': EN_US };
