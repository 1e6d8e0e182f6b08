import { INTENT } from '../../lambda/handlers/intents';
import { readModel } from '../../scripts/model';
import { PHRASES } from '../../scripts/simulator/phrases';
import { createResolver, type Resolution } from '../../scripts/simulator/resolver';

const model = readModel('en-US');
const resolver = createResolver(model, PHRASES['en-US']);
const { intents, types } = model.interactionModel.languageModel;

/** A value a user could say for a slot of the type: the first value of a custom type, "three" for numbers, "eight am" for times. */
function sayable(type: string): string {
  if (type === 'AMAZON.NUMBER') return 'three';
  if (type === 'AMAZON.TIME') return 'eight am';
  const custom = types.find((t) => t.name === type);
  if (!custom?.values[0]) throw new Error(`no values for slot type ${type}`);
  return custom.values[0].name.value;
}

/** A sample with each {slot} filled with a sayable value of its type. */
function filled(sample: string, slots: readonly { name: string; type: string }[]): string {
  return sample.replace(/\{(\w+)\}/g, (_, name: string) => sayable(slots.find((s) => s.name === name)?.type ?? ''));
}

const intentOf = (resolution: Resolution): string => (resolution.kind === 'intent' ? resolution.match.intent : resolution.kind);
const inSession = (utterance: string): Resolution => resolver.resolve(utterance, { inSession: true });

describe('the utterance resolver', () => {
  const samples = intents.flatMap((intent) => intent.samples.map((sample) => ({ intent: intent.name, sample, slots: intent.slots ?? [] })));

  it.each(samples)('resolves "$sample" to $intent', ({ intent, sample, slots }) => {
    expect(intentOf(inSession(filled(sample, slots)))).toBe(intent);
  });

  it('fills every slot of a sample with the value said', () => {
    const resolution = inSession('go to exercise three');
    expect(resolution).toMatchObject({ kind: 'intent', match: { intent: INTENT.GO_TO, slots: { number: { value: '3' } } } });
  });

  it('resolves a slot synonym to its canonical value and id, as entity resolution does', () => {
    const resolution = inSession('explain the pigeon stretch');
    expect(resolution).toMatchObject({
      kind: 'intent',
      match: {
        intent: INTENT.EXPLAIN,
        slots: { exercise: { value: 'pigeon stretch', resolved: { name: 'standing figure four', id: 'standing-figure-four' } } },
      },
    });
  });

  /** For each custom slot type: a sample that uses it, and the slot it fills. */
  const sayings: Record<string, { say: (value: string) => string; intent: string; slot: string }> = {
    BodySide: { say: (v) => v, intent: INTENT.SIDE_ANSWER, slot: 'side' },
    ExerciseName: { say: (v) => `tell me about the ${v}`, intent: INTENT.EXPLAIN, slot: 'exercise' },
    BodyPart: { say: (v) => `it hurts in my ${v}`, intent: INTENT.IT_HURTS, slot: 'bodyPart' },
    ReminderDays: { say: (v) => `remind me ${v} at seven pm`, intent: INTENT.SET_REMINDER, slot: 'days' },
  };

  it('resolves every synonym of every custom slot type to its value id', () => {
    expect(types.map((t) => t.name).sort()).toEqual(Object.keys(sayings).sort());
    for (const type of types) {
      const saying = sayings[type.name];
      for (const value of type.values) {
        for (const synonym of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const resolution = inSession(saying?.say(synonym) ?? synonym);
          const heard = resolution.kind === 'intent' ? { intent: resolution.match.intent, id: resolution.match.slots[saying?.slot ?? '']?.resolved?.id } : null;
          expect({ synonym, heard }).toEqual({ synonym, heard: { intent: saying?.intent, id: value.id } });
        }
      }
    }
  });

  it('reads spoken times as Alexa resolves AMAZON.TIME, and sends "?" for words that are no time', () => {
    const time = (utterance: string) => {
      const resolution = inSession(utterance);
      return resolution.kind === 'intent' && resolution.match.intent === INTENT.SET_REMINDER ? resolution.match.slots.time?.value : null;
    };
    expect(time('remind me at 8 am')).toBe('08:00');
    expect(time('remind me on weekdays at six thirty in the evening')).toBe('18:30');
    expect(time('set a reminder for noon')).toBe('12:00');
    expect(time('remind me at 25')).toBe('?');
    expect(time('in the evening')).toBe('EV');
    expect(time('quarter past seven')).toBe('07:15');
  });

  it('reads spelled numbers as digits', () => {
    expect(inSession('hold for forty five seconds')).toMatchObject({ match: { intent: INTENT.SET_HOLD, slots: { seconds: { value: '45' } } } });
    expect(inSession('hold for forty-five seconds')).toMatchObject({ match: { slots: { seconds: { value: '45' } } } });
    expect(inSession('do 3 rounds')).toMatchObject({ match: { intent: INTENT.SET_REPETITIONS, slots: { count: { value: '3' } } } });
    expect(inSession('exercise sixty')).toMatchObject({ match: { intent: INTENT.GO_TO, slots: { number: { value: '60' } } } });
  });

  it('ignores case and punctuation', () => {
    expect(intentOf(inSession('  Explain the Pigeon-Stretch!  '))).toBe(INTENT.EXPLAIN);
    expect(intentOf(inSession("What's the seated stretch?"))).toBe(INTENT.EXPLAIN);
    expect(intentOf(inSession('Alexa, next.'))).toBe(INTENT.NEXT);
  });

  it('prefers the most specific sample', () => {
    // "Next exercise" is next: it goes to the other side first, where skip leaves the whole exercise.
    expect(intentOf(inSession('next exercise'))).toBe(INTENT.NEXT);
    expect(intentOf(inSession('skip this exercise'))).toBe(INTENT.SKIP);
    expect(inSession('explain the pigeon')).toMatchObject({ match: { slots: { exercise: { value: 'pigeon' } } } });
    expect(inSession('explain this exercise')).toMatchObject({ match: { intent: INTENT.EXPLAIN, slots: {} } });
    expect(inSession('start with my left side')).toMatchObject({ match: { intent: INTENT.SET_SIDE, slots: { side: { resolved: { id: 'left' } } } } });
    expect(inSession('the left side')).toMatchObject({ match: { intent: INTENT.SIDE_ANSWER, slots: { side: { resolved: { id: 'left' } } } } });
  });

  it('reads a long form as its contraction, as a recognizer writes it', () => {
    for (const [long, short] of [
      ['I cannot get down on the floor', "I can't get down on the floor"],
      ['I can not get down on the floor', "I can't get down on the floor"],
      ['that is too easy', "that's too easy"],
      ['I am done for today', "I'm done for today"],
    ] as const) {
      const heard = inSession(long);
      expect(heard).toEqual(inSession(short));
      expect(heard).toMatchObject({ match: { sample: short } });
    }
    expect(intentOf(inSession('I cannot get down on the floor'))).toBe(INTENT.CHAIR);
    expect(intentOf(inSession('I am done for today'))).toBe(INTENT.STOP);
  });

  describe('an utterance that matches no sample word for word', () => {
    /** The resolution, with whether a sample matched word for word (the similarity stage marks its samples ≈). */
    const understood = (utterance: string) => {
      const resolution = inSession(utterance);
      if (resolution.kind !== 'intent') throw new Error(`${utterance} opened the skill`);
      return { ...resolution.match, nearest: resolution.match.sample.startsWith('≈') };
    };

    it.each([
      ['can you talk a little slower', INTENT.SLOWER],
      ['I would like the chair version', INTENT.CHAIR],
      ['I do not want to lie on the floor', INTENT.CHAIR],
      ['how many more do I have to do', INTENT.HOW_MANY_LEFT],
      ['which one am I on right now', INTENT.WHERE_AM_I],
    ])('reaches its intent: "%s"', (utterance, intent) => {
      expect(understood(utterance)).toMatchObject({ intent, nearest: true });
    });

    it('finds a slot value said inside it', () => {
      expect(understood('could you tell me how the pigeon stretch goes')).toMatchObject({
        intent: INTENT.EXPLAIN,
        nearest: true,
        slots: { exercise: { resolved: { id: 'standing-figure-four' } } },
      });
    });

    it('does not take "right" in "right now" for a side', () => {
      expect(understood('which one am I on right now').slots).toEqual({});
    });

    it.each(['order me a pizza', 'play some jazz music', 'purple monkey dishwasher'])('sends the out-of-domain "%s" to the fallback intent', (utterance) => {
      expect(understood(utterance)).toMatchObject({ intent: INTENT.FALLBACK, slots: {} });
    });
  });

  const builtIns = Object.entries(PHRASES['en-US'].builtIns).flatMap(([intent, phrases]) => phrases.map((phrase) => ({ intent, phrase })));

  it.each(builtIns)('resolves the built-in phrasing "$phrase" to $intent', ({ intent, phrase }) => {
    expect(intentOf(inSession(phrase))).toBe(intent);
  });

  it.each(['open sciatica routine', 'Alexa, open sciatica routine', 'start sciatica routine', 'launch sciatica routine', 'begin sciatica routine', 'open my sciatica routine', 'ask sciatica routine'])(
    'opens the skill on "%s"',
    (utterance) => {
      expect(resolver.resolve(utterance)).toEqual({ kind: 'launch' });
    },
  );

  it('hears "start my sciatica routine" as opening the skill outside a session, and as the start intent inside one', () => {
    expect(resolver.resolve('start my sciatica routine')).toEqual({ kind: 'launch' });
    expect(intentOf(inSession('start my sciatica routine'))).toBe(INTENT.START);
  });

  it('opens the skill on "open sciatica routine" even inside a session', () => {
    expect(inSession('open sciatica routine')).toEqual({ kind: 'launch' });
  });

  it('recognises one-shot requests and marks them for a new session', () => {
    expect(resolver.resolve('Alexa, ask sciatica routine to explain the pigeon stretch')).toMatchObject({
      kind: 'intent',
      oneShot: true,
      match: { intent: INTENT.EXPLAIN, slots: { exercise: { resolved: { id: 'standing-figure-four' } } } },
    });
    expect(resolver.resolve('tell sciatica routine that hurts')).toMatchObject({ oneShot: true, match: { intent: INTENT.IT_HURTS } });
    expect(resolver.resolve('ask sciatica routine how many are left')).toMatchObject({ oneShot: true, match: { intent: INTENT.HOW_MANY_LEFT } });
    expect(resolver.resolve('start sciatica routine and go to exercise two')).toMatchObject({
      oneShot: true,
      match: { intent: INTENT.GO_TO, slots: { number: { value: '2' } } },
    });
    expect(resolver.resolve('ask sciatica routine to fly me to the moon')).toMatchObject({ oneShot: true, match: { intent: INTENT.FALLBACK } });
  });

  it('sends what matches nothing to the fallback intent', () => {
    expect(inSession('purple monkey dishwasher')).toMatchObject({ kind: 'intent', oneShot: false, match: { intent: INTENT.FALLBACK, slots: {} } });
    expect(intentOf(resolver.resolve('the weather in lima tomorrow please'))).toBe(INTENT.FALLBACK);
    expect(intentOf(inSession('bananas'))).toBe(INTENT.FALLBACK);
  });

  it('fills a slot with words that are no value of its type when the rest of a sample fits, as Alexa does', () => {
    expect(inSession('explain the moon')).toMatchObject({ match: { intent: INTENT.EXPLAIN, slots: { exercise: { value: 'moon', unmatched: true } } } });
    expect(inSession('go to exercise banana')).toMatchObject({ match: { intent: INTENT.GO_TO, slots: { number: { value: '?' } } } });
  });

  it('outside a session, resolves an utterance without the invocation name to its intent', () => {
    expect(resolver.resolve('next')).toMatchObject({ kind: 'intent', oneShot: false, match: { intent: INTENT.NEXT } });
  });

  it('lists the slots an intent declares', () => {
    expect(resolver.slotsOf(INTENT.EXPLAIN)).toEqual(['exercise']);
    expect(resolver.slotsOf(INTENT.NEXT)).toEqual([]);
  });
});
