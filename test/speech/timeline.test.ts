// Playing-time estimates that place interruptions on a narration's timeline.
import { SsmlBuilder, estimatedPlaySeconds, speakingSeconds } from '../../lambda/speech';

describe('playing time', () => {
  it('estimates breaks exactly and speech at a calm pace, slower at a slower rate', () => {
    const builder = new SsmlBuilder().say('one two three four five').pause(25);
    expect(builder.estimatedSeconds()).toBeCloseTo(27, 5);
    expect(builder.estimatedSeconds(80)).toBeCloseTo(25 + 2.5, 5);
    expect(speakingSeconds(10, 50)).toBeCloseTo(8, 5);
  });

  it('reads the same time back from the SSML, prosody included', () => {
    const builder = new SsmlBuilder().say('one two three four five').pause(12).audio('soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01').say('six seven');
    expect(estimatedPlaySeconds(builder.wrap())).toBeCloseTo(builder.estimatedSeconds(), 5);
    expect(estimatedPlaySeconds(builder.wrap(80))).toBeCloseTo(builder.estimatedSeconds(80), 5);
  });

  it('keeps clips out of the prosody runs', () => {
    const ssml = new SsmlBuilder().say('a').audio('soundbank://x').say('b').wrap(90);
    expect(ssml).toBe('<speak><prosody rate="90%">a</prosody> <audio src="soundbank://x"/> <prosody rate="90%">b</prosody></speak>');
  });
});
