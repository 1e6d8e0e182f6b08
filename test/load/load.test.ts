import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runLoad } from '../../scripts/load/run';

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

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

describe('npm run load -- --repeat', () => {
  it('runs one seed after another and passes when none lost anything', async () => {
    const args = ['scripts/load.ts', '--users', '3', '--in-flight', '3', '--think-ms', '0', '--seed', '11', '--repeat', '2'];
    const { stdout } = await promisify(execFile)(TSX, args, { cwd: ROOT });
    expect(stdout).toMatch(/seed 11: .*0 failed replies/);
    expect(stdout).toMatch(/seed 12: .*0 failed replies/);
    expect(stdout).toMatch(/2 of 2 run\(s\) lost nothing/);
  });
});
