// `npm run deploy` and `npm run destroy` as commands: the dry run end to end, and the messages of a bad start.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const STACK = 'CliDryRunTest';
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'deploy-cli-'));
  mkdirSync(path.join(work, 'home', '.aws'), { recursive: true });
  writeFileSync(path.join(work, 'home', '.aws', 'credentials'), '[default]\n');
  mkdirSync(path.join(work, 'home', '.ask'), { recursive: true });
  writeFileSync(path.join(work, 'home', '.ask', 'cli_config'), JSON.stringify({ profiles: { default: {} } }));
  writeFileSync(
    path.join(work, 'settings.json'),
    JSON.stringify({ stackName: STACK, privacyPolicyUrl: 'https://stretch.example-host.net/p', termsOfUseUrl: 'https://stretch.example-host.net/t' }),
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run <command> -- <args>` as npm would (tsx on scripts/deploy/main.ts), in the project. */
async function npmRun(command: 'deploy' | 'destroy', args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, HOME: path.join(work, 'home') };
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ['scripts/deploy/main.ts', command, ...args], { cwd: ROOT, env, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run deploy -- --dry-run', () => {
  it('prints the five steps and exits 0, writing nothing', async () => {
    const { code, stdout } = await npmRun('deploy', ['--dry-run', '--settings', path.join(work, 'settings.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Deploy ${STACK} to us-east-1 (dry run: nothing is called or written)`);
    expect(stdout).toMatch(/\[1\/5\][\s\S]*npx --no-install ask deploy --profile default[\s\S]*\[5\/5\]/);
    expect(stdout).toMatch(/npx --no-install cdk deploy CliDryRunTest --parameters LogHashKey=\*\*\*\*/);
    expect(existsSync(path.join(ROOT, '.deploy', STACK))).toBe(false);
  }, 30_000);
});

describe('npm run destroy -- --dry-run', () => {
  it('prints the cdk destroy command and exits 0', async () => {
    const { code, stdout } = await npmRun('destroy', ['--dry-run', '--settings', path.join(work, 'settings.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/npx --no-install cdk destroy CliDryRunTest/);
  }, 30_000);
});

describe('a bad start', () => {
  it('exits 1 with what to write when there are no settings', async () => {
    const { code, stderr } = await npmRun('deploy', ['--dry-run', '--settings', path.join(work, 'none.json')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/No settings file at .*none\.json/);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('exits 2 with the usage on an unknown flag', async () => {
    const { code, stderr } = await npmRun('deploy', ['--dryrun']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage: npm run deploy/);
  }, 30_000);
});
