import { PlaybackClock } from '../../scripts/simulator/clock';

describe('the simulator clock', () => {
  it('follows real time and moves on by the playing time of each answer shown', () => {
    let real = 1_000_000;
    const clock = new PlaybackClock(() => real);
    expect(clock.now().getTime()).toBe(1_000_000);
    clock.played('<speak>And hold. <break time="10s"/><break time="5s"/> Release.</speak>');
    expect(clock.now().getTime()).toBe(1_000_000 + 15_000 + Math.round((3 / 2.5) * 1000));
    real += 500;
    expect(clock.now().getTime()).toBe(1_000_000 + 500 + 15_000 + 1200);
  });
});
