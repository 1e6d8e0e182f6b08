// The timeline of a timed hold: where the cues fall, and pauses that add up to the hold.
import fc from 'fast-check';
import { holdTimeline, type HoldSegment } from '../../lambda/speech';

/** The second at which each cue is spoken, counted in pause time from the start of the hold. */
function cueTimes(segments: HoldSegment[]): [string, number][] {
  let elapsed = 0;
  const times: [string, number][] = [];
  for (const segment of segments) {
    if (segment.kind === 'pause') elapsed += segment.seconds;
    else times.push([segment.cue, elapsed]);
  }
  return times;
}

const pauseTotal = (segments: HoldSegment[]): number => segments.reduce((sum, s) => sum + (s.kind === 'pause' ? s.seconds : 0), 0);

describe('holdTimeline', () => {
  it('places halfway at the middle and ten more seconds ten seconds before the end of a 30 s hold', () => {
    expect(holdTimeline(30)).toEqual([
      { kind: 'cue', cue: 'holdStart' },
      { kind: 'pause', seconds: 15 },
      { kind: 'cue', cue: 'halfway' },
      { kind: 'pause', seconds: 5 },
      { kind: 'cue', cue: 'tenMore' },
      { kind: 'pause', seconds: 10 },
      { kind: 'cue', cue: 'release' },
    ]);
  });

  it.each([
    [45, [['holdStart', 0], ['halfway', 22], ['tenMore', 35], ['release', 45]]],
    [60, [['holdStart', 0], ['halfway', 30], ['tenMore', 50], ['release', 60]]],
    [20, [['holdStart', 0], ['halfway', 10], ['release', 20]]],
    [15, [['holdStart', 0], ['halfway', 7], ['release', 15]]],
    [10, [['holdStart', 0], ['halfway', 5], ['release', 10]]],
    [5, [['holdStart', 0], ['release', 5]]],
  ])('times the cues of a %p s hold', (seconds, expected) => {
    expect(cueTimes(holdTimeline(seconds))).toEqual(expected);
  });

  it('leaves out ten more seconds when it would not come after halfway', () => {
    for (const seconds of [10, 15, 20]) expect(holdTimeline(seconds).some((s) => s.kind === 'cue' && s.cue === 'tenMore')).toBe(false);
    expect(holdTimeline(22).some((s) => s.kind === 'cue' && s.cue === 'tenMore')).toBe(true);
  });

  it('starts with the hold cue, ends with release, and pauses exactly the hold for any 10..60 s (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 60 }), (seconds) => {
        const segments = holdTimeline(seconds);
        const times = new Map(cueTimes(segments));
        const tenMore = times.get('tenMore');
        return (
          pauseTotal(segments) === seconds &&
          segments.every((s) => s.kind === 'cue' || s.seconds > 0) &&
          segments[0]?.kind === 'cue' && segments[0].cue === 'holdStart' &&
          segments.at(-1)?.kind === 'cue' && segments.at(-1)?.kind === 'cue' && (segments.at(-1) as { cue: string }).cue === 'release' &&
          times.get('halfway') === Math.floor(seconds / 2) &&
          times.get('release') === seconds &&
          (tenMore === undefined ? seconds - 10 <= Math.floor(seconds / 2) : tenMore === seconds - 10 && tenMore > Math.floor(seconds / 2))
        );
      }),
      { numRuns: 51 },
    );
  });

  it('never puts a cue twice', () => {
    for (let seconds = 1; seconds <= 60; seconds += 1) {
      const cues = holdTimeline(seconds).flatMap((s) => (s.kind === 'cue' ? [s.cue] : []));
      expect(new Set(cues).size).toBe(cues.length);
    }
  });
});
