import { runLoad } from '../../scripts/load/run';

describe('load: two devices per user at once, on dynalite', () => {
  it('keeps every completion and the final position of 20 users, 5 at a time', async () => {
    const report = await runLoad({ users: 20, inFlight: 5, routinesPerDevice: 1, thinkMs: 100, seed: 7, containers: 10 });
    expect(report.lost).toEqual([]);
    expect(report.problems).toEqual([]);
    // The two devices really did race: some saves lost to the other device and were merged.
    expect(report.conflictsMerged).toBeGreaterThan(0);
    expect(report.turns).toBeGreaterThan(20 * 2 * 8);
  });
});
