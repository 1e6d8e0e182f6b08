// `npm run symbolicate` on a real crash of the bundle: built as the stack builds it, run without source maps as
// Lambda runs it, and its stack mapped back with the map kept beside it.
import { execFile, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { buildLambda } from '../../scripts/build-lambda';
import { defaultMapFile, loadBundleMap, symbolicate, type BundleMap } from '../../scripts/symbolicate';

const ROOT = path.join(__dirname, '..', '..');
let outDir: string;
let bundle: string;
let map: BundleMap;
let crash: string;

/** The 1-based line of `lambda/<file>` holding `text`. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(path.join(ROOT, 'lambda', file), 'utf8').split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} not found in ${file}`);
  return index + 1;
}

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'symbolicate-'));
  bundle = await buildLambda({ outDir });
  map = loadBundleMap(`${bundle}.map`, ROOT);
  // A cold start without TABLE_NAME throws a ConfigError from the minified bundle; no --enable-source-maps.
  // Its stderr goes to a file: Node prints the whole minified source line first (over 200 KB), and a fatal error's
  // output to a non-blocking pipe is cut short once the pipe is full.
  const errFile = path.join(outDir, 'stderr.txt');
  const errFd = openSync(errFile, 'w');
  const run = spawnSync(process.execPath, [bundle], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'ignore', errFd] });
  closeSync(errFd);
  const stderr = readFileSync(errFile, 'utf8');
  // The stack starts at the error's name.
  const lines = stderr.split('\n');
  const start = lines.findIndex((line) => /ConfigError\]?:/.test(line));
  if (start < 0) throw new Error(`the bundle did not crash with a ConfigError (status ${run.status}, signal ${run.signal}, ${run.error?.message ?? 'no spawn error'}): ${stderr.slice(-400)}`);
  crash = [lines[start], ...lines.slice(start + 1).filter((line) => /^\s+at /.test(line))].join('\n');
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('symbolicate', () => {
  it('starts from a stack that points into the minified bundle', () => {
    expect(crash).toMatch(/ConfigError/);
    expect(crash).toMatch(/index\.js:\d+:\d+/);
    expect(crash).not.toMatch(/lambda\/config\.ts/);
  });

  it('turns the frames of the bundle into the source lines that threw and called', () => {
    const mapped = symbolicate(crash, map);
    expect(mapped).toContain(`lambda/config.ts:${lineOf('config.ts', 'throw new ConfigError')}:`);
    expect(mapped).toContain(`lambda/index.ts:${lineOf('index.ts', '= loadConfig()')}:`);
    expect(mapped).not.toMatch(/index\.js:\d+:\d+/);
  });

  it('keeps frames outside the bundle as they are', () => {
    expect(symbolicate(crash, map)).toMatch(/node:internal\/modules\/cjs\/loader:\d+:\d+/);
  });

  it('reads a JSON log line of the function and maps the stack of the error and of its cause', () => {
    const frames = crash.split('\n').filter((line) => line.includes('index.js'));
    const line = JSON.stringify({ level: 'ERROR', message: 'request failed', error: { name: 'Error', stack: frames.join('\n'), cause: { stack: frames[0] } } });
    const mapped = symbolicate(line, map).split('\n');
    expect(mapped.filter((l) => l.includes('lambda/config.ts'))).toHaveLength(2);
    expect(mapped.join('\n')).not.toContain('"level"');
  });

  it('runs as a command on a file with --map, as `npm run symbolicate -- file --map ...`', async () => {
    const file = path.join(outDir, 'crash.txt');
    writeFileSync(file, crash);
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules', '.bin', 'tsx'), 'scripts/symbolicate.ts', file, '--map', `${bundle}.map`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(stdout).toContain(`lambda/config.ts:${lineOf('config.ts', 'throw new ConfigError')}:`);
  }, 30_000);
});

describe('defaultMapFile', () => {
  it('prefers the map of the newest deploy to the map of the last build', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'symbolicate-root-'));
    try {
      expect(defaultMapFile(root)).toBeNull();
      mkdirSync(path.join(root, 'dist', 'lambda'), { recursive: true });
      writeFileSync(path.join(root, 'dist', 'lambda', 'index.js.map'), '{}');
      expect(defaultMapFile(root)).toBe(path.join(root, 'dist', 'lambda', 'index.js.map'));
      for (const [stack, age] of [['Staging', 100], ['SciaticaRoutine', 10]] as const) {
        mkdirSync(path.join(root, '.deploy', stack), { recursive: true });
        const file = path.join(root, '.deploy', stack, 'index.js.map');
        writeFileSync(file, '{}');
        const when = new Date(Date.now() - age * 1000);
        utimesSync(file, when, when);
      }
      expect(defaultMapFile(root)).toBe(path.join(root, '.deploy', 'SciaticaRoutine', 'index.js.map'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
