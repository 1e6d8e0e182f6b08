// How people really talk to the skill: phrasings written from listening to people exercise (not copied from
// the model), each with the intent it must reach. Pain, injury and warning signs come first and must all land.
import { INTENT } from '../../lambda/handlers/intents';

/** A phrasing and the intent Alexa must send for it. */
export interface Phrasing {
  readonly said: string;
  readonly intent: string;
}

const each = (intent: string, said: readonly string[]): Phrasing[] => said.map((s) => ({ said: s, intent }));

/** Pain: words and sensations, mid-routine, often with the side or a "stop" in front. */
export const PAIN = each(INTENT.IT_HURTS, [
  'ow ow ow',
  'ouch that hurt',
  'oh that hurts',
  'ooh ow',
  'that really really hurts',
  'it hurts too much',
  'this is hurting me',
  'that is hurting',
  'my hip is sore',
  'my left hip is sore',
  'my right leg hurts a lot',
  'my left knee is hurting',
  'my foot has gone numb',
  'my toes are tingling',
  'my leg is going numb',
  'i have pins and needles in my foot',
  'there is a burning in my leg',
  'burning pain down my leg',
  'shooting pains',
  'i got a shooting pain',
  'sharp pain in my hip',
  'that was sharp',
  'stop it hurts so much',
  'stop stop that hurts',
  'please stop that hurts',
  'my back is killing me right now',
  'my lower back hurts',
  'my bottom hurts',
  'my buttock is sore',
  'too much too much',
  'that is too much for me',
  'this is way too painful',
  'this is really painful',
  'the pain is worse now',
  'my leg pain is getting worse',
  'i have a cramp in my leg',
  'cramp cramp',
  'my knees are sore',
  'kneeling hurts my knees',
  'it aches a lot',
  'its really pinching',
  'this is agony',
  'like an electric shock down my leg',
  'argh that hurts',
]);

/** A fall, dizziness, something that gave: stop, stay still, and when to get help. */
export const INJURY = each(INTENT.INJURY, [
  'i just fell over',
  'i have fallen down',
  'i think i am going to fall',
  'i nearly fell',
  'i lost my footing',
  'i fell off the chair',
  'i am feeling dizzy',
  'i feel really dizzy',
  'everything is spinning',
  'i feel a bit faint',
  'i am a bit light headed',
  'something just popped',
  'i heard something pop',
  'something snapped in my back',
  'i think i hurt my back',
  'i have hurt myself',
  'i think i pulled something',
  'i cannot get up off the floor',
]);

/** The warning signs: numbness around the groin or bottom, bladder or bowel trouble, both legs. */
export const WARNING = each(INTENT.WARNING_SIGN, [
  'my groin has gone numb',
  'numbness around my bottom',
  'i cannot feel my private parts',
  'my groin feels numb',
  'i cant seem to control my bladder',
  'i have lost bladder control',
  'i just wet myself',
  'i am losing control of my bowels',
  'i have no control of my bowels',
  'i am having trouble with my bladder',
  'both my legs feel weak',
  'both of my legs are numb',
  'i cannot feel either of my legs',
  'my legs are both going weak',
  'the pain is down both legs now',
  'both legs are tingling',
  'my legs are getting weaker and weaker',
  'there is numbness down there',
  'my legs both feel weak',
  'i peed a little',
  'i have pooped myself',
  'i cant lift my foot up',
  'pain in my chest',
]);

/** Everything else a person says during a routine. */
export const OTHER: Phrasing[] = [
  ...each(INTENT.START, ['ready now', 'okay i am ready', 'lets get on with it', 'i am ready to start', 'lets do this', 'go on then start', 'start my stretches please', 'i am in position now', 'lets begin the routine']),
  ...each(INTENT.NEXT, ['next one please', 'next exercise please', 'on to the next', 'go to the next one', 'i have done that one']),
  ...each(INTENT.PAUSE, ['wait a sec', 'hold on a second', 'give me a minute please', 'i need a little break', 'i need to go to the toilet']),
  ...each(INTENT.RESUME, ['carry on please', 'keep going please', 'continue please']),
  ...each(INTENT.REPEAT, ['say that again please', 'repeat that please', 'what did you say']),
  ...each(INTENT.PREVIOUS, ['go back one', 'the one before']),
  ...each(INTENT.SKIP, ['lets skip this stretch please', 'i want to skip this stretch', 'can we skip that one', 'i would rather not do this one']),
  ...each(INTENT.GO_TO, ['go to exercise four', 'take me to number three', 'can we go to exercise two', 'jump to exercise three please']),
  ...each(INTENT.SWITCH_SIDE, ['do the other side now', 'switch to my other leg', 'lets switch sides', 'do the right side please', 'can i do my left side']),
  ...each(INTENT.SET_SIDE, ['start with the left side please', 'i want to start on my right side', 'always start with my left']),
  ...each(INTENT.SIDE_ANSWER, ['left', 'the right one', 'right side please', 'um left']),
  ...each(INTENT.NO_PREFERENCE, ['either side is fine', 'i really dont mind', 'you can pick', 'both are fine']),
  ...each(INTENT.EASIER, ['can you make this easier', 'something a bit easier please', 'this one is too hard for me', 'i cannot reach my leg', 'is there a gentler way', 'could we do something less hard']),
  ...each(INTENT.HARDER, ['that was too easy', 'can i hold it longer', 'make this one harder']),
  ...each(INTENT.CHAIR, ['i cant get down onto the floor anymore', 'kneeling is impossible for me', 'i am not able to lie down', 'could i do this one in a chair instead', 'chair version please', 'can i do these sitting in a chair', 'i use a chair']),
  ...each(INTENT.FLOOR, ['floor version please', 'i can use the floor now', 'back to the floor exercises']),
  ...each(INTENT.SLOWER, ['slow down a bit', 'talk a bit slower please', 'you are going too fast for me', 'can you say it more slowly']),
  ...each(INTENT.NORMAL_SPEED, ['back to your normal talking speed', 'you can speed up now', 'go back to your normal speed']),
  ...each(INTENT.VOLUME, ['could you speak up a bit', 'i cant really hear you', 'can you be a bit louder', 'louder please alexa']),
  ...each(INTENT.COUNT_SLOWER, ['count a little slower', 'the counting is too fast', 'slower counting please']),
  ...each(INTENT.FULL_INSTRUCTIONS, ['give me the full instructions every time', 'i want the whole instructions']),
  ...each(INTENT.SHORT_INSTRUCTIONS, ['keep the instructions short please', 'i know these ones already']),
  ...each(INTENT.WHERE_AM_I, ['which side am i on now', 'what exercise am i on now', 'where am i up to now', 'how long do i hold this', 'which leg am i doing', 'what round is this']),
  ...each(INTENT.HOW_MANY_LEFT, ['how many more are there', 'how many exercises do i have left', 'are we almost done', 'how much longer is this']),
  ...each(INTENT.EXPLAIN, ['how do i do this one again', 'explain the pigeon stretch to me', 'what am i meant to be doing', 'tell me how to do this stretch', 'i do not understand what to do']),
  ...each(INTENT.WHY, ['why am i doing this stretch', 'what is this stretch for', 'what does this one do for me', 'why does this help my sciatica']),
  ...each(INTENT.PROGRESS, ['how have i been doing lately', 'how many times have i done my stretches', 'what is my streak now']),
  ...each(INTENT.SET_HOLD, ['hold for sixty seconds', 'make the holds forty five seconds long']),
  ...each(INTENT.SET_REPETITIONS, ['do three rounds please', 'i want three rounds of each']),
  ...each(INTENT.HELP, ['what can i say', 'i need some help']),
  ...each(INTENT.STOP, ['stop', 'that is enough for today', 'i want to stop now', 'i give up now']),
  ...each(INTENT.YES, ['yes please', 'yeah']),
  ...each(INTENT.NO, ['no thanks', 'not right now']),
];

/** What people say to a speaker that is no request of this skill: Alexa sends the fallback. */
export const ELSEWHERE = each(INTENT.FALLBACK, [
  'what is the weather like today',
  'play some music',
  'set a timer for ten minutes',
  'call my daughter',
  'what time is it',
  'tell me a joke',
  'order more paper towels',
  'turn on the kitchen lights',
  'purple monkey dishwasher',
  'how tall is mount everest',
]);

/** Every phrasing of the table. */
export const PHRASINGS: readonly Phrasing[] = [...PAIN, ...INJURY, ...WARNING, ...OTHER, ...ELSEWHERE];

/** What the English variants add: their own words, which their models must also understand. */
export const VARIANT_PHRASINGS: Readonly<Record<string, readonly Phrasing[]>> = {
  'en-GB': [
    ...each(INTENT.WARNING_SIGN, ['i cannot wee properly', 'i am having trouble having a wee', 'i cant control when i need a wee']),
    ...each(INTENT.IT_HURTS, ['it is absolute agony', 'my hip is playing up again']),
    ...each(INTENT.PAUSE, ['i just need the loo']),
  ],
  'en-AU': [...each(INTENT.IT_HURTS, ['my knee is stuffed']), ...each(INTENT.INJURY, ['i feel a bit crook'])],
  'en-IN': [
    ...each(INTENT.IT_HURTS, ['my knee is paining a lot', 'i am having lot of pain in my back', 'it is paining too much']),
    ...each(INTENT.INJURY, ['i am feeling very giddy']),
    ...each(INTENT.WARNING_SIGN, ['i am not able to pass urine properly']),
  ],
  'en-CA': [...each(INTENT.PAUSE, ['i need to go to the washroom'])],
};
