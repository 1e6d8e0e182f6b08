import { breakSeconds, decodeEntities, segments } from '../../scripts/simulator/render';

describe('rendering SSML as heard', () => {
  it('merges a run of consecutive breaks into one pause, in place between the cues', () => {
    const ssml = '<speak>And hold. <break time="10s"/><break time="5s"/> Halfway. <break time="5s"/> Ten more seconds.</speak>';
    expect(segments(ssml)).toEqual([
      { kind: 'text', text: 'And hold.' },
      { kind: 'pause', seconds: 15 },
      { kind: 'text', text: 'Halfway.' },
      { kind: 'pause', seconds: 5 },
      { kind: 'text', text: 'Ten more seconds.' },
    ]);
  });

  it('shows a sound clip as a chime and keeps the pauses on either side apart', () => {
    const ssml = '<speak>Round 1. <break time="3s"/> <audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01"/> <break time="2500ms"/>Go.</speak>';
    expect(segments(ssml)).toEqual([
      { kind: 'text', text: 'Round 1.' },
      { kind: 'pause', seconds: 3 },
      { kind: 'sound', label: 'chime' },
      { kind: 'pause', seconds: 2.5 },
      { kind: 'text', text: 'Go.' },
    ]);
  });

  it('drops pauses shorter than a second, which are only the rhythm of speech', () => {
    expect(segments('<speak>One.<break strength="strong"/>Two.<break time="300ms"/>Three.</speak>')).toEqual([
      { kind: 'text', text: 'One.' },
      { kind: 'pause', seconds: 1 },
      { kind: 'text', text: 'Two.' },
      { kind: 'text', text: 'Three.' },
    ]);
  });

  it('decodes entities and speaks the alias of a <sub>', () => {
    expect(decodeEntities('Don&apos;t &amp; won&#39;t &lt;3')).toBe("Don't & won't <3");
    expect(segments('<speak><s>Say <sub alias="three">3</sub> times</s></speak>')).toEqual([{ kind: 'text', text: 'Say three times' }]);
  });

  it('reads break times in seconds and milliseconds', () => {
    expect(breakSeconds('<break time="10s"/>')).toBe(10);
    expect(breakSeconds('<break time="1500ms"/>')).toBe(1.5);
    expect(breakSeconds('<break/>')).toBe(0.75);
  });
});
