// English as spoken to Alexa in the United States, and what Britain, Canada, Australia and India add to it.
import { INTENT } from '../../../lambda/handlers/intents';
import { SPELLED_NUMBERS } from '../numbers';
import type { LocalePhrases } from '../phrases';
import type { TextRules } from '../text';

const TEXT: TextRules = {
  elisions: [],
  contractions: [
    [/\bcan not\b|\bcannot\b/g, 'cant'],
    [/\bi am\b/g, 'im'],
    [/\bdo not\b/g, 'dont'],
    [/\bdoes not\b/g, 'doesnt'],
    [/\bis not\b/g, 'isnt'],
    [/\bi have\b/g, 'ive'],
    [/\bi would\b/g, 'id'],
    [/\bi will\b/g, 'ill'],
    [/\bit is\b/g, 'its'],
    [/\bthat is\b/g, 'thats'],
    [/\byou are\b/g, 'youre'],
    [/\blet us\b/g, 'lets'],
  ],
  stopWords: new Set([
    'a', 'an', 'the', 'um', 'uh', 'er', 'please', 'just', 'so', 'very', 'really', 'now', 'oh', 'well', 'okay', 'ok', 'alexa',
    'and', 'to', 'of', 'i', 'im', 'me', 'my', 'it', 'its', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'this', 'that',
    'thats', 'you', 'your', 'we', 'us', 'our', 'for', 'in', 'on', 'at', 'with', 'do', 'does', 'did', 'have', 'has', 'had',
    'ive', 'id', 'ill', 'then', 'there', 'here', 'some', 'bit', 'got', 'gone', 'feel', 'feels', 'feeling',
  ]),
  stemEndings: /(ness|ing|ed|ly|es|s)$/,
  foldAccents: false,
};

/** American English: the base of every English locale. */
export const EN_US: LocalePhrases = {
  language: 'en',
  text: TEXT,
  numbers: SPELLED_NUMBERS.en,
  numberArticles: ['one'],
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
  invocation: {
    letters: "a-z'.",
    launchWords: ['open', 'start', 'launch', 'begin', 'ask', 'talk', 'run', 'tell', 'load', 'enable', 'play', 'use'],
    twoWordForbidden: ['a', 'an', 'the', 'for', 'to', 'of', 'my'],
  },
  examples: {
    launchVerbs: ['open', 'ask', 'start', 'launch', 'begin', 'tell', 'talk to', 'run', 'load'],
    connectors: ['to', 'for', 'about', 'and', 'if', 'whether'],
    connectorOptional: false,
  },
  disclaimer: /not a substitute for professional medical advice/i,
};

/** Words of British, Australian and Indian English that American English lacks (added to its phrasings). */
const COMMONWEALTH = {
  safetyWords: ['wee', 'weeing', 'poo', 'wobbly', 'done my'],
  pause: ['hang on a tick', 'half a mo'],
};

/** British English: "wee" and "poo" among the warning words, a few British ways to ask for a moment. */
export const EN_GB: LocalePhrases = {
  ...EN_US,
  builtIns: { ...EN_US.builtIns, [INTENT.PAUSE]: [...(EN_US.builtIns[INTENT.PAUSE] ?? []), ...COMMONWEALTH.pause] },
  safetyWords: [...EN_US.safetyWords, ...COMMONWEALTH.safetyWords],
};

/** Canadian English speaks to Alexa as American English does. */
export const EN_CA: LocalePhrases = EN_US;

/** Australian English: as British English, and "crook" for feeling unwell. */
export const EN_AU: LocalePhrases = { ...EN_GB, safetyWords: [...EN_GB.safetyWords, 'crook', 'stuffed'] };

/** Indian English: as British English, "paining" ("my leg is paining"), "giddy" for dizzy, "urine" and "motion". */
export const EN_IN: LocalePhrases = { ...EN_GB, safetyWords: [...EN_GB.safetyWords, 'paining', 'giddy', 'urine', 'motion'] };
