// The SSML builder: escaping, break chunking, the audio clip cap and appending.
import fc from 'fast-check';
import { MAX_AUDIO_CLIPS, SsmlBuilder, breaks, escapeSsml, totalBreakSeconds } from '../../lambda/speech';
import { expectValidSsml } from '../support/ssml';

const CHIME = 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01';

/** The durations of each break tag, in seconds. */
const breakSeconds = (ssml: string): number[] =>
  [...ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)].map((m) => (m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1])));

describe('escapeSsml', () => {
  it('escapes & < > " and \'', () => {
    expect(escapeSsml(`Tom & Jerry <said> "hi" it's`)).toBe('Tom &amp; Jerry &lt;said&gt; &quot;hi&quot; it&apos;s');
  });

  it('leaves plain text alone', () => {
    expect(escapeSsml('Halfway. Ten more seconds.')).toBe('Halfway. Ten more seconds.');
  });

  it('makes text with every special character valid SSML', async () => {
    const ssml = new SsmlBuilder().say(`Don't stop & "breathe" <slowly>`).wrap();
    expect(ssml).toBe('<speak>Don&apos;t stop &amp; &quot;breathe&quot; &lt;slowly&gt;</speak>');
    await expectValidSsml(ssml);
  });
});

describe('breaks', () => {
  it('gives nothing for no time', () => {
    expect(breaks(0)).toBe('');
    expect(breaks(-3)).toBe('');
  });

  it.each([
    [5, ['5s']],
    [10, ['10s']],
    [10.5, ['10s', '500ms']],
    [25, ['10s', '10s', '5s']],
    [60, ['10s', '10s', '10s', '10s', '10s', '10s']],
    [2.25, ['2250ms']],
  ])('splits %p seconds into %p', (seconds, times) => {
    const tags = breaks(seconds);
    expect([...tags.matchAll(/time="([^"]+)"/g)].map((m) => m[1])).toEqual(times);
    expect(totalBreakSeconds(tags)).toBeCloseTo(seconds, 6);
    expect(Math.max(...breakSeconds(tags))).toBeLessThanOrEqual(10);
  });

  it('gives breaks that ssml-check accepts', async () => {
    await expectValidSsml(`<speak>Hold.${breaks(60)}${breaks(10.5)}Release.</speak>`);
  });

  it('adds up to the seconds asked for, no break over 10 s, for any 1..120 s (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), (seconds) => {
        const parts = breakSeconds(breaks(seconds));
        return parts.every((s) => s > 0 && s <= 10) && parts.reduce((a, b) => a + b, 0) === seconds && parts.length === Math.ceil(seconds / 10);
      }),
      { numRuns: 120 },
    );
  });
});

describe('totalBreakSeconds', () => {
  it('adds second and millisecond breaks and ignores other tags', () => {
    expect(totalBreakSeconds('<speak>a <break time="2s"/> b <break time="750ms"/><audio src="x"/></speak>')).toBeCloseTo(2.75, 6);
    expect(totalBreakSeconds('<speak>nothing</speak>')).toBe(0);
  });
});

describe('SsmlBuilder', () => {
  it('speaks, pauses and wraps in order, skipping empty text', () => {
    const ssml = new SsmlBuilder().say('  And hold. ').say('   ').pause(12).say('Release.').wrap();
    expect(ssml).toBe('<speak>And hold. <break time="10s"/><break time="2s"/> Release.</speak>');
  });

  it('is empty until something is added', () => {
    const builder = new SsmlBuilder().say('').pause(0);
    expect(builder.isEmpty).toBe(true);
    expect(builder.say('hi').isEmpty).toBe(false);
  });

  it('caps audio clips at five', async () => {
    const builder = new SsmlBuilder();
    for (let i = 0; i < 7; i += 1) builder.audio(CHIME).say(`clip ${i}`);
    const ssml = builder.wrap();
    expect(ssml.match(/<audio /g)).toHaveLength(MAX_AUDIO_CLIPS);
    expect(ssml).toContain('clip 6');
    await expectValidSsml(ssml);
  });

  it('appends another builder after its own content', () => {
    const intro = new SsmlBuilder().say('Starting over.');
    const side = new SsmlBuilder().say('Exercise 1.').pause(3).audio(CHIME);
    expect(intro.append(side).toString()).toBe(`Starting over. Exercise 1. <break time="3s"/> <audio src="${CHIME}"/>`);
    expect(side.toString()).toBe(`Exercise 1. <break time="3s"/> <audio src="${CHIME}"/>`);
  });

  it('keeps the five-clip cap across appended builders', () => {
    const first = new SsmlBuilder();
    const second = new SsmlBuilder();
    for (let i = 0; i < 3; i += 1) {
      first.audio(CHIME);
      second.audio(CHIME);
    }
    const ssml = first.append(second).audio(CHIME).toString();
    expect(ssml.match(/<audio /g)).toHaveLength(MAX_AUDIO_CLIPS);
  });
});
