// A locale variant is its base's text with the changes its file names; a change to something the base lacks is refused.
import { applyOverride, LocaleOverrideError, loadRoutine, supportedLocale } from '../../content';
import { resolveLocale } from '../../content/index';

const base = {
  locale: 'en-US',
  messages: { hello: 'Hi.', bye: 'Bye.' },
  exercises: [
    { id: 'a', name: 'the first', steps: ['One.', 'Two.'] },
    { id: 'b', name: 'the second', steps: ['Three.'] },
  ],
};

describe('applyOverride', () => {
  it('replaces the texts a variant names and keeps the rest', () => {
    const out = applyOverride(base, { locale: 'en-GB', messages: { bye: 'Cheerio.' } }) as typeof base;
    expect(out.locale).toBe('en-GB');
    expect(out.messages).toEqual({ hello: 'Hi.', bye: 'Cheerio.' });
    expect(out.exercises).toEqual(base.exercises);
  });

  it('changes an exercise by its id and replaces a list of texts whole', () => {
    const out = applyOverride(base, { exercises: { b: { steps: ['Drei.', 'Vier.'] } } }) as typeof base;
    expect(out.exercises.map((e) => e.steps)).toEqual([['One.', 'Two.'], ['Drei.', 'Vier.']]);
    expect(out.exercises[1]?.name).toBe('the second');
  });

  it('refuses a change to a field or an exercise the base lacks, naming where', () => {
    expect(() => applyOverride(base, { mesages: { bye: 'x' } })).toThrow(LocaleOverrideError);
    expect(() => applyOverride(base, { messages: { byebye: 'x' } })).toThrow(/messages\.byebye/);
    expect(() => applyOverride(base, { exercises: { c: { name: 'x' } } })).toThrow(/exercises\.c: the base has no item/);
  });

  it('says the words a variant lists its own way everywhere, whole words only, before its own changes', () => {
    const out = applyOverride(base, { words: { 'the first': 'the very first', One: 'Uno' }, messages: { bye: 'One bye.' } }) as typeof base;
    expect(out.exercises.map((e) => e.name)).toEqual(['the very first', 'the second']);
    expect(out.exercises[0]?.steps).toEqual(['Uno.', 'Two.']);
    expect(out.messages.bye).toBe('One bye.');
    expect((applyOverride({ text: 'Someone alone.' }, { words: { one: 'two' } }) as { text: string }).text).toBe('Someone alone.');
  });

  it('does not change the base it was given', () => {
    const before = JSON.stringify(base);
    applyOverride(base, { messages: { bye: 'Cheerio.' }, exercises: { a: { name: 'x' } } });
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('resolveLocale', () => {
  const files: Record<string, unknown> = {
    'xx-AA': base,
    'xx-BB': { locale: 'xx-BB', base: 'xx-AA', messages: { hello: 'Hello.' } },
    'xx-CC': { locale: 'xx-CC', base: 'xx-BB', messages: { bye: 'See you.' } },
  };
  const read = (locale: string): unknown => files[locale];

  it('applies a chain of variants, base first', () => {
    expect((resolveLocale('xx-CC', read) as typeof base).messages).toEqual({ hello: 'Hello.', bye: 'See you.' });
  });
});

describe('the English variants', () => {
  it('share the American text where they do not differ', () => {
    const us = loadRoutine('en-US');
    for (const locale of ['en-GB', 'en-CA', 'en-AU', 'en-IN']) {
      const routine = loadRoutine(locale);
      expect({ locale, cues: routine.cues }).toEqual({ locale, cues: us.cues });
      expect({ locale, welcome: routine.messages.welcomeFirst }).toEqual({ locale, welcome: us.messages.welcomeFirst });
    }
  });

  it('speak British words in Britain', () => {
    const gb = loadRoutine('en-GB');
    expect(gb.exercises[1]?.forms.floor.getInPlace.join(' ')).toMatch(/a worktop/);
    expect(gb.exercises[0]?.forms.floor.steps.join(' ')).toMatch(/towards your chest/);
    expect(JSON.stringify(gb)).not.toMatch(/\btoward\b|a counter/);
  });

  it('speak Australian words in Australia, on top of the British ones', () => {
    const au = loadRoutine('en-AU');
    expect(au.exercises[1]?.forms.floor.getInPlace.join(' ')).toMatch(/a kitchen bench/);
    expect(au.exercises[3]?.forms.easier.steps.join(' ')).toMatch(/a few centimetres/);
    expect(au.exercises[0]?.forms.floor.steps.join(' ')).toMatch(/towards/);
  });
});

describe('supportedLocale', () => {
  it.each([
    ['en-GB', 'en-GB'], ['de-DE', 'de-DE'], ['es-419', 'es-ES'], ['fr-BE', 'fr-FR'], ['de-AT', 'de-DE'], ['en-IE', 'en-US'], ['ja-JP', 'en-US'], [undefined, 'en-US'],
  ])('answers a request in %s in %s: itself, else its language, else American English', (asked, answered) => {
    expect(supportedLocale(asked)).toBe(answered);
  });
});
